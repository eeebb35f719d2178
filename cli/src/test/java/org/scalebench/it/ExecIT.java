package org.scalebench.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scalebench.results.PhaseKind;
import org.scalebench.results.RankRecord;
import org.scalebench.results.ResultStore;
import org.scalebench.results.RunStatus;
import org.scalebench.results.StoredRun;

/**
 * The exec workload under real mpirun: the seed's matching in mpi4py gives the Java workload's
 * pairs.csv and records its Python phases; a program that records nothing gets a total per rank; a
 * rank that exits 3 and a malformed records line fail the run with a sentence that names them.
 */
class ExecIT {
  static final Path PYTHON = Path.of("/usr/bin/python3");
  @TempDir Path dir;

  @BeforeAll
  static void debiansPythonHasMpi4py() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(PYTHON), "no /usr/bin/python3");
    Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import mpi4py, Levenshtein").start();
    assertEquals(0, p.waitFor(), "scripts/setup-python.sh installs mpi4py and Levenshtein for " + PYTHON);
  }

  static Path examples() {
    return Path.of(System.getProperty("scalebench.root"), "examples", "mpi4py").toAbsolutePath().normalize();
  }

  @ParameterizedTest(name = "mpi4py matching on {0} rank(s)")
  @ValueSource(ints = {1, 2})
  void mpi4pyMatchingGivesTheJavaPairsAndRecordsItsPhases(int ranks) throws Exception {
    Path names = dir.resolve("names");
    Cli.Result data = Cli.run("data", "names", "--count", "900", "--out", names.toString());
    assertEquals(0, data.exit(), data.toString());
    Path java = run("matching", ranks, List.of("--param", "generate=900"));
    StoredRun py = ResultStore.read(run("exec", ranks, List.of("--", PYTHON.toString(), "-u",
        examples().resolve("matching.py").toString(), "--left", names.resolve("left.txt").toString(), "--right",
        names.resolve("right.txt").toString())));
    assertEquals(RunStatus.OK, py.state(), py.problem());
    assertEquals(Files.readString(java.resolve("output/pairs.csv")), Files.readString(py.dir().resolve("output/pairs.csv")),
        "the mpi4py program writes the Java workload's pairs.csv");
    Set<String> phases = py.records().stream().map(RankRecord::phase).collect(Collectors.toSet());
    assertTrue(phases.containsAll(Set.of("read", "match", "write")), phases.toString());
    if (ranks > 1) {
      assertTrue(phases.containsAll(Set.of("bcast", "gather")), phases.toString());
      RankRecord bcast = py.records().stream().filter(r -> r.phase().equals("bcast") && r.rank() == 1).findFirst()
          .orElseThrow();
      assertEquals(PhaseKind.COMM, bcast.kind());
      assertTrue(bcast.bytes() > 0, bcast.toString());
    }
    assertEquals(ranks, py.records().stream().map(RankRecord::rank).distinct().count());
    assertEquals(List.of(PYTHON.toString(), "-u"), py.metadata().launch().exec().command().subList(0, 2),
        "run.json records the command");
  }

  @Test
  void aProgramThatRecordsNothingGetsItsWallTimePerRank() throws Exception {
    StoredRun run = ResultStore.read(run("exec", 3, List.of("--", "sh", "-c", "sleep 0.3")));
    assertEquals(RunStatus.OK, run.state(), run.problem());
    assertEquals(3, run.records().size(), run.records().toString());
    for (RankRecord r : run.records()) {
      assertEquals("total", r.phase());
      assertTrue(r.seconds() >= 0.3 && r.seconds() < 30, r.toString());
    }
    assertTrue(run.metadata().wallSeconds() >= 0.3, run.metadata().toString());
  }

  @Test
  void aRankThatExitsThreeFailsTheRunByName() throws Exception {
    Cli.Result r = Cli.run("run", "--workload", "exec", "--ranks", "2", "--out", dir.resolve("store").toString(), "--",
        "sh", "-c", "echo on rank $SCALEBENCH_RANK; if [ \"$SCALEBENCH_RANK\" = 1 ]; then exit 3; fi; sleep 20");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(r.err().contains("run failed: rank 1 on ") && r.err().contains(" exited with status 3"), r.toString());
    StoredRun run = only(dir.resolve("store"));
    assertEquals(RunStatus.FAILED, run.state());
    assertTrue(run.problem().startsWith("rank 1 on "), run.problem());
    assertTrue(Files.readString(run.dir().resolve("stdout.log")).contains("on rank 1"), "the ranks' output is kept");
  }

  @Test
  void aMalformedRecordsLineIsNamedWithItsLineNumberAndNothingIsMerged() throws Exception {
    Cli.Result r = Cli.run("run", "--workload", "exec", "--ranks", "2", "--out", dir.resolve("store").toString(), "--",
        "sh", "-c", "echo '{\"phase\":\"work\",\"kind\":\"compute\",\"seconds\":0.5}' >> \"$SCALEBENCH_RECORDS\"; "
            + "if [ \"$SCALEBENCH_RANK\" = 1 ]; then echo '{\"phase\":\"work\",\"kind\":\"compute\",\"seconds\":\"soon\"}' "
            + ">> \"$SCALEBENCH_RECORDS\"; fi");
    assertEquals(1, r.exit(), r.toString());
    StoredRun run = only(dir.resolve("store"));
    assertEquals("the records of rank 1 are malformed: exec/rank-1.jsonl line 2: 'seconds' must be a finite number >= 0, "
        + "got \"soon\"", run.problem());
    assertTrue(Files.notExists(run.dir().resolve("ranks.jsonl")), "nothing half-merged");
  }

  /**
   * A study of two variants, the Java and the mpi4py matching, over one matrix with its data step:
   * run-study runs both, and the report (opened in headless Chromium) draws both on one chart and
   * gives their ratio per point.
   */
  @Test
  void aVariantsStudyComparesJavaAndMpi4pyInOneReport() throws Exception {
    Path spec = dir.resolve("variants.yaml");
    Files.writeString(spec, """
        schemaVersion: 2
        study: variants-it
        data:
          - [names, --count, "400", --out, names]
        variants:
          java:
            workload: matching
            params: {left: "${studyDir}/names/left.txt", right: "${studyDir}/names/right.txt"}
          mpi4py:
            workload: exec
            command: [%s, -u, %s, --left, names/left.txt, --right, names/right.txt]
        matrix: {nodes: 1, ntasksPerNode: [1, 2]}
        repetitions: 2
        timeLimit: 5m
        profile: local
        """.formatted(PYTHON, examples().resolve("matching.py")));
    Path store = dir.resolve("store");
    Cli.Result r = Cli.run("run-study", spec.toString(), "--local", "--out", store.toString());
    assertEquals(0, r.exit(), r.toString());
    List<StoredRun> runs = ResultStore.runsUnder(store.resolve("variants-it"));
    assertEquals(8, runs.size(), runs.toString());
    assertTrue(runs.stream().allMatch(StoredRun::isComplete), runs.toString());
    for (StoredRun mpi4py : runs.stream().filter(x -> "mpi4py".equals(x.metadata().launch().variant())).toList()) {
      StoredRun java = runs.stream().filter(x -> "java".equals(x.metadata().launch().variant())
          && x.metadata().launch().ranks() == mpi4py.metadata().launch().ranks()).findFirst().orElseThrow();
      assertEquals(Files.readString(java.dir().resolve("output/pairs.csv")),
          Files.readString(mpi4py.dir().resolve("output/pairs.csv")));
    }
    String dom = org.scalebench.analysis.testing.HeadlessChromium.inFolder(dir).dom(
        store.resolve("variants-it").resolve("report.html"));
    assertTrue(dom.contains("<h2>Variants side by side</h2>"), "no side-by-side section");
    assertTrue(dom.matches("(?s).*<figure id=\"variants-time\" data-legend=\"java; mpi4py\">.*"),
        "the time chart has both variants");
    assertTrue(dom.matches("(?s).*<td>(mpi4py / java|java / mpi4py) at 2 ranks: [0-9.]+x.*"), "the ratio at 2 ranks");
  }

  private Path run(String workload, int ranks, List<String> more) throws IOException, InterruptedException {
    Path store = dir.resolve(workload + "-" + ranks);
    List<String> args = new ArrayList<>(List.of("run", "--workload", workload, "--ranks", Integer.toString(ranks),
        "--out", store.toString()));
    args.addAll(more);
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertEquals(0, r.exit(), r.toString());
    return only(store).dir();
  }

  static StoredRun only(Path store) throws IOException {
    try (Stream<Path> runs = Files.find(store, 4, (p, a) -> p.getFileName().toString().equals("run.json"))) {
      List<Path> found = runs.toList();
      assertEquals(1, found.size(), found.toString());
      return ResultStore.read(found.get(0).getParent());
    }
  }
}
