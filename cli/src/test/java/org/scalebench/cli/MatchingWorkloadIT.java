package org.scalebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.results.PhaseKind;
import org.scalebench.results.RankRecord;
import org.scalebench.results.ResultStore;
import org.scalebench.results.StoredRun;
import org.scalebench.workloads.matching.Column;
import org.scalebench.workloads.matching.MatchSpec;
import org.scalebench.workloads.matching.MatchingWorkload;
import org.scalebench.workloads.matching.NameGenerator;
import org.scalebench.workloads.matching.NameLists;
import org.scalebench.workloads.matching.NameReader;
import org.scalebench.workloads.matching.PairFinder;
import org.scalebench.workloads.matching.PairsCsvWriter;
import org.scalebench.workloads.matching.PreparedString;

/**
 * The matching workload through the shipped jar and real {@code mpirun}: both strategies at 1, 2 and
 * 4 ranks write byte-identical {@code pairs.csv} files, equal to an in-process exhaustive
 * computation (no pruning, one thread); bad input ends in one sentence and exit code 2.
 */
class MatchingWorkloadIT {
  private static final Path JAR = Path.of(System.getProperty("scalebench.jar", "target/scalebench.jar"));
  private static final Path FIXTURES = Path.of(System.getProperty("scalebench.root", ".."))
      .resolve("cli/src/test/resources/matching");

  @TempDir Path store;

  @Test
  void generatedNamesGiveTheSamePairsForEveryStrategyAndRankCount() throws Exception {
    NameLists lists = new NameGenerator(7).generate(300, 260);
    String expected = expectedCsv(lists, 0.8);
    assertTrue(expected.lines().count() > 20, "the generated lists should have matches to compare");
    List<String> common = List.of("--param", "generate=300", "--param", "right-size=260", "--param", "seed=7");
    for (String strategy : List.of("tiles", "broadcast")) {
      for (int ranks : List.of(1, 2, 4)) {
        // 9 x 70 tiles: many tiles and several tile columns, so the merge really merges runs
        StoredRun run = runOk(ranks, 1, concat(common, "--param", "strategy=" + strategy, "--param", "tile=9x70"));
        assertEquals(expected, pairsOf(run), strategy + " on " + ranks + " ranks");
        assertPhases(run, strategy);
      }
    }
    StoredRun unpruned = runOk(2, 2, concat(common, "--param", "pruning=false", "--param", "tile=13x101"));
    assertEquals(expected, pairsOf(unpruned), "tiles without pruning, 2 ranks x 2 threads");
  }

  @Test
  void namesWrittenByTheDataVerbMatchTheSamePairsAsTheGeneratedOnes() throws Exception {
    Path dir = store.resolve("names");
    Result written = cli(List.of("data", "names", "--count", "300", "--right-count", "260", "--seed", "7", "--out",
        dir.toString()));
    assertEquals(0, written.exit, written.stdout + written.stderr);
    StoredRun generated = runOk(1, 1, List.of("--param", "generate=300", "--param", "right-size=260", "--param", "seed=7"));
    StoredRun files = runOk(1, 1, List.of("--param", "left=" + dir.resolve("left.txt"), "--param",
        "right=" + dir.resolve("right.txt")));
    assertTrue(pairsOf(files).lines().count() > 20, "pairs to compare");
    assertEquals(pairsOf(generated), pairsOf(files));
  }

  @Test
  void csvFixtureWithCharactersOutsideTheBmpGivesTheSamePairsEverywhere() throws Exception {
    Path left = FIXTURES.resolve("left.csv");
    Path right = FIXTURES.resolve("right.csv");
    NameLists lists = new NameLists(NameReader.readCsvColumn(left, Column.named("name"), true),
        NameReader.readCsvColumn(right, Column.named("name"), true));
    String expected = expectedCsv(lists, 0.75);
    assertTrue(expected.contains("𠮷") && expected.contains("🚀"), "the fixture's matches include non-BMP names");
    List<String> common = List.of("--param", "left=" + left.toAbsolutePath(), "--param",
        "right=" + right.toAbsolutePath(), "--param", "column=name", "--param", "threshold=0.75");
    for (String strategy : List.of("tiles", "broadcast")) {
      for (int ranks : List.of(1, 2, 4)) {
        StoredRun run = runOk(ranks, 1, concat(common, "--param", "strategy=" + strategy, "--param", "tile=2x3"));
        assertEquals(expected, pairsOf(run), strategy + " on " + ranks + " ranks");
        RankRecord read = run.records().stream().filter(r -> r.phase().equals("read")).findFirst().orElseThrow();
        assertEquals(Files.size(left) + Files.size(right), read.bytes(), "rank 0 reads both files");
        assertEquals(PhaseKind.IO, read.kind());
      }
    }
  }

