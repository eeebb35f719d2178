package org.scalebench.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scalebench.results.AtomicFiles;
import org.scalebench.results.BadInputException;
import org.scalebench.results.IoProblems;
import org.scalebench.results.RankRecord;
import org.scalebench.results.ResultStore;
import org.scalebench.results.RunLayout;
import org.scalebench.results.RunStatus;
import org.scalebench.results.StoredRun;

/** Real {@code mpirun} jobs started by {@link LocalLauncher}, with the ranks' class path injected. */
class LocalLauncherIT {
  /** Ping-pong round trips that keep two ranks busy for minutes: a run to stop, time out or kill. */
  static final Map<String, String> LONG_PINGPONG = Map.of("jvm-warmup", "100000000", "max-bytes", "1024");

  @TempDir Path store;

  private RunPlan plan(String workload, Map<String, String> params, int ranks) throws IOException {
    return RunPlan.of(store, "it", workload, params, 1, ranks, 1, "mpirun", "test",
        LocalLauncher.oversubscribes(ranks, 1), true);
  }

  @ParameterizedTest(name = "{0} ranks")
  @ValueSource(ints = {1, 2, 4})
  void sumRunsOnEveryRankAndRecordsIt(int ranks) throws Exception {
    RunPlan plan = plan("sum", Map.of("n", "1000"), ranks);
    StoredRun run = new LocalLauncher(RankClassPath.options()).launch(plan.spec(), plan.runDir());
    assertEquals(RunStatus.OK, run.state(), run.problem());
    assertEquals(RunStatus.OK, ResultStore.read(plan.runDir()).state(), "as a reader sees it");
    assertEquals(ranks, run.metadata().launch().ranks());
    assertEquals(ranks > Runtime.getRuntime().availableProcessors(), run.metadata().launch().oversubscribed(),
        "oversubscribed exactly when the ranks outnumber this machine's cores");
    Set<Integer> expected = Stream.iterate(0, r -> r + 1).limit(ranks).collect(Collectors.toSet());
    assertEquals(expected, run.records().stream().map(RankRecord::rank).collect(Collectors.toSet()));
    assertEquals("schema_version,n,ranks,sum\n1,1000," + ranks + ",499500\n",
        Files.readString(run.outputDir().resolve("sum.csv")));
    List<String> command = Files.readAllLines(plan.runDir().resolve(LocalLauncher.COMMAND_FILE));
    int classPath = command.indexOf("--class-path");
    assertEquals(RankClassPath.get(), command.get(classPath + 1), "the class path given is the one the ranks use");
  }

  /** A timed-out run is stopped, recorded as failed with a sentence, and keeps no temporary file. */
  @Test
  void aRunOverItsTimeLimitIsStoppedAndRecordedAsFailed() throws Exception {
    RunPlan plan = plan("pingpong", LONG_PINGPONG, 2);
    // what a rank killed while writing its part leaves behind
    Path killedWriter = plan.runDir().resolve(RunLayout.PARTS).resolve(".rank-00001.jsonl.5f3a9c2e1b7d4a60.tmp");
    Files.createDirectories(killedWriter.getParent());
    Files.createFile(killedWriter);
    LocalLauncher launcher = new LocalLauncher(RankClassPath.options().withTimeout(Duration.ofSeconds(3)));
    StoredRun run = launcher.launch(plan.spec(), plan.runDir());
    assertEquals(RunStatus.FAILED, run.state());
    assertEquals("the run did not finish within its time limit of 3 s and was stopped", run.problem());
    assertEquals(run.problem(), ResultStore.read(plan.runDir()).problem());
    assertEquals(List.of(), temporaryFiles(plan.runDir()));
    assertTrue(RankProcesses.under(ProcessHandle.current()).isEmpty(), "no rank is left running");
  }

