package org.scalebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.analysis.testing.SyntheticStore;
import org.scalebench.results.ResultJson;
import org.scalebench.analysis.testing.JmhJson;

class CompareCommandTest {
  @TempDir Path dir;

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

  /** {@code scalebench compare ARGS} through {@link Main}, the one error path. */
  private static CommandLineTest.Result run(String... args) {
    String[] argv = new String[args.length + 1];
    argv[0] = "compare";
    System.arraycopy(args, 0, argv, 1, args.length);
    return CommandLineTest.run(argv);
  }

  @Test
  void noChangeExitsZeroAndPrintsTheTable() throws Exception {
    var o = run("--baseline", jmh("a", 1, 1, false).toString(), "--current", jmh("b", 1, 1, false).toString());
    assertEquals(0, o.exit(), o.out() + o.err());
    assertTrue(o.out().contains("UNCHANGED  PairKernelBenchmark.lcsRatioPrepared"), o.out());
    assertTrue(o.out().contains("ops/s (higher better)"), o.out());
    assertTrue(o.out().contains("No regression: 2 unchanged"), o.out());
  }

  @Test
  void aSlowerTimeIsARegressionWithExitOneAndFilesInOut() throws Exception {
    Path out = dir.resolve("out");
    var o = run("--baseline", jmh("a", 1, 1, false).toString(), "--current", jmh("b", 1.3, 1, true).toString(),
        "--out", out.toString());
    assertEquals(1, o.exit(), o.out() + o.err());
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
    var gate = run("--baseline", a, "--current", b);
    assertEquals(1, gate.exit(), gate.out());
    var report = run("--baseline", a, "--current", b, "--report-only");
    assertEquals(0, report.exit(), report.out());
    assertTrue(report.out().contains("REGRESSION  AllPairsBenchmark.ratioPruned {n=1000}"), report.out());
  }

  @Test
  void aLargerMinimumEffectAcceptsTheSlowdown() throws Exception {
    var o = run("--baseline", jmh("a", 1, 1, false).toString(), "--current", jmh("b", 1.3, 1, false).toString(),
        "--min-effect", "0.5");
    assertEquals(0, o.exit(), o.out());
    assertTrue(o.out().contains("minimum effect 50.0%"), o.out());
  }

  @Test
  void aGateThatTestedNothingFailsAndSaysWhyForEveryRow() throws Exception {
    SyntheticStore a = new SyntheticStore(dir, "one-a", 1);
    SyntheticStore b = new SyntheticStore(dir, "one-b", 2).model(150, 0.05, 0.2, 0.1, 0.01);
    a.point("sum", Map.of(), 1, 2, 1);
    b.point("sum", Map.of(), 1, 2, 1);
    var o = run("--baseline", a.studyDir().toString(), "--current", b.studyDir().toString());
    assertEquals(1, o.exit(), o.out() + o.err());
    assertTrue(o.out().contains("INCONCLUSIVE"), o.out());
    assertTrue(o.out().contains("1 repetition on each side; a verdict at alpha 0.05 needs at least 4 on each side"),
        o.out());
    assertTrue(o.out().contains("Nothing could be tested: 0 unchanged, 0 improved, 1 inconclusive, 0 missing, 0 new."),
        o.out());
    assertFalse(o.out().contains("No regression"), o.out());
    var reportOnly = run("--baseline", a.studyDir().toString(), "--current", b.studyDir().toString(),
        "--report-only");
    assertEquals(0, reportOnly.exit(), reportOnly.out() + reportOnly.err());
    assertTrue(reportOnly.out().contains("Nothing could be tested"), reportOnly.out());

    Path other = new JmhJson().add("org.scalebench.bench.Other.run", "avgt", "ns/op", Map.of(),
        JmhJson.logNormal(new SplittableRandom(3), 15, 100, 0.05)).write(dir.resolve("other.json"));
    var unmatched = run("--baseline", jmh("a", 1, 1, false).toString(), "--current", other.toString());
    assertEquals(1, unmatched.exit(), "no benchmark in both: nothing was tested\n" + unmatched.out());
    assertTrue(unmatched.out().contains("Nothing could be tested"), unmatched.out());
  }

  @Test
  void anOutFolderUnderAFileIsBadInputNamedInOneSentence() throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    var o = run("--baseline", jmh("a", 1, 1, false).toString(), "--current", jmh("b", 1, 1, false).toString(),
        "--out", file.resolve("out").toString());
    assertEquals(2, o.exit(), o.out() + o.err());
    assertEquals("scalebench: " + file + " is a file, not a folder", o.err().strip());
    assertEquals(1, o.err().strip().lines().count(), "one line: " + o.err());
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
        {"--baseline", dir.toString(), "--current", dir.toString()},
        {"--baseline", good, "--current", good, "--scaling", "sideways"}}) {
      var o = run(args);
      assertEquals(2, o.exit(), String.join(" ", args) + "\n" + o.out() + o.err());
      assertTrue(o.err().startsWith("scalebench: "), o.err());
      assertEquals(1, o.err().strip().lines().filter(l -> !l.startsWith("Try 'scalebench compare --help'")).count(),
          "one line: " + o.err());
      assertFalse(o.err().contains("Exception"), o.err());
    }
  }
}
