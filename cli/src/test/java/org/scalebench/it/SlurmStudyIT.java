package org.scalebench.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.results.ResultStore;
import org.scalebench.results.RunFiles;
import org.scalebench.results.RunStatus;
import org.scalebench.results.StoredRun;
import org.scalebench.it.CliProcess;
import org.scalebench.slurm.JobManifest;
import org.scalebench.slurm.SlurmLayout;

/**
 * A real Slurm: scripts/slurm-up.sh starts slurmctld, two slurmd emulating nodes n1 and n2 (4 cpus
 * each) and munge on private ports and folders; a study of {@code matching} (1725 x 1725 generated
 * names, 2 repetitions) over nodes {1,2} x tasks {1,2} x cpus {1,2} is submitted with {@code srun
 * --mpi=pmix} as one job array per shape, runs to completion with the same pairs in every run, is
 * collected and analyzed; a failed run is re-queued alone on a second submit; then the same spec
 * file runs locally with mpirun ({@code run-study --local}) and finds the same pairs. The daemons are
 * stopped by the PIDs in their pid files. The example workload of {@code examples/jacobi} runs
 * one point through a job array with its jar given by {@code --workload-jar}. Skipped, with the reason, where Slurm cannot be installed (not root, no apt-get).
 */
class SlurmStudyIT {
  static final Path BASE = Path.of(System.getProperty("java.io.tmpdir"), "scalebench-slurm-it");
  static final Map<String, String> CLUSTER = Map.of(
      "SCALEBENCH_SLURM_BASE", BASE.toString(),
      "SCALEBENCH_SLURM_NODES", "2",
      "SCALEBENCH_SLURM_CPUS_PER_NODE", "4",
      "SCALEBENCH_SLURM_CTLD_PORT", "6937",
      "SCALEBENCH_SLURM_NODE_PORT0", "17241");
  static Map<String, String> env;
  static boolean started;

  @TempDir Path dir;

