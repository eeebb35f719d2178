package org.scalebench.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.results.PhaseKind;
import org.scalebench.results.RankRecord;
import org.scalebench.results.ResultStore;
import org.scalebench.results.RunStatus;
import org.scalebench.results.StoredRun;

/** The seed's first programs under real {@code mpirun}, through the command line, checked in the store. */
class FoundationIT {
  @TempDir Path store;

  private StoredRun onlyRun(String study) throws Exception {
    List<StoredRun> runs = new ResultStore(store).study(study);
    assertEquals(1, runs.size(), "runs in " + study + ": " + runs);
    return runs.get(0);
  }

  private static Map<Integer, RankRecord> phase(StoredRun run, String phase) {
    Map<Integer, RankRecord> byRank = new HashMap<>();
    run.records().stream().filter(r -> r.phase().equals(phase)).forEach(r -> byRank.put(r.rank(), r));
    return byRank;
  }

  @Test
  void sumOnFourRanksPrintsTheSeedsAnswerAndCountsBytes() throws Exception {
    Cli.Result r = Cli.run("run", "--workload", "sum", "--ranks", "4", "--param", "n=1000000",
        "--out", store.toString());
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().contains("Total sum is: 499999500000"), r.toString());
    StoredRun run = onlyRun("adhoc");
    assertEquals(RunStatus.OK, run.state(), run.problem());
    assertEquals(4, run.metadata().launch().ranks());
    assertEquals(4 > Runtime.getRuntime().availableProcessors(), run.metadata().launch().oversubscribed(),
        "4 ranks are oversubscribed exactly on a machine with fewer cores");
    assertTrue(run.metadata().mpiVersion().startsWith("Open MPI"), run.metadata().mpiVersion());
    assertEquals(Set.of(0, 1, 2, 3), run.records().stream().map(RankRecord::rank).collect(Collectors.toSet()));
    Map<Integer, RankRecord> scatter = phase(run, "scatter");
    // linear-algorithm payload: the root sends the 3 other chunks, each rank receives its 250,000 longs
    assertEquals(3 * 250_000 * 8L, scatter.get(0).bytes());
    for (int rank = 1; rank < 4; rank++) {
      assertEquals(250_000 * 8L, scatter.get(rank).bytes());
      assertEquals(PhaseKind.COMM, scatter.get(rank).kind());
      assertTrue(scatter.get(rank).seconds() > 0, "comm seconds of rank " + rank);
      assertEquals(8L, phase(run, "reduce").get(rank).bytes());
    }
    assertEquals(3 * 8L, phase(run, "reduce").get(0).bytes());
    assertEquals(4, phase(run, "local-sum").size(), "every rank computed");
    assertEquals("schema_version,n,ranks,sum\n1,1000000,4,499999500000\n", Files.readString(run.outputDir().resolve("sum.csv")));
  }

  @Test
  void helloAndPointToPointOnTwoRanks() throws Exception {
    Cli.Result hello = Cli.run("run", "--workload", "hello", "--ranks", "2", "--study", "hello",
        "--out", store.toString());
    assertEquals(0, hello.exit(), hello.toString());
    assertTrue(hello.out().contains("Hello from rank 0 out of 2 on "), hello.toString());
    assertTrue(hello.out().contains("Hello from rank 1 out of 2 on "), hello.toString());
    assertEquals(RunStatus.OK, onlyRun("hello").state());

    Cli.Result p2p = Cli.run("run", "--workload", "p2p", "--ranks", "2", "--study", "p2p",
        "--out", store.toString());
    assertEquals(0, p2p.exit(), p2p.toString());
    assertTrue(p2p.out().contains("Rank 0 received result: 86 from rank 1"), p2p.toString());
    StoredRun run = onlyRun("p2p");
    assertEquals(RunStatus.OK, run.state(), run.problem());
    assertEquals(new TreeSet<>(List.of("recv", "send", "double")),
        run.records().stream().filter(x -> x.rank() == 1).map(RankRecord::phase).collect(Collectors.toCollection(TreeSet::new)));
    assertEquals(phase(run, "send").get(0).bytes(), phase(run, "recv").get(1).bytes(),
        "what rank 0 sends is what rank 1 receives");
    assertTrue(phase(run, "send").get(0).bytes() > 0);
  }

  /**
   * mpirun rewrites a java command line: the argument after the first one containing "cp" gets its
   * working directory prepended. A store under a folder named cpu-... put "cp" into the ranks'
   * -XX:ErrorFile option, and the rewritten -cp made java look for a main class "/...:-cp".
   */
  @Test
  void aStorePathWithCpInItRuns() throws Exception {
    Path cpuStore = store.resolve("cpu-study");
    Cli.Result r = Cli.run("run", "--workload", "hello", "--ranks", "2", "--out", cpuStore.toString());
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().contains("Hello from rank 1 out of 2"), r.toString());
  }

  /** The class-data archive of the rank JVMs is made for this jar: -Xshare:on refuses an unusable one. */
  @Test
  void prepareCdsWritesAnArchiveTheRankJvmsCanMap() throws Exception {
    Cli.Result r = Cli.run("prepare-cds");
    assertEquals(0, r.exit(), r.toString());
    Path archive = Cli.jar().toAbsolutePath().normalize().resolveSibling("cds").resolve("rank.jsa");
    assertTrue(Files.isRegularFile(archive), r.toString());
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-cp", Cli.jar().toString(), "-version")
        .redirectErrorStream(true).start();
    String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), text);
    // a run picks it up: the ranks get -XX:SharedArchiveFile (and still run)
    Path cdsStore = store.resolve("cds");
    Cli.Result hello = Cli.run("run", "--workload", "hello", "--ranks", "2", "--out", cdsStore.toString());
    assertEquals(0, hello.exit(), hello.toString());
    StoredRun run = new ResultStore(cdsStore).study("adhoc").get(0);
    List<String> command = Files.readAllLines(run.dir().resolve("command.txt"));
    assertTrue(command.contains("-XX:SharedArchiveFile=" + archive), command.toString());
    // the class path that counts is the jar alone, whatever mpirun does to the first -cp
    assertEquals(List.of("--class-path", Cli.jar().toAbsolutePath().normalize().toString(), "org.scalebench.runtime.RankMain"),
        command.subList(command.size() - 4, command.size() - 1));
  }

  @Test
  void aRankThatFailsGivesOneSentenceExitOneAndARunMarkedFailed() throws Exception {
    // 64 MiB of heap per rank cannot hold 50 million longs twice: the ranks refuse it themselves
    Cli.Result r = Cli.run("run", "--workload", "sum", "--ranks", "2", "--param", "n=50000000",
        "--rank-heap-mb", "64", "--out", store.toString());
    assertEquals(1, r.exit(), r.toString());
    // every rank checks; whichever aborts first names itself
    assertTrue(r.err().matches("(?s).*scalebench: run failed: rank [01]: n=50000000 needs about 762 MiB of heap at rank 0.*"),
        r.toString());
    assertFalse(r.err().contains("at org.scalebench"), "no stack trace on the terminal: " + r.err());
    StoredRun run = onlyRun("adhoc");
    assertEquals(RunStatus.FAILED, run.state());
    assertTrue(run.problem().matches("rank [01]: n=50000000 needs about .*"), run.problem());
    assertTrue(Files.exists(run.dir().resolve("run.json")));
  }

  @Test
  void missingMpirunIsOneSentence() throws Exception {
    Cli.Result r = Cli.run(Map.of("PATH", "/nonexistent"), "run", "--workload", "hello", "--out", store.toString());
    assertEquals(2, r.exit(), r.toString());
    assertEquals("scalebench: mpirun is not on the PATH; install Open MPI (scripts/setup-mpi.sh does it) "
        + "or load your MPI module\n", r.err());
  }
}
