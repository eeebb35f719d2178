package org.scalebench.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.launch.LocalLauncher;
import org.scalebench.launch.RankProcesses;
import org.scalebench.results.AtomicFiles;
import org.scalebench.results.ResultStore;
import org.scalebench.results.RunStatus;
import org.scalebench.results.StoredRun;

/**
 * Ctrl-C and SIGTERM on {@code run} and {@code run-study} while the ranks run: the exit code is the
 * signal's, and run.json and the terminal both say the run was interrupted, every time (the
 * launcher and the shutdown hook used to race: "the launch exited with code 1" in 3 of 8 run.json
 * files and on the terminal in 7 of 8). Each case runs a few times so that a race shows.
 */
class InterruptIT {
  static final int TRIES = 3;
  static final List<String> LONG_RUN = List.of("run", "--workload", "pingpong", "--ranks", "2",
      "--param", "jvm-warmup=100000000", "--param", "max-bytes=1024");

  @TempDir Path dir;

  @Test
  void sigtermOnRunIsRecordedAndReportedAsAnInterrupt() throws Exception {
    for (int i = 0; i < TRIES; i++) {
      Path store = dir.resolve("term-" + i);
      Process cli = start(store, LONG_RUN, false);
      awaitRanks(cli);
      cli.destroy(); // SIGTERM to the command line's JVM only
      assertInterrupted(cli, store, 143);
    }
  }

  /** Ctrl-C in a terminal sends SIGINT to the whole foreground process group: the JVM, mpirun and the ranks. */
  @Test
  void ctrlCOnRunIsRecordedAndReportedAsAnInterrupt() throws Exception {
    for (int i = 0; i < TRIES; i++) {
      Path store = dir.resolve("int-" + i);
      Process cli = start(store, LONG_RUN, true);
      Assumptions.assumeFalse(RankProcesses.ignoresSigint(cli.toHandle()),
          "this test's JVM was started with SIGINT ignored (a background job), and so is the command line");
      awaitRanks(cli);
      assertEquals(0, new ProcessBuilder("kill", "-INT", "--", "-" + cli.pid()).start().waitFor());
      assertInterrupted(cli, store, 130);
    }
  }

  @Test
  void sigtermDuringAStudyLeavesNoTemporaryFile() throws Exception {
    Path spec = dir.resolve("study.yaml");
    Files.writeString(spec, """
        schemaVersion: 1
        study: stopped
        workload: pingpong
        params: {jvm-warmup: 100000000, max-bytes: 1024}
        matrix: {nodes: 1, ntasksPerNode: 2}
        repetitions: 2
        timeLimit: 5m
        profile: {coresPerNode: 2, maxNodes: 1, launch: mpirun, oversubscribe: true}
        """);
    Path store = dir.resolve("study-store");
    Process cli = start(store, List.of("run-study", spec.toString(), "--local", "--no-analyze", "--no-progress"),
        false);
    awaitRanks(cli);
    cli.destroy();
    assertTrue(cli.waitFor(60, TimeUnit.SECONDS), "run-study did not stop after SIGTERM");
    String err = Files.readString(store.resolve("cli-stderr.txt"));
    assertEquals(143, cli.exitValue(), err);
    assertTrue(err.contains("scalebench: run failed: " + LocalLauncher.INTERRUPTED), err);
    assertTrue(err.contains("interrupted after 0 of 2 run(s)"), err);
    List<StoredRun> runs = ResultStore.runsUnder(store.resolve("stopped"));
    assertEquals(1, runs.size(), runs.toString());
    assertEquals(LocalLauncher.INTERRUPTED, runs.get(0).problem());
    assertEquals(List.of(), temporaryFiles(store));
  }

  /** Starts {@code java -jar scalebench.jar args --out store}, in a process group of its own when asked. */
  private static Process start(Path store, List<String> args, boolean ownGroup) throws IOException {
    Files.createDirectories(store);
    List<String> cmd = new ArrayList<>();
    if (ownGroup) {
      cmd.add("setsid"); // not a group leader here, so setsid execs in place: same pid, a group of its own
    }
    cmd.addAll(List.of(CliProcess.javaExecutable(), "-jar", CliProcess.jar().toString()));
    cmd.addAll(args);
    cmd.addAll(List.of("--out", store.toString()));
    return new ProcessBuilder(cmd)
        .redirectOutput(store.resolve("cli-stdout.txt").toFile())
        .redirectError(store.resolve("cli-stderr.txt").toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .start();
  }

  /** Waits until both ranks run and are past their start (MPI_Init), so that the signal meets a running job. */
  private static void awaitRanks(Process cli) throws InterruptedException {
    RankProcesses.await(cli.toHandle(), 0, Duration.ofMinutes(2));
    RankProcesses.await(cli.toHandle(), 1, Duration.ofMinutes(2));
    Thread.sleep(1_500);
    assertTrue(cli.isAlive(), "the run ended before it could be interrupted");
  }

  private static void assertInterrupted(Process cli, Path store, int exitCode) throws Exception {
    assertTrue(cli.waitFor(60, TimeUnit.SECONDS), "the command line did not stop after the signal");
    String err = Files.readString(store.resolve("cli-stderr.txt"));
    assertEquals(exitCode, cli.exitValue(), err);
    List<StoredRun> runs = ResultStore.runsUnder(store.resolve("adhoc"));
    assertEquals(1, runs.size(), runs.toString());
    assertEquals(RunStatus.FAILED, runs.get(0).state());
    assertEquals(LocalLauncher.INTERRUPTED, runs.get(0).problem(), "run.json names the interrupt");
    assertEquals(List.of("scalebench: run failed: " + LocalLauncher.INTERRUPTED + "; recorded in " + runs.get(0).dir()),
        err.lines().filter(l -> l.contains("run failed")).toList(), "the terminal names the interrupt, once: " + err);
    assertFalse(err.contains("exited with code"), err);
    assertEquals(List.of(), temporaryFiles(store));
    assertEquals(List.of(), RankProcesses.anyWith(runs.get(0).dir().toAbsolutePath().toString()), "no rank runs on");
  }

  static List<Path> temporaryFiles(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(AtomicFiles::isTemporary).toList();
    }
  }
}