  @BeforeAll
  static void startCluster() throws Exception {
    Path up = CliProcess.repositoryRoot().resolve("scripts/slurm-up.sh");
    Path log = Files.createTempFile("slurm-up", ".log");
    ProcessBuilder pb = new ProcessBuilder("bash", up.toString()).redirectError(log.toFile());
    pb.environment().putAll(CLUSTER);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(15, TimeUnit.MINUTES), "slurm-up.sh did not finish");
    started = true; // whatever it started, slurm-down.sh stops by pid file
    if (p.exitValue() == 3) {
      String reason = "SKIPPED: no Slurm test cluster on this machine: " + Files.readString(log).strip();
      System.err.println(reason);
      Assumptions.abort(reason);
    }
    assertEquals(0, p.exitValue(), "slurm-up.sh failed:\n" + Files.readString(log));
    String conf = out.lines().filter(l -> l.startsWith("export SLURM_CONF=")).findFirst()
        .orElseThrow(() -> new AssertionError("slurm-up.sh printed no SLURM_CONF: " + out))
        .substring("export SLURM_CONF=".length());
    env = Map.of("SLURM_CONF", conf);
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (!started) {
      return;
    }
    ProcessBuilder pb = new ProcessBuilder("bash", CliProcess.repositoryRoot().resolve("scripts/slurm-down.sh")
        .toString()).inheritIO();
    pb.environment().putAll(CLUSTER);
    assertTrue(pb.start().waitFor(2, TimeUnit.MINUTES));
  }

  @Test
  void aStudyRunsOnSlurmIsCollectedAndResumes() throws Exception {
    Path spec = dir.resolve("match-slurm.yaml");
    Files.writeString(spec, """
        schemaVersion: 1
        study: match-slurm
        workload: matching
        params: {generate: 1725, threshold: 0.8, strategy: tiles}
        repetitions: 2
        matrix:
          nodes: [1, 2]
          ntasksPerNode: [1, 2]
          cpusPerTask: [1, 2]
        timeLimit: 5m
        """ + testCluster(256));
    Path store = dir.resolve("store");
    String[] where = {spec.toString(), "--out", store.toString()};

    CliProcess.Result dry = cli("dry", "generate", spec.toString(), "--out", store.toString(), "--dry-run");
    assertEquals(0, dry.exit(), dry.toString());
    assertEquals(9, dry.out().lines().filter(l -> l.startsWith("# ---- ")).count(), dry.out());

    CliProcess.Result submit = cli("submit", join("submit", where));
    assertEquals(0, submit.exit(), submit.toString());
    assertTrue(submit.out().contains("submitted 16 run(s) in 8 job array(s) of study match-slurm"), submit.toString());
    waitForEmptyQueue();

    CliProcess.Result status = cli("status", join("status", where));
    assertEquals(0, status.exit(), status.toString());
    assertTrue(status.out().contains("16 run(s): 16 complete"), status.toString());
    Path slurmDir = store.resolve("match-slurm").resolve("slurm");
    String collectLog = collectLog(slurmDir);
    assertTrue(collectLog.contains("16 run(s): 16 complete"), collectLog);
    assertTrue(Files.exists(store.resolve("match-slurm").resolve("report.html")), "the collect job analyzed");

    // one array task per run: the manifest holds <array-id>_<task>, the task's log is named by it
    JobManifest manifest = JobManifest.read(store, "match-slurm");
    assertEquals(16, manifest.jobs().size());
    for (JobManifest.Job job : manifest.jobs()) {
      // an array per shape, its two tasks the point's two repetitions
      assertEquals(job.repetition() - 1, Integer.parseInt(job.jobId().substring(job.jobId().indexOf('_') + 1)),
          job.jobId());
      assertTrue(Files.exists(SlurmLayout.taskLog(store, "match-slurm", job.jobId())), job.jobId());
    }

    List<StoredRun> runs = new ResultStore(store).study("match-slurm");
    assertEquals(16, runs.size());
    byte[] pairs = Files.readAllBytes(runs.get(0).dir().resolve("output/pairs.csv"));
    assertTrue(new String(pairs, StandardCharsets.UTF_8).startsWith("left_index,right_index,ratio,left,right\n"));
    for (StoredRun r : runs) {
      // the same pairs whatever the shape: 1-4 ranks, 1-2 nodes, 1-2 threads per rank
      assertTrue(java.util.Arrays.equals(pairs, Files.readAllBytes(r.dir().resolve("output/pairs.csv"))), r.dir().toString());
      assertEquals(RunStatus.OK, r.state(), r.problem());
      assertEquals("srun", r.metadata().launch().launcher());
      assertNotNull(r.metadata().slurmJobId());
      List<String> hosts = r.metadata().hosts();
      if (r.metadata().launch().nodes() == 2) {
        assertEquals(List.of("n1", "n2"), hosts, r.dir().toString());
      } else {
        assertTrue(hosts.equals(List.of("n1")) || hosts.equals(List.of("n2")), r.dir() + ": " + hosts);
      }
    }

    // resume: nothing to do; then a run marked failed is set aside and re-queued alone
    CliProcess.Result again = cli("again", join("submit", where));
    assertTrue(again.out().contains("submitted 0 run(s) in 0 job array(s) of study match-slurm (16 run(s) already "
        + "complete"), again.toString());
    StoredRun victim = runs.get(5);
    RunFiles.writeRunJson(victim.dir(), victim.metadata().failed("marked failed by the test"));
    CliProcess.Result requeue = cli("requeue", join("submit", where));
    assertTrue(requeue.out().contains("submitted 1 run(s) in 1 job array(s) of study match-slurm (15 run(s) "
        + "already complete"),
        requeue.toString());
    waitForEmptyQueue();
    CliProcess.Result collect = cli("collect", join("collect", where));
    assertEquals(0, collect.exit(), collect.toString());
    assertTrue(collect.out().contains("16 run(s): 16 complete"), collect.toString());
    assertTrue(Files.exists(victim.dir().resolveSibling(victim.dir().getFileName() + ".attempt-1").resolve("run.json")),
        "the failed attempt was kept aside");
    assertEquals(RunStatus.OK, ResultStore.read(victim.dir()).state());

    // the same spec file runs on this machine with mpirun, and finds the same pairs
    Path localStore = dir.resolve("local-store");
    CliProcess.Result local = cli("local", "run-study", spec.toString(), "--local", "--out", localStore.toString(),
        "--no-analyze", "--no-progress");
    assertEquals(0, local.exit(), local.toString());
    List<StoredRun> localRuns = new ResultStore(localStore).study("match-slurm");
    assertEquals(16, localRuns.size());
    for (StoredRun r : localRuns) {
      assertEquals(RunStatus.OK, r.state(), r.problem());
      assertEquals("mpirun", r.metadata().launch().launcher());
      assertTrue(java.util.Arrays.equals(pairs, Files.readAllBytes(r.dir().resolve("output/pairs.csv"))),
          r.dir().toString());
    }
  }

  /**
   * A user's workload on the cluster: the example's jar, given with {@code --workload-jar} to submit,
   * reaches the ranks' class path through the generated job array (and the collect job, which expands
   * the study again); the run's checksum is the one a local run of the same point computes.
   */
  @Test
  void aWorkloadJarReachesTheRanksOfAJobArray() throws Exception {
    Path jar = ExampleWorkload.jar();
    Path spec = dir.resolve("jacobi-slurm.yaml");
    Files.writeString(spec, """
        schemaVersion: 1
        study: jacobi-slurm
        workload: jacobi
        params: {n: 64, iterations: 30, check-every: 5}
        matrix: {nodes: 2, ntasksPerNode: 1}
        timeLimit: 5m
        """ + testCluster(128));
    Path store = dir.resolve("store");
    String[] where = {spec.toString(), "--out", store.toString(), "--workload-jar", jar.toString()};
    CliProcess.Result submit = cli("jacobi-submit", join("submit", where));
    assertEquals(0, submit.exit(), submit.toString());
    assertTrue(submit.out().contains("submitted 1 run(s) in 1 job array(s) of study jacobi-slurm"), submit.toString());
    waitForEmptyQueue();
    Path slurmDir = store.resolve("jacobi-slurm").resolve("slurm");
    String collectLog = collectLog(slurmDir);
    assertTrue(collectLog.contains("1 run(s): 1 complete"), collectLog);
    try (Stream<Path> scripts = Files.list(slurmDir)) {
      Path script = scripts.filter(p -> p.toString().endsWith(".sbatch") && !p.toString().contains("collect"))
          .findFirst().orElseThrow();
      assertTrue(Files.readString(script).contains("class_path=\"$jar\":'" + jar + "'"), Files.readString(script));
    }
    StoredRun run = new ResultStore(store).study("jacobi-slurm").get(0);
    assertEquals(RunStatus.OK, run.state(), run.problem());
    assertEquals("srun", run.metadata().launch().launcher());
    assertEquals(List.of("n1", "n2"), run.metadata().hosts());
    assertTrue(run.records().stream().anyMatch(r -> r.phase().equals("halo") && r.bytes() > 0), run.records().toString());

    Path localStore = dir.resolve("jacobi-local");
    CliProcess.Result local = cli("jacobi-local", "run", "--workload-jar", jar.toString(), "--workload", "jacobi",
        "--ranks", "1", "--param", "n=64", "--param", "iterations=30", "--param", "check-every=5", "--out",
        localStore.toString());
    assertEquals(0, local.exit(), local.toString());
    StoredRun one = new ResultStore(localStore).study("adhoc").get(0);
    String checksum = Files.readAllLines(run.dir().resolve("output/jacobi.csv")).get(1).replaceFirst(".*,", "");
    assertEquals(Files.readAllLines(one.dir().resolve("output/jacobi.csv")).get(1).replaceFirst(".*,", ""), checksum,
        "2 ranks on 2 nodes and 1 rank here compute the same grid");
  }

  /** A profile on the FFM transport: the job's ranks run a JDK 22+ through srun and record ffm. */
  @Test
  void aJobArrayRunsOnTheFfmTransport() throws Exception {
    Optional<Path> jdk = org.scalebench.launch.FfmJdk.findJava();
    Assumptions.assumeTrue(jdk.isPresent(), "no JDK 22 or newer here");
    Path spec = dir.resolve("ffm-slurm.yaml");
    Files.writeString(spec, """
        schemaVersion: 1
        study: ffm-slurm
        workload: sum
        params: {n: 100000}
        matrix: {nodes: 2, ntasksPerNode: 1}
        timeLimit: 5m
        """ + testCluster(128, "transport: ffm", "java: " + jdk.get()));
    Path store = dir.resolve("store-ffm");
    CliProcess.Result submit = cli("ffm-submit", "submit", spec.toString(), "--out", store.toString());
    assertEquals(0, submit.exit(), submit.toString());
    waitForEmptyQueue();
    StoredRun run = new ResultStore(store).study("ffm-slurm").get(0);
    assertEquals(RunStatus.OK, run.state(), run.problem());
    assertEquals("ffm", run.metadata().launch().transport());
    assertTrue(run.metadata().mpiVersion().startsWith("Open MPI"), run.metadata().mpiVersion());
    assertEquals(List.of("n1", "n2"), run.metadata().hosts());
    assertEquals("4999950000", Files.readAllLines(run.dir().resolve("output/sum.csv")).get(1).replaceFirst(".*,", ""));
  }

  /**
   * An exec run through a job array: the mpi4py matching as the ranks on 2 nodes, its data made by
   * the spec's data step at submit time; the pairs are the Java workload's, and its Python phases
   * are merged per rank by the job's finish-run.
   */
  @Test
  void anExecProgramRunsAsTheRanksOfAJobArray() throws Exception {
    Path python = Path.of("/usr/bin/python3");
    Assumptions.assumeTrue(Files.isExecutable(python), "no /usr/bin/python3");
    Path matching = Path.of(System.getProperty("scalebench.root"), "examples", "mpi4py", "matching.py")
        .toAbsolutePath().normalize();
    Path spec = dir.resolve("exec-slurm.yaml");
    Files.writeString(spec, """
        schemaVersion: 2
        study: exec-slurm
        data:
          - [names, --count, "400", --out, names]
        workload: exec
        command: [%s, -u, %s, --left, names/left.txt, --right, names/right.txt]
        matrix: {nodes: 2, ntasksPerNode: 1}
        timeLimit: 5m
        """.formatted(python, matching) + testCluster(128));
    Path store = dir.resolve("store-exec");
    CliProcess.Result submit = cli("exec-submit", "submit", spec.toString(), "--out", store.toString());
    assertEquals(0, submit.exit(), submit.toString());
    waitForEmptyQueue();
    StoredRun run = new ResultStore(store).study("exec-slurm").get(0);
    assertEquals(RunStatus.OK, run.state(), run.problem());
    assertEquals("srun", run.metadata().launch().launcher());
    assertEquals(List.of("n1", "n2"), run.metadata().hosts());
    assertTrue(run.records().stream().anyMatch(r -> r.rank() == 1 && r.phase().equals("match")), run.records().toString());

    Path localStore = dir.resolve("exec-java");
    CliProcess.Result local = cli("exec-java", "run", "--workload", "matching", "--ranks", "1", "--param",
        "generate=400", "--out", localStore.toString());
    assertEquals(0, local.exit(), local.toString());
    StoredRun java = new ResultStore(localStore).study("adhoc").get(0);
    assertEquals(Files.readString(java.dir().resolve("output/pairs.csv")), Files.readString(run.dir().resolve("output/pairs.csv")),
        "mpi4py on 2 nodes of Slurm finds the Java workload's pairs");
  }

  /** The profile of the test cluster (2 nodes of 4 cores, srun with PMIx), with further keys. */
  private static String testCluster(int rankHeapMb, String... more) {
    StringBuilder p = new StringBuilder("profile:\n  name: testcluster\n  partition: debug\n  coresPerNode: 4\n"
        + "  maxNodes: 2\n  launch: srun --mpi=pmix\n  rankHeapMb: " + rankHeapMb + "\n");
    for (String line : more) {
      p.append("  ").append(line).append('\n');
    }
    return p.toString();
  }

  private CliProcess.Result cli(String name, String... args) throws IOException, InterruptedException {
    return CliProcess.run(dir.resolve("log-" + name), env, 300, args);
  }

  private static String[] join(String verb, String[] rest) {
    String[] all = new String[rest.length + 1];
    all[0] = verb;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  /** Polls squeue (faster than sbatch --wait) until the cluster has no job left. */
  private static void waitForEmptyQueue() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    while (System.nanoTime() < deadline) {
      ProcessBuilder pb = new ProcessBuilder("squeue", "-h").redirectErrorStream(true);
      pb.environment().putAll(env);
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      assertEquals(0, p.exitValue(), "squeue: " + out);
      if (out.isBlank()) {
        return;
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("the study's jobs did not finish within 10 minutes");
  }

  private static String collectLog(Path slurmDir) throws IOException {
    try (Stream<Path> list = Files.list(slurmDir)) {
      Path log = list.filter(p -> p.getFileName().toString().startsWith("collect-")).findFirst()
          .orElseThrow(() -> new AssertionError("no collect job log in " + slurmDir));
      return Files.readString(log);
    }
  }
}
