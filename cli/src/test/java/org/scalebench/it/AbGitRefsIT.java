package org.scalebench.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.analysis.ab.AbJson;
import org.scalebench.analysis.ab.AbResult;
import org.scalebench.analysis.ab.PairedVerdict;
import org.scalebench.analysis.compare.Verdict;

/**
 * {@code ab} between two commits of a scratch clone of this repository: commit 1 is the code under
 * test, commit 2 makes {@code PlantedWorkBenchmark.chain} do twice the steps (real work, the benchmark's
 * id unchanged), commit 3 only adds an accepted-slowdown trailer. Each commit is built once into the
 * cache ({@code git archive} + {@code ./mvnw package} of the benchmarks); the measured run is
 * {@code HEAD~2} against {@code HEAD~1}, which must find the planted regression and not call the
 * untouched benchmark a regression.
 */
class AbGitRefsIT {
  /** The planted benchmark and an untouched quick one. */
  static final String BENCH = "PlantedWorkBenchmark\\.chain|PairKernelBenchmark\\.lcsRatioPrepared";
  static final String PLANTED = "org.scalebench.bench.ab.PlantedWorkBenchmark.chain";
  static final String UNTOUCHED = "org.scalebench.bench.matching.PairKernelBenchmark.lcsRatioPrepared";
  static final String REASON = "the chain does twice the steps on purpose";
  /**
   * Short forks: a 2x slowdown stands far out of this machine's noise even so. Interleaved, not duet:
   * on a shared 2-core machine the two cores are not equally busy, which a duet run would read as a
   * difference between the sides.
   */
  static final String ITERATIONS = "-wi 2 -w 200ms -i 3 -r 200ms";

  @TempDir static Path scratch;
  static Path repo;
  static Path cache;
  static Result planted;

  /** What a finished command left. */
  record Result(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }

  @BeforeAll
  static void commitAPlantedSlowdownAndMeasureIt() throws Exception {
    Path root = CliProcess.repositoryRoot();
    repo = scratch.resolve("repo");
    cache = scratch.resolve("cache");
    run(scratch, 120, "git", "clone", "--quiet", "--depth", "1", "file://" + root, repo.toString());
    mirrorWorkingTree(root, repo);
    git("add", "--all");
    if (!git("status", "--porcelain").out().isBlank()) {
      commit("The code under test, as it is in the working tree");
    }
    Path benchmark = repo.resolve("bench/src/main/java/org/scalebench/bench/ab/PlantedWorkBenchmark.java");
    String source = Files.readString(benchmark, StandardCharsets.UTF_8);
    String doubled = source.replace("long steps = work * 1000L;", "long steps = work * 2000L;");
    assertNotEquals(source, doubled, "PlantedWorkBenchmark no longer has the line this test doubles");
    Files.writeString(benchmark, doubled, StandardCharsets.UTF_8);
    git("add", "--all");
    commit("PlantedWorkBenchmark.chain does twice the steps");
    git("commit", "--quiet", "--allow-empty", "-m", "Accept the slowdown of the planted benchmark\n\n"
        + "Scalebench-Accepted-Slowdown: PlantedWorkBenchmark: " + REASON);
    planted = ab(scratch.resolve("planted"), "--baseline", "HEAD~2", "--current", "HEAD~1");
  }

  @Test
  void thePlantedSlowdownIsARegressionAndTheUntouchedBenchmarkIsNot() throws Exception {
    assertEquals(1, planted.exit(), planted.toString());
    assertTrue(planted.err().contains("building baseline HEAD~2"), planted.toString());
    assertTrue(planted.err().contains("building current HEAD~1"), planted.toString());
    Path out = scratch.resolve("planted");
    AbResult result = AbJson.read(out.resolve("ab.json"));
    assertEquals(Verdict.REGRESSION, verdict(result, PLANTED).verdict(), planted.toString());
    assertTrue(verdict(result, PLANTED).worseFactor() > 1.5, planted.toString());
    assertNotEquals(Verdict.REGRESSION, verdict(result, UNTOUCHED).verdict(), planted.toString());
    assertEquals(8, verdict(result, PLANTED).rounds());
    assertEquals(8, result.rounds());
    assertTrue(Files.isRegularFile(out.resolve("ab.md")));
    assertTrue(Files.isRegularFile(out.resolve("ab.html")));
    assertTrue(planted.out().contains("1 regression(s)"), planted.toString());
  }

  @Test
  void aTrailerAcceptsTheSlowdownAndTheBaselineBuildIsReused() throws Exception {
    Result accepted = ab(scratch.resolve("accepted"), "--baseline", "HEAD~2", "--current", "HEAD");
    assertTrue(accepted.err().contains("baseline HEAD~2 = "), accepted.toString());
    assertTrue(accepted.err().contains(", built before ("), accepted.toString());
    assertEquals(0, accepted.exit(), accepted.toString());
    assertTrue(accepted.out().contains("accepted slowdown of " + PLANTED), accepted.toString());
    assertTrue(accepted.out().contains(REASON), accepted.toString());
    AbResult result = AbJson.read(scratch.resolve("accepted").resolve("ab.json"));
    assertEquals(Verdict.REGRESSION, verdict(result, PLANTED).verdict(), accepted.toString());
    assertTrue(result.warnings().stream().anyMatch(w -> w.contains(REASON)), result.warnings().toString());
  }