  @Test
  void badInputEndsInOneSentenceAndExitCodeTwo() throws Exception {
    Path ok = FIXTURES.resolve("left.csv").toAbsolutePath();
    Path invalid = store.resolve("invalid.txt");
    Files.write(invalid, concatBytes("Zoë\nAnna\n".getBytes(StandardCharsets.UTF_8), new byte[] {'B', (byte) 0xC3, '\n'}));
    assertBadInput(List.of("--param", "left=" + store.resolve("missing.csv"), "--param", "right=" + ok),
        "missing.csv does not exist");
    assertBadInput(List.of("--param", "left=" + ok, "--param", "right=" + ok, "--param", "column=surname"),
        "column 'surname' is not in the header");
    assertBadInput(List.of("--param", "left=" + ok, "--param", "right=" + ok),
        ok + " has 3 columns (id, name, city) and no column= says which one holds the strings; choose one with "
            + "--param column=NAME");
    Path empty = Files.createFile(store.resolve("empty.txt"));
    assertBadInput(List.of("--param", "left=" + empty, "--param", "right=" + ok, "--param", "column=name"),
        "input file " + empty + " holds no strings");
    assertBadInput(List.of("--param", "left=" + invalid, "--param", "right=" + ok, "--param", "column=name"),
        "line 3 of " + invalid + " is not valid UTF-8");
    assertBadInput(List.of("--param", "generate=10", "--param", "threshold=1.2"), "threshold='1.2'");
  }

  private void assertBadInput(List<String> params, String expectedPart) throws Exception {
    Result r = cli(concat(List.of("run", "--workload", "matching", "--ranks", "2", "--out", store.toString()), params));
    assertEquals(ExitCodes.BAD_INPUT, r.exit, r.stderr);
    List<String> lines = r.stderr.lines().filter(l -> !l.isBlank()).toList();
    assertEquals(1, lines.size(), "one sentence, no stack trace: " + r.stderr);
    assertTrue(lines.get(0).contains(expectedPart), lines.get(0));
    assertFalse(Files.exists(store.resolve("adhoc")), "nothing was launched");
  }

  private static void assertPhases(StoredRun run, String strategy) {
    int ranks = run.metadata().launch().ranks();
    Set<String> required = strategy.equals("tiles")
        ? Set.of("broadcast", "prepare", "compute", "idle", "write-parts", "gather-index")
        : Set.of("broadcast", "prepare", "compute", "gather");
    for (int r = 0; r < ranks; r++) {
      int rank = r;
      Set<String> phases = run.records().stream().filter(x -> x.rank() == rank).map(RankRecord::phase)
          .collect(Collectors.toSet());
      if (ranks == 1) {
        assertTrue(phases.contains("compute"), "rank 0 phases: " + phases);
      } else {
        assertTrue(phases.containsAll(required), "rank " + r + " phases: " + phases);
      }
    }
    Set<String> rootPhases = run.records().stream().filter(x -> x.rank() == 0).map(RankRecord::phase)
        .collect(Collectors.toSet());
    assertTrue(rootPhases.contains("generate") && rootPhases.contains(strategy.equals("tiles") ? "merge" : "write"),
        "rank 0 phases: " + rootPhases);
    assertFalse(Files.exists(run.outputDir().resolve("parts")), "the part files are deleted after the merge");
  }

  private static String expectedCsv(NameLists lists, double threshold) throws IOException {
    PairFinder exhaustive = new PairFinder(PreparedString.ofAll(lists.left()), PreparedString.ofAll(lists.right()),
        MatchSpec.ratioAtLeast(threshold).withPruning(false));
    StringWriter text = new StringWriter();
    try (PairsCsvWriter csv = new PairsCsvWriter(text, lists.left(), lists.right())) {
      exhaustive.findAll().forEach(p -> csv.accept(p.leftIndex(), p.rightIndex(), p.score()));
    }
    return text.toString();
  }

  private static String pairsOf(StoredRun run) throws IOException {
    return Files.readString(run.outputDir().resolve(MatchingWorkload.PAIRS_CSV), StandardCharsets.UTF_8);
  }

  private StoredRun runOk(int ranks, int cpus, List<String> params) throws Exception {
    Path out = Files.createTempDirectory(store, "run");
    Result r = cli(concat(List.of("run", "--workload", "matching", "--ranks", Integer.toString(ranks),
        "--cpus-per-task", Integer.toString(cpus), "--timeout", "180", "--out", out.toString()), params));
    assertEquals(0, r.exit, "exit code; stdout: " + r.stdout + " stderr: " + r.stderr);
    assertTrue(r.stdout.contains("pairs compared"), r.stdout);
    List<StoredRun> runs = new ResultStore(out).study("adhoc");
    assertEquals(1, runs.size());
    StoredRun run = runs.get(0);
    assertTrue(run.isComplete(), "run state " + run.state() + ": " + run.problem());
    assertEquals(ranks, run.metadata().launch().ranks());
    assertTrue(Files.isRegularFile(run.outputDir().resolve(MatchingWorkload.SUMMARY_CSV)));
    return run;
  }

  private record Result(int exit, String stdout, String stderr) {}

  private static Result cli(List<String> args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString()));
    cmd.addAll(args);
    Path outFile = Files.createTempFile("matching-it", ".out");
    Path errFile = Files.createTempFile("matching-it", ".err");
    try {
      Process p = new ProcessBuilder(cmd).redirectOutput(outFile.toFile()).redirectError(errFile.toFile()).start();
      if (!p.waitFor(240, TimeUnit.SECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        throw new AssertionError("scalebench did not finish in 240 s: " + cmd);
      }
      return new Result(p.exitValue(), Files.readString(outFile), Files.readString(errFile));
    } finally {
      Files.deleteIfExists(outFile);
      Files.deleteIfExists(errFile);
    }
  }

  private static List<String> concat(List<String> a, String... b) {
    return concat(a, List.of(b));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static byte[] concatBytes(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
