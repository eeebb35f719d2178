package org.scalebench.bench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.cli.CompareCommand;
import org.scalebench.results.ResultJson;
import picocli.CommandLine;

/**
 * End to end: the real benchmarks jar measures {@link ScalingFitBenchmark#amdahlFit} at its normal work size
 * and at 64 times the points (a planted slowdown of tens of times, far beyond the load swings of a shared machine), in JMH's quick CI settings, and
 * {@code compare} turns the verdict from "no regression" into "regression" and back.
 */
class PlantedSlowdownIT {
  @TempDir static Path dir;
  static Path normal;
  static Path slow;

  private static Path jmh(String name, int repetitions) throws Exception {
    Path out = dir.resolve(name + ".json");
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        // other builds on this machine may hold JMH's machine-wide lock; a 16x slowdown does not need it
        "-Djmh.ignoreLock=true", "-jar", System.getProperty("benchmarks.jar"), "ScalingFitBenchmark.amdahlFit", "-f", "1", "-wi", "5", "-w", "500ms",
        "-i", "20", "-r", "200ms", "-foe", "true", "-p", "repetitions=" + repetitions, "-rf", "json",
        "-rff", out.toString()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile())
        .start();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "JMH did not finish in 5 minutes");
    assertEquals(0, p.exitValue(), Files.readString(dir.resolve(name + ".log")));
    return out;
  }

  @BeforeAll
  static void measure() throws Exception {
    normal = jmh("normal", 1);
    slow = jmh("slow", 64);
  }

  private record Outcome(int code, String out, String err) {}

  private static Outcome compare(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new CompareCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return new Outcome(cli.execute(args), out.toString(), err.toString());
  }

  @Test
  void theSameResultsAreUnchangedAndThePlantedSlowdownIsARegression() throws Exception {
    Outcome same = compare("--baseline", normal.toString(), "--current", normal.toString());
    assertEquals(0, same.code(), same.out() + same.err());
    assertTrue(same.out().contains("UNCHANGED  org.scalebench.bench.analysis.ScalingFitBenchmark.amdahlFit {repetitions=1}"),
        same.out());

    Path report = dir.resolve("report");
    Outcome slower = compare("--baseline", normal.toString(), "--current", slow.toString(),
        "--ignore-param", "repetitions", "--out", report.toString());
    assertEquals(1, slower.code(), slower.out() + slower.err());
    assertTrue(slower.out().contains("REGRESSION"), slower.out());
    JsonNode json = ResultJson.mapper().readTree(report.resolve("compare.json").toFile());
    assertEquals(1, json.get("schemaVersion").asInt());
    JsonNode row = json.get("samples").get(0);
    assertEquals("regression", row.get("verdict").asText());
    assertTrue(row.get("worseFactor").asDouble() > 2, row.toString());
    assertTrue(row.get("pValue").asDouble() < 0.05, row.toString());
    assertTrue(Files.readString(report.resolve("compare.md")).contains("| REGRESSION |"));

    Outcome reportOnly = compare("--baseline", normal.toString(), "--current", slow.toString(),
        "--ignore-param", "repetitions", "--report-only");
    assertEquals(0, reportOnly.code(), reportOnly.out());
    assertTrue(reportOnly.out().contains("1 regression"), reportOnly.out());

    Outcome faster = compare("--baseline", slow.toString(), "--current", normal.toString(),
        "--ignore-param", "repetitions");
    assertEquals(0, faster.code(), faster.out());
    assertTrue(faster.out().contains("IMPROVEMENT"), faster.out());

    Outcome unmatched = compare("--baseline", normal.toString(), "--current", slow.toString());
    assertEquals(1, unmatched.code(), "without --ignore-param the two work sizes are different benchmarks, so "
        + "nothing was tested and the gate fails");
    assertTrue(unmatched.out().contains("MISSING") && unmatched.out().contains("NEW"), unmatched.out());
    assertTrue(unmatched.out().contains("Nothing could be tested"), unmatched.out());
  }
}