  @Test
  void aRefThatNamesNoCommitIsOneSentenceBeforeAnyBuild() throws Exception {
    Path emptyCache = scratch.resolve("unused-cache");
    Result r = ab(scratch.resolve("no-ref"), List.of("--cache", emptyCache.toString()), "--baseline", "HEAD~2",
        "--current", "no-such-ref");
    assertEquals(2, r.exit(), r.toString());
    assertEquals("scalebench: 'no-such-ref' names no commit of the repository at " + repo, r.err().strip(),
        r.toString());
    assertFalse(Files.exists(emptyCache), "a bad --current must stop the run before the baseline is built");
  }

  @Test
  void currentHeadWithUncommittedChangesIsBadInput() throws Exception {
    Path readme = repo.resolve("README.md");
    String before = Files.readString(readme, StandardCharsets.UTF_8);
    Files.writeString(readme, before + "\nan uncommitted line\n", StandardCharsets.UTF_8);
    try {
      Result r = ab(scratch.resolve("dirty"), "--baseline", "HEAD~2", "--current", "HEAD");
      assertEquals(2, r.exit(), r.toString());
      assertEquals("scalebench: the working tree has uncommitted changes, which --current HEAD leaves out; commit "
          + "them, or measure them with --current worktree", r.err().strip(), r.toString());
    } finally {
      Files.writeString(readme, before, StandardCharsets.UTF_8);
    }
  }

  @Test
  void aBenchmarkPatternThatMatchesNothingIsOneSentence() throws Exception {
    Result r = ab(scratch.resolve("no-match"), List.of("--bench", "NoSuchBenchmark"), "--baseline", "HEAD~2",
        "--current", "HEAD~1");
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().contains("scalebench: --bench 'NoSuchBenchmark' matches no benchmark of the "), r.toString());
    assertFalse(r.err().contains("unexpected error"), r.toString());
  }

  private static PairedVerdict verdict(AbResult result, String idPrefix) {
    return result.verdicts().verdicts().stream().filter(v -> v.id().startsWith(idPrefix)).findFirst()
        .orElseThrow(() -> new AssertionError("no verdict on " + idPrefix + " in " + result.verdicts().verdicts()));
  }

  private static Result ab(Path out, String... refs) throws Exception {
    return ab(out, List.of(), refs);
  }

  /** {@code scalebench ab} in the scratch clone; {@code options} replace the defaults they name. */
  private static Result ab(Path out, List<String> options, String... refs) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", CliProcess.jar().toString(), "ab"));
    cmd.addAll(List.of(refs));
    cmd.addAll(options);
    if (!options.contains("--bench")) {
      cmd.addAll(List.of("--bench", BENCH));
    }
    if (!options.contains("--cache")) {
      cmd.addAll(List.of("--cache", cache.toString()));
    }
    cmd.addAll(List.of("--rounds", "8", "--mode", "interleaved", "--seed", "1", "--jmh-iterations", ITERATIONS, "--out",
        out.toString()));
    // not offline: on a fresh machine the outer build has not yet resolved the bench module's JMH
    // when the cli module's tests run
    return run(repo, Map.of("SCALEBENCH_HOME", repo.toString()), 1200, cmd);
  }

  /** Copies the checkout's files (tracked or not ignored, as they are now) over the clone's. */
  private static void mirrorWorkingTree(Path root, Path clone) throws Exception {
    for (String name : run(clone, Map.of(), 60, List.of("git", "ls-files", "-z")).out().split("\0")) {
      if (!name.isEmpty()) {
        Files.deleteIfExists(clone.resolve(name));
      }
    }
    String files = run(root, Map.of(), 60, List.of("git", "ls-files", "-z", "--cached", "--others",
        "--exclude-standard")).out();
    for (String name : files.split("\0")) {
      Path from = root.resolve(name);
      if (name.isEmpty() || !Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
        continue; // deleted in the working tree
      }
      Path to = clone.resolve(name);
      Files.createDirectories(to.getParent());
      Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES,
          LinkOption.NOFOLLOW_LINKS);
    }
  }

  private static void commit(String message) throws Exception {
    git("commit", "--quiet", "-m", message);
  }

  /** git in the clone, as a fixed author, failing the test when it fails. */
  private static Result git(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.name=Scalebench Test", "-c",
        "user.email=test@scalebench.invalid", "-c", "commit.gpgsign=false"));
    cmd.addAll(List.of(args));
    Result r = run(repo, Map.of(), 60, cmd);
    assertEquals(0, r.exit(), String.join(" ", cmd) + "\n" + r);
    return r;
  }

  private static Result run(Path dir, int timeoutSeconds, String... cmd) throws Exception {
    Result r = run(dir, Map.of(), timeoutSeconds, List.of(cmd));
    assertEquals(0, r.exit(), String.join(" ", cmd) + "\n" + r);
    return r;
  }

  private static Result run(Path dir, Map<String, String> env, long timeoutSeconds, List<String> cmd)
      throws IOException, InterruptedException {
    Path logs = Files.createTempDirectory(scratch, "process-");
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
        .redirectOutput(logs.resolve("stdout").toFile()).redirectError(logs.resolve("stderr").toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    pb.environment().putAll(env);
    Process p = pb.start();
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      try (Stream<ProcessHandle> children = p.descendants()) {
        children.forEach(ProcessHandle::destroyForcibly);
      }
      p.destroyForcibly();
      throw new AssertionError(String.join(" ", cmd) + " did not finish in " + timeoutSeconds + " s");
    }
    return new Result(p.exitValue(), Files.readString(logs.resolve("stdout"), StandardCharsets.UTF_8),
        Files.readString(logs.resolve("stderr"), StandardCharsets.UTF_8));
  }
}
