package org.scalebench.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.results.ResultStore;
import org.scalebench.results.RunLayout;
import org.scalebench.results.RunStatus;
import org.scalebench.results.StoredRun;
import org.scalebench.it.CliProcess;

/**
 * {@code run-study --local} under real mpirun: a study over nodes {1,2} x tasks {1,2} x cpus {1,2}
 * is interrupted with SIGINT after some runs completed, then run again: the completed runs are kept
 * (same start times), the interrupted one is set aside and redone, and every run ends complete.
 */
class LocalStudyResumeIT {
  @TempDir Path dir;

  @Test
  void anInterruptedStudyResumesWithoutRedoingFinishedRuns() throws Exception {
    Path spec = dir.resolve("study.yaml");
    Files.writeString(spec, """
        schemaVersion: 1
        study: resume
        workload: hello
        matrix:
          nodes: [1, 2]
          ntasksPerNode: [1, 2]
          cpusPerTask: [1, 2]
        timeLimit: 2m
        profile: {coresPerNode: 4, maxNodes: 2, launch: mpirun, oversubscribe: true}
        """);
    Path store = dir.resolve("store");
    Path first = Files.createDirectories(dir.resolve("first"));
    Process p = CliProcess.start(first, Map.of(), "run-study", spec.toString(), "--local", "--out", store.toString(),
        "--no-analyze", "--no-progress");
    Path studyDir = store.resolve("resume");
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (completeRuns(studyDir) < 2 && p.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertTrue(p.isAlive(), "the study ended before it could be interrupted: " + Files.readString(first.resolve("stderr.txt")));
    new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "run-study did not stop after SIGINT");
    assertTrue(Files.readString(first.resolve("stderr.txt")).contains("interrupted after"),
        Files.readString(first.resolve("stderr.txt")));

    Map<Path, Instant> finished = new HashMap<>();
    for (StoredRun r : ResultStore.runsUnder(studyDir)) {
      if (r.state() == RunStatus.OK) {
        finished.put(r.dir(), r.metadata().startedAt());
      } else {
        // marked failed; or, when the signal came before its launch.json was written, an empty folder
        assertTrue(r.state() == RunStatus.FAILED || isEmpty(r.dir()), "an interrupted run is marked failed: " + r);
      }
    }
    assertTrue(finished.size() >= 2 && finished.size() < 8, "finished before the interrupt: " + finished.keySet());

    CliProcess.Result second = CliProcess.run(dir.resolve("second"), Map.of(), 300, "run-study", spec.toString(),
        "--local", "--out", store.toString(), "--no-progress");
    assertEquals(0, second.exit(), second.toString());
    assertTrue(second.out().contains(finished.size() + " of 8 run(s) of study resume already complete (kept)"),
        second.toString());
    assertTrue(second.out().contains("wrote " + studyDir.resolve("report.html")), second.toString());

    List<StoredRun> runs = ResultStore.runsUnder(studyDir);
    assertEquals(8, runs.size(), runs.toString());
    for (StoredRun r : runs) {
      assertEquals(RunStatus.OK, r.state(), r.problem());
      assertEquals(r.metadata().launch().nodes() * r.metadata().launch().tasksPerNode(), r.metadata().launch().ranks());
      if (finished.containsKey(r.dir())) {
        assertEquals(finished.get(r.dir()), r.metadata().startedAt(), "a finished run was redone: " + r.dir());
      }
    }
    // nodes are recorded as asked for, though all ranks ran here; 2 nodes x 2 tasks x 2 cpus > 2 cores
    StoredRun big = runs.stream().filter(r -> r.dir().toString().contains("hello-n2-t2-c2")).findFirst().orElseThrow();
    assertEquals(2, big.metadata().launch().nodes());
    assertEquals(4, big.metadata().launch().ranks());
    assertTrue(big.metadata().launch().oversubscribed() || Runtime.getRuntime().availableProcessors() >= 8);
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.findAny().isEmpty();
    }
  }

  private static long completeRuns(Path studyDir) throws IOException {
    if (!Files.isDirectory(studyDir)) {
      return 0;
    }
    try (Stream<Path> walk = Files.walk(studyDir, 3)) {
      return walk.filter(p -> p.getFileName().toString().equals(RunLayout.RUN_JSON))
          .filter(p -> ResultStore.read(p.getParent()).isComplete()).count();
    }
  }
}
