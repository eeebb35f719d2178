package org.scalebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.cli.CompareCommand;
import org.scalebench.analysis.testing.SyntheticStore;
import org.scalebench.results.ResultJson;
import picocli.CommandLine;
import org.scalebench.analysis.testing.JmhJson;

class CompareCommandTest {
  @TempDir Path dir;

  record Outcome(int code, String out, String err) {}

  static Outcome run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new CompareCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return new Outcome(cli.execute(args), out.toString(), err.toString());
  }

  /** Three benchmarks: a time, a throughput, and one only {@code withExtra} has. */
  private Path jmh(String name, double timeFactor, double throughputFactor, boolean withExtra) throws Exception {
    SplittableRandom r = new SplittableRandom(name.hashCode());
    JmhJson j = new JmhJson()
        .add("org.scalebench.bench.matching.PairKernelBenchmark.lcsRatioPrepared", "avgt", "ns/op", Map.of(),
            JmhJson.logNormal(r, 15, 100 * timeFactor, 0.05))
        .add("org.scalebench.bench.matching.AllPairsBenchmark.ratioPruned", "thrpt", "ops/s", Map.of("n", "1000"),
            JmhJson.logNormal(r, 8, 200 * throughputFactor, 0.05), JmhJson.logNormal(r, 7, 200 * throughputFactor, 0.05));
    if (withExtra) {
      j.add("org.scalebench.bench.analysis.ScalingFitBenchmark.uslFit", "avgt", "us/op", Map.of(),
          JmhJson.logNormal(r, 15, 500, 0.05));
    }
    return j.write(dir.resolve(name + ".json"));
  }

  @Test
  void noChangeExitsZeroAndPrintsTheTable() throws Exception {
    Outcome o = run("--baseline", jmh("a", 1, 1, false).toString(), "--current", jmh("b", 1, 1, false).toString());
    assertEquals(0, o.code(), o.out() + o.err());
    assertTrue(o.out().contains("UNCHANGED  PairKernelBenchmark.lcsRatioPrepared"), o.out());
    assertTrue(o.out().contains("ops/s (higher better)"), o.out());
    assertTrue(o.out().contains("No regression: 2 unchanged"), o.out());
  }

  @Test
  void aSlowerTimeIsARegressionWithExitOneAndFilesInOut() throws Exception {
    Path out = dir.resolve("out");
    Outcome o = run("--baseline", jmh("a", 1, 1, false).toString(), "--current", jmh("b", 1.3, 1, true).toString(),
        "--out", out.toString());
    assertEquals(1, o.code(), o.out() + o.err());
    assertTrue(o.out().contains("REGRESSION"), o.out());
    assertTrue(o.out().contains("1 regression: 1 unchanged, 0 improved, 0 inconclusive, 0 missing, 1 new."), o.out());
    JsonNode json = ResultJson.mapper().readTree(out.resolve("compare.json").toFile());
    assertEquals("scalebench.compare", json.get("format").asText());
    assertEquals(1, json.get("schemaVersion").asInt());
    assertEquals(1, json.get("regressions").asInt());
    assertEquals("regression", json.get("samples").get(0).get("verdict").asText());
    assertEquals("lower", json.get("samples").get(0).get("better").asText());
    assertEquals(15, json.get("samples").get(1).get("currentCount").asInt(), "all forks' iterations are samples");
    assertTrue(json.get("samples").get(2).get("baselineMedian").isNull(), "NaN is written as null");
    String md = Files.readString(out.resolve("compare.md"));
    assertTrue(md.startsWith("# Performance comparison"), md);
    assertTrue(md.contains("| REGRESSION | `org.scalebench.bench.matching.PairKernelBenchmark.lcsRatioPrepared` |"), md);
    try (var files = Files.list(out)) {
      assertEquals(2, files.count(), "no temporary files left");
    }
  }

  @Test
  void aFallingThroughputIsARegressionAndReportOnlyExitsZero() throws Exception {
    String a = jmh("a", 1, 1, false).toString();
    String b = jmh("b", 1, 0.7, false).toString();
    Outcome gate = run("--baseline", a, "--current", b);
    assertEquals(1, gate.code(), gate.out());
    Outcome report = run("--baseline", a, "--current", b, "--report-only");
    assertEquals(0, report.code(), report.out());
    assertTrue(report.out().contains("REGRESSION  AllPairsBenchmark.ratioPruned {n=1000}"), report.out());
  }

  @Test
  void aLargerMinimumEffectAcceptsTheSlowdown() throws Exception {
    Outcome o = run("--baseline", jmh("a", 1, 1, false).toString(), "--current", jmh("b", 1.3, 1, false).toString(),
        "--min-effect", "0.5");
    assertEquals(0, o.code(), o.out());
    assertTrue(o.out().contains("minimum effect 50%"), o.out());
  }

  @Test
  void badInputExitsTwoWithOneSentence() throws Exception {
    String good = jmh("a", 1, 1, false).toString();
    Path notJson = Files.writeString(dir.resolve("x.json"), "hello");
    Path notJmh = Files.writeString(dir.resolve("y.json"), "{\"benchmark\": 1}");
    Path badEntry = Files.writeString(dir.resolve("z.json"), "[{\"benchmark\":\"a.b\",\"mode\":\"avgt\"}]");
    Path study = SyntheticStore.demo(dir.resolve("store"));
    for (String[] args : new String[][] {
        {"--baseline", dir.resolve("missing.json").toString(), "--current", good},
        {"--baseline", good, "--current", notJson.toString()},
        {"--baseline", good, "--current", notJmh.toString()},
        {"--baseline", good, "--current", badEntry.toString()},
        {"--baseline", good, "--current", study.toString()},
        {"--baseline", good, "--current", good, "--alpha", "1.5"},
        {"--baseline", good, "--current", good, "--min-effect", "-1"},
        {"--baseline", dir.toString(), "--current", dir.toString()}}) {
      Outcome o = run(args);
      assertEquals(2, o.code(), String.join(" ", args) + "\n" + o.out() + o.err());
      assertTrue(o.err().startsWith("compare: "), o.err());
      assertEquals(1, o.err().strip().lines().count(), "one line: " + o.err());
      assertFalse(o.err().contains("Exception"), o.err());
    }
  }
}
