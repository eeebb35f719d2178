package org.scalebench.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.analysis.ab.AbJson;
import org.scalebench.analysis.ab.AbResult;
import org.scalebench.analysis.ab.PairedVerdict;
import org.scalebench.analysis.compare.Verdict;
import org.scalebench.results.ResultStore;
import org.scalebench.results.StoredRun;

/**
 * {@code ab} of one build under two environments: the working tree, its ranks run with C1 only
 * (baseline) and interpreted (current), on a study point of {@code sum} on 2 real MPI ranks. Both
 * sides' runs land in the store as studies of their own, and the current side's JVM options reach the
 * rank JVMs through {@code JAVA_TOOL_OPTIONS}.
 */
class AbEnvironmentIT {
  static final String BASELINE_JVM = "-XX:TieredStopAtLevel=1";
  static final String CURRENT_JVM = "-Xint";

  @TempDir Path dir;

  /** A study of one point, {@code sum} on 2 ranks, with {@code profiles/local.yaml} next to it. */
  private Path spec() throws Exception {
    Path spec = dir.resolve("abenv.yaml");
    Files.writeString(spec, String.join("\n",
        "schemaVersion: 1",
        "study: abenv",
        "workload: sum",
        "params:",
        "  n: 8000000", // 8M longs: interpreted, rank 0's loops take a measurable part of a second
        "matrix:",
        "  nodes: 1",
        "  ntasksPerNode: 2",
        "  cpusPerTask: 1",
        "repetitions: 3",
        "timeLimit: 5m",
        "profile: local",
        ""), StandardCharsets.UTF_8);
    Files.createDirectories(dir.resolve("profiles"));
    Files.copy(CliProcess.repositoryRoot().resolve("studies/profiles/local.yaml"), dir.resolve("profiles/local.yaml"));
    return spec;
  }

  /** {@code ab} of the working tree (the checkout's own build) against itself. */
  private CliProcess.Result ab(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("ab", "--baseline", "worktree", "--current", "worktree", "--study",
        spec().toString(), "--rounds", "3", "--seed", "7"));
    all.addAll(List.of(args));
    return CliProcess.run(dir.resolve("logs"), Map.of("SCALEBENCH_HOME", CliProcess.repositoryRoot().toString()),
        900, all.toArray(String[]::new));
  }

  @Test
  void twoJvmOptionSetsOnAStudyPointWithMpirun() throws Exception {
    Path out = dir.resolve("ab");

    CliProcess.Result r = ab("--baseline-jvm-arg", BASELINE_JVM, "--current-jvm-arg", CURRENT_JVM, "--out",
        out.toString());

    // three rounds cannot decide anything: no regression is shown, and the output says it could not tell
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().contains("scalebench: ab: WARNING: nothing could be tested"), r.toString());
    // the working tree is built (or found up to date) once for both sides
    assertEquals(1, r.err().lines().filter(l -> l.startsWith("scalebench: ab: building the working tree")
        || l.startsWith("scalebench: ab: baseline worktree: built and up to date")
        || l.startsWith("scalebench: ab: current worktree: built and up to date")).count(),
        "one build serves both sides\n" + r);
    AbResult result = AbJson.read(out.resolve("ab.json"));
    assertEquals(3, result.rounds());
    assertEquals(1, result.verdicts().verdicts().size(), result.verdicts().verdicts().toString());
    PairedVerdict point = result.verdicts().verdicts().get(0);
    assertTrue(point.id().contains("sum"), point.id());
    assertEquals(3, point.rounds());
    assertEquals("s", point.unit());
    assertEquals(Verdict.INCONCLUSIVE, point.verdict(), point.reason());
    assertTrue(point.reason().startsWith("3 rounds: the exact signed-rank test cannot reach p < 0.05"),
        point.reason());
    assertTrue(point.reason().endsWith("with fewer than 6 rounds"), point.reason());
    assertTrue(result.b().description().contains("jvm=" + CURRENT_JVM), result.b().description());
    assertTrue(result.a().description().contains("jvm=" + BASELINE_JVM), result.a().description());

    Path store = out.resolve("store");
    List<StoredRun> baseline = ResultStore.runsUnder(store.resolve("abenv-baseline"));
    List<StoredRun> current = ResultStore.runsUnder(store.resolve("abenv-current"));
    assertEquals(3, baseline.size());
    assertEquals(3, current.size());
    for (StoredRun run : baseline) {
      assertComplete(run);
      String stderr = Files.readString(run.dir().resolve("stderr.log"), StandardCharsets.UTF_8);
      assertEquals(2, count(stderr, "Picked up JAVA_TOOL_OPTIONS: " + BASELINE_JVM), run.dir() + ":\n" + stderr);
      assertFalse(stderr.contains(CURRENT_JVM), stderr);
    }
    for (StoredRun run : current) {
      assertComplete(run);
      String stderr = Files.readString(run.dir().resolve("stderr.log"), StandardCharsets.UTF_8);
      assertEquals(2, count(stderr, "Picked up JAVA_TOOL_OPTIONS: " + CURRENT_JVM), run.dir() + ":\n" + stderr);
    }
    // the samples are the runs' wall seconds, round by round
    assertEquals(baseline.get(0).metadata().wallSeconds(), point.samples().a()[0], 1e-9);
    assertEquals(current.get(2).metadata().wallSeconds(), point.samples().b()[2], 1e-9);
    // interpreted ranks are slower; on a shared machine a single round may still come out the other way
    assertTrue(point.geoMeanRatio() > 1, "B/A per round " + Arrays.toString(point.ratios()));
  }

  @Test
  void aFailedRunOfOneSideIsOneSentenceNamingItsLog() throws Exception {
    // shared memory left out: the two ranks cannot reach each other and MPI_Init fails
    CliProcess.Result r = ab("--current-env", "OMPI_MCA_btl=self", "--out", dir.resolve("ab").toString());
    assertEquals(1, r.exit(), r.toString());
    String last = r.err().strip().lines().reduce((first, second) -> second).orElse("");
    assertTrue(last.matches("scalebench: ab: point \\S.* of current \\(worktree at \\p{XDigit}{12}.*\\) failed in "
        + "round 1(: .*)?; see " + dir.resolve("ab").resolve("samples") + "/round-001-current-.*\\.log"), r.toString());
    assertFalse(r.err().contains("unexpected error"), r.toString());
  }

  private static void assertComplete(StoredRun run) {
    assertTrue(run.isComplete(), run.dir() + ": " + run.problem());
    assertEquals("mpirun", run.metadata().launch().launcher());
    assertEquals(2, run.metadata().launch().ranks());
  }

  private static long count(String text, String line) {
    return text.lines().filter(l -> l.strip().equals(line)).count();
  }
}
