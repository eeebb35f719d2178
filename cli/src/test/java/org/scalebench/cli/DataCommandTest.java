package org.scalebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.results.ResultJson;
import org.scalebench.workloads.gridsearch.data.CreditDataGenerator;
import org.scalebench.workloads.matching.MatchingConfig;
import org.scalebench.workloads.matching.NameGenerator;
import org.scalebench.workloads.matching.NameLists;
import org.scalebench.workloads.matching.NameReader;

class DataCommandTest {
  @TempDir Path base;

  record Outcome(int exit, String text) {}

  Outcome data(String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int exit = DataCommand.run(List.of(args), base, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return new Outcome(exit, bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void namesAreTheWorkloadsGeneratedListsOnePerLineUnderTheBaseFolder() throws Exception {
    Outcome o = data("names", "--count", "300", "--right-count", "260", "--seed", "7", "--out", "names");
    assertEquals(0, o.exit(), o.text());
    Path dir = base.resolve("names");
    assertEquals("wrote " + dir.resolve("left.txt") + "\nwrote " + dir.resolve("right.txt") + "\n", o.text());
    NameLists expected = new NameGenerator(7).generate(300, 260);
    assertEquals(expected.left(), NameReader.readLines(dir.resolve("left.txt")));
    assertEquals(expected.right(), NameReader.readLines(dir.resolve("right.txt")));
    assertTrue(expected.left().stream().anyMatch(n -> n.contains(",")), "some names hold commas");
    JsonNode record = ResultJson.mapper().readTree(dir.resolve("left.txt.data.json").toFile());
    assertEquals(1, record.get("schemaVersion").asInt());
    assertEquals("scalebench data names", record.get("generator").asText());
    assertEquals(300, record.get("leftCount").asInt());
    assertEquals(260, record.get("rightCount").asInt());
    assertEquals(7, record.get("seed").asLong());
    assertEquals(Files.readString(dir.resolve("left.txt.data.json")), Files.readString(dir.resolve("right.txt.data.json")));
  }

  @Test
  void theSameSettingsKeepTheFilesAndOtherSettingsOrForceRewriteThem() throws Exception {
    assertEquals(0, data("names", "--count", "50", "--out", "n").exit());
    Path left = base.resolve("n/left.txt");
    FileTime old = FileTime.fromMillis(0);
    Files.setLastModifiedTime(left, old);
    Outcome kept = data("names", "--count", "50", "--left-count", "50", "--seed", "" + MatchingConfig.DEFAULT_SEED,
        "--out", "n");
    assertEquals(0, kept.exit(), kept.text());
    assertEquals("kept " + left + " (same settings)\nkept " + base.resolve("n/right.txt") + " (same settings)\n",
        kept.text());
    assertEquals(old, Files.getLastModifiedTime(left), "not written again");

    Outcome forced = data("names", "--count", "50", "--out", "n", "--force");
    assertTrue(forced.text().startsWith("wrote "), forced.text());
    assertFalse(old.equals(Files.getLastModifiedTime(left)));

    Outcome other = data("names", "--count", "50", "--seed", "8", "--out", "n");
    assertTrue(other.text().startsWith("wrote "), other.text());
    assertEquals(new NameGenerator(8).generate(50, 50).left(), NameReader.readLines(left));

    Files.delete(base.resolve("n/right.txt"));
    assertTrue(data("names", "--count", "50", "--seed", "8", "--out", "n").text().startsWith("wrote "),
        "a missing output is written again");
    Files.writeString(base.resolve("n/right.txt.data.json"), "{broken");
    assertTrue(data("names", "--count", "50", "--seed", "8", "--out", "n").text().startsWith("wrote "),
        "a damaged record is written again");
  }

  @Test
  void creditIsTheGridSearchsGeneratedData() throws Exception {
    Path abs = base.resolve("sub/credit.csv");
    Outcome o = data("credit", "--rows", "120", "--seed", "3", "--out", abs.toString());
    assertEquals(0, o.exit(), o.text());
    assertEquals(new CreditDataGenerator(3).generate(120), Files.readString(abs, StandardCharsets.UTF_8));
    assertEquals("kept " + abs + " (same settings)\n", data("credit", "--rows", "120", "--seed", "3", "--out",
        abs.toString()).text());
    assertTrue(data("credit", "--rows", "121", "--seed", "3", "--out", abs.toString()).text().startsWith("wrote "));
    JsonNode record = ResultJson.mapper().readTree(base.resolve("sub/credit.csv.data.json").toFile());
    assertEquals(121, record.get("rows").asInt());
    assertEquals(42, ResultJson.mapper().readTree(wroteDefault().toFile()).get("seed").asLong());
  }

  private Path wroteDefault() {
    assertEquals(0, data("credit", "--rows", "40", "--out", "c.csv").exit());
    return base.resolve("c.csv.data.json");
  }

  @Test
  void badInputIsOneSentenceAndExitCodeTwo() throws Exception {
    Files.writeString(base.resolve("a-file"), "x");
    Files.createDirectories(base.resolve("a-folder"));
    assertBad("scalebench: --count must be at least 1, got 0", "names", "--count", "0", "--out", "n");
    assertBad("scalebench: --right-count 20000001 is more than the matching workload's limit of 20000000",
        "names", "--count", "5", "--right-count", "20000001", "--out", "n");
    assertBad("scalebench: --out " + base.resolve("a-file") + " is a file, not a folder",
        "names", "--count", "5", "--out", "a-file");
    assertBad("scalebench: --rows must be between 30 and 10000000 (the grid search's limits of rows=), got 5",
        "credit", "--rows", "5", "--out", "c.csv");
    assertBad("scalebench: --out " + base.resolve("a-folder") + " is a folder, not a file",
        "credit", "--rows", "50", "--out", "a-folder");
    Outcome missing = data("names", "--out", "n");
    assertEquals(ExitCodes.BAD_INPUT, missing.exit());
    assertTrue(missing.text().startsWith("scalebench: Missing required option: '--count=N'"), missing.text());
    assertFalse(Files.exists(base.resolve("n")), "nothing written");
  }

  private void assertBad(String message, String... args) {
    Outcome o = data(args);
    assertEquals(ExitCodes.BAD_INPUT, o.exit(), o.text());
    assertEquals(message + "\n", o.text());
  }

  @Test
  void theVerbIsRegisteredWithItsHelp() {
    java.io.StringWriter text = new java.io.StringWriter();
    java.io.PrintWriter w = new java.io.PrintWriter(text, true);
    assertEquals(0, Main.execute(w, w, "data", "names", "--help"));
    assertTrue(text.toString().contains("Usage: scalebench data names"), text.toString());
    assertTrue(text.toString().contains("default 20240601"), text.toString());
  }
}
