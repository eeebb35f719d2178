package org.scalebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.analysis.testing.SyntheticStore;
import picocli.CommandLine;

class AnalyzeCommandTest {
  @TempDir Path root;

  private record Outcome(int code, String out, String err) {}

  private static Outcome run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new AnalyzeCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Outcome(code, out.toString(), err.toString());
  }

  @Test
  void writesTheThreeFilesIntoOut() throws IOException {
    Path study = SyntheticStore.demo(root);
    Path out = root.resolve("report");
    Outcome o = run(study.toString(), "--out", out.toString(), "--scaling", "strong");
    assertEquals(0, o.code(), o.err());
    assertTrue(Files.size(out.resolve("report.html")) > 10_000);
    assertTrue(Files.exists(out.resolve("summary.md")));
    assertTrue(Files.exists(out.resolve("summary.csv")));
    List<String> csv = Files.readAllLines(out.resolve("summary.csv"));
    assertTrue(csv.get(0).startsWith("schemaVersion,series,"), csv.get(0));
    assertTrue(csv.size() > 1 && csv.subList(1, csv.size()).stream().allMatch(l -> l.startsWith("1,")), csv.toString());
    assertTrue(o.out().contains("wrote "));
  }

  @Test
  void defaultsToWritingIntoTheStudyDirectory() throws IOException {
    Path study = SyntheticStore.demo(root);
    assertEquals(0, run(study.toString(), "--scaling", "WEAK", "--formats", "svg,png").code());
    assertTrue(Files.exists(study.resolve("report.html")));
  }

  @Test
  void missingDirectoryIsBadInputWithOneSentence() {
    Outcome o = run(root.resolve("nope").toString());
    assertEquals(2, o.code());
    assertEquals(1, o.err().strip().lines().count(), o.err());
    assertTrue(o.err().contains("is not a directory"));
    assertFalse(o.err().contains("Exception"), o.err());
  }

  @Test
  void unknownScalingModeIsBadInput() throws IOException {
    Outcome o = run(root.toString(), "--scaling", "sideways");
    assertEquals(2, o.code());
    assertTrue(o.err().contains("expected strong or weak"), o.err());
  }
}