  /** mpirun's exit code 137 names neither the rank nor the signal; its stderr does. */
  @Test
  void aKilledRankIsNamedWithItsSignal() throws Exception {
    RunPlan plan = plan("pingpong", LONG_PINGPONG, 2);
    LocalLauncher launcher = new LocalLauncher(RankClassPath.options().withTimeout(Duration.ofMinutes(3)));
    CompletableFuture<StoredRun> running = CompletableFuture.supplyAsync(() -> {
      try {
        return launcher.launch(plan.spec(), plan.runDir());
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    ProcessHandle rank1 = RankProcesses.await(ProcessHandle.current(), 1, Duration.ofMinutes(2));
    Thread.sleep(2_000); // into the round trips, past MPI_Init
    assertTrue(rank1.destroyForcibly(), "SIGKILL sent to rank 1");
    StoredRun run = running.get(2, TimeUnit.MINUTES);
    assertEquals(RunStatus.FAILED, run.state());
    assertTrue(run.problem().matches("rank 1 on \\S+ was ended by signal 9 \\(Killed\\) before the ranks finished"),
        run.problem());
    assertEquals(List.of(), temporaryFiles(plan.runDir()));
  }

  @Test
  void aJobTooBigForThisMachineIsRefusedBeforeAnythingIsWritten() throws Exception {
    LocalLauncher.LocalOptions options = RankClassPath.options();
    LocalCapacity here = options.capacity();
    int tooMany = here.cores() * here.cpusPerCore() + 1;
    RunPlan many = plan("hello", Map.of(), tooMany);
    BadInputException e = assertThrows(BadInputException.class,
        () -> new LocalLauncher(options).launch(many.spec(), many.runDir()));
    assertTrue(e.getMessage().startsWith(tooMany + " ranks with 1 cpu each need " + tooMany + " cpus, more than the "
        + (tooMany - 1)), e.getMessage());
    assertFalse(Files.exists(many.runDir()));

    int halfTheMemory = (int) (here.memoryMegabytes() / 2);
    RunPlan heavy = plan("hello", Map.of(), 2);
    e = assertThrows(BadInputException.class, () -> new LocalLauncher(options.withRankHeapMegabytes(halfTheMemory))
        .launch(heavy.spec(), heavy.runDir()));
    assertTrue(e.getMessage().startsWith("2 ranks x (" + halfTheMemory + " MiB of heap + 64 MiB per JVM)"),
        e.getMessage());
    assertFalse(Files.exists(heavy.runDir()));
  }

  @Test
  void aRankHeapBelowTheMinimumIsRefused() {
    BadInputException e = assertThrows(BadInputException.class,
        () -> RankClassPath.options().withRankHeapMegabytes(1));
    assertTrue(e.getMessage().startsWith("--rank-heap-mb 1 is too small"), e.getMessage());
  }

  /** The smallest heap allowed is enough for a rank's JVM, its runtime and a small workload. */
  @Test
  void theSmallestRankHeapRuns() throws Exception {
    RunPlan plan = plan("sum", Map.of("n", "1000"), 2);
    StoredRun run = new LocalLauncher(RankClassPath.options().withRankHeapMegabytes(RankJvm.MIN_HEAP_MEGABYTES))
        .launch(plan.spec(), plan.runDir());
    assertEquals(RunStatus.OK, run.state(), run.problem());
    assertTrue(Files.readAllLines(plan.runDir().resolve(LocalLauncher.COMMAND_FILE))
        .contains("-Xmx" + RankJvm.MIN_HEAP_MEGABYTES + "m"));
  }

  /** A run folder that cannot take launch.json starts no rank and keeps nothing of the attempt. */
  @Test
  void aRunFolderThatCannotBePreparedStartsNothing() throws Exception {
    RunPlan plan = plan("hello", Map.of(), 1);
    Files.createDirectories(plan.runDir().resolve("launch.json").resolve("in-the-way"));
    IoProblems.Described e = assertThrows(IoProblems.Described.class,
        () -> new LocalLauncher(RankClassPath.options()).launch(plan.spec(), plan.runDir()));
    assertTrue(e.getMessage().startsWith("cannot prepare the run in " + plan.runDir() + ": "), e.getMessage());
    assertTrue(e.getMessage().endsWith("; nothing was started"), e.getMessage());
    assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    assertFalse(Files.exists(plan.runDir().resolve(LocalLauncher.COMMAND_FILE)));
    assertEquals(List.of(), temporaryFiles(plan.runDir()));
  }

  static List<Path> temporaryFiles(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(AtomicFiles::isTemporary).toList();
    }
  }
}
