package org.scalebench.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.results.BadInputException;
import org.scalebench.results.LaunchSpec;
import org.scalebench.results.PhaseKind;
import org.scalebench.results.RankRecord;
import org.scalebench.results.RanksFile;
import org.scalebench.results.RunFiles;
import org.scalebench.results.RunLayout;
import org.scalebench.results.RunMetadata;
import org.scalebench.results.RunStatus;
import org.scalebench.study.Point;
import org.scalebench.study.SpecFiles;
import org.scalebench.study.StudyMatrix;
import org.scalebench.study.StudyReader;
import org.scalebench.study.StudyRun;
import org.scalebench.study.StudySpec;

/**
 * Job arrays per shape, and the resume rule: complete runs are kept, failed ones set aside and queued
 * again, active ones left alone.
 */
class StudyGeneratorTest {
  @TempDir Path dir;

  @Test
  void generatesOneArrayPerShapeThenOnlyWhatIsNotCompleteOrActive() throws IOException {
    StudySpec spec = StudyReader.read(SpecFiles.write(dir, """
        study: s
        workload: hello
        matrix: {nodes: [1, 2], ntasksPerNode: [1, 2]}
        repetitions: 2
        profile: cluster
        """));
    List<Point> points = StudyMatrix.expand(spec);
    Path store = dir.resolve("store");
    ScriptContext ctx = new ScriptContext(store, dir.resolve("scalebench.jar"), "abc");
    StudyGenerator gen = new StudyGenerator(spec, ctx);
    StudyGenerator.Generated first = gen.generate(points, Set.of(), true);
    assertEquals(4, first.arrays().size(), "one array per shape");
    assertEquals(8, first.runs().size());
    for (StudyGenerator.ArrayJob a : first.arrays()) {
      assertTrue(a.name().startsWith("g1-n"), a.name());
      // both repetitions of the point share the array, the first one first
      assertEquals(List.of(1, 2), a.runs().stream().map(StudyRun::repetition).toList());
      String script = Files.readString(a.script());
      assertTrue(script.startsWith("#!/bin/bash\n"));
      assertTrue(script.contains("\n#SBATCH --array=0-1\n"), script);
      assertTrue(script.contains("\n#SBATCH --nodes=" + a.runs().get(0).point().nodes() + "\n"), script);
      for (int i = 0; i < 2; i++) {
        LaunchSpec launch = ArrayRuns.read(a.table(), i).launch();
        assertEquals("srun", launch.launcher());
        assertEquals(a.runs().get(i).point().id(), launch.pointId());
        assertEquals(a.runs().get(i).repetition(), launch.repetition());
        assertFalse(Files.exists(a.runs().get(i).runDir()), "a task makes its run directory when it starts");
      }
    }
    assertTrue(Files.exists(first.collectScript()));
    assertTrue(Files.isDirectory(SlurmLayout.logDir(store, "s")));

    // what a task does first: prepare-run makes the directory and launch.json and prints the directory
    StudyGenerator.ArrayJob array = first.arrays().get(1);
    StudyRun prepared = array.runs().get(1);
    assertEquals(prepared.runDir(), ArrayTaskStart.prepare(array.table(), 1));
    assertEquals(prepared.point().id(), LaunchSpec.read(prepared.runDir()).pointId());
    BadInputException noTask = assertThrows(BadInputException.class, () -> ArrayTaskStart.prepare(array.table(), 2));
    assertTrue(noTask.getMessage().contains("has 2 task(s); there is no task 2"), noTask.getMessage());

    List<StudyRun> runs = first.runs();
    StudyRun done = runs.get(0);
    StudyRun failed = runs.get(2);
    StudyRun running = runs.get(4);
    StudyRun queued = runs.get(6); // its task has not started: no run directory
    writeRun(done, RunStatus.OK);
    writeRun(failed, RunStatus.FAILED);
    Files.createDirectories(running.runDir());
    Files.writeString(running.runDir().resolve("rank-0.part"), "still going");

    StudyGenerator.Generated second = gen.generate(points, Set.of(running.label(), queued.label()), true);
    assertEquals(1, second.complete());
    assertEquals(2, second.active());
    assertEquals(5, second.runs().size());
    assertFalse(second.runs().contains(queued), "a queued task is not submitted again");
    assertTrue(second.arrays().stream().allMatch(a -> a.name().startsWith("g2-")), "a new generation of arrays");
    assertTrue(Files.exists(first.arrays().get(0).table()), "earlier tables stay for tasks that may still run");
    assertFalse(second.runs().stream().anyMatch(r -> r.equals(done) || r.equals(running)));
    // the failed attempt was set aside with its files
    Path aside = failed.runDir().resolveSibling("rep-1.attempt-1");
    assertTrue(Files.exists(aside.resolve(RunLayout.RUN_JSON)));
    assertFalse(Files.exists(failed.runDir()));
    assertTrue(Files.exists(running.runDir().resolve("rank-0.part")), "an active run is not touched");
  }

  @Test
  void aShapeWithMoreRunsThanMaxArraySizeBecomesSeveralArrays() throws IOException {
    StudySpec spec = StudyReader.read(SpecFiles.write(dir, """
        study: s
        workload: sum
        params: {n: [1, 2, 3, 4, 5, 6, 7]}
        matrix: {nodes: 1}
        profile: {extends: cluster, maxArraySize: 3}
        """));
    var g = new StudyGenerator(spec, new ScriptContext(dir.resolve("store"), dir.resolve("x.jar"), "abc"))
        .generate(StudyMatrix.expand(spec), Set.of(), true);
    assertEquals(List.of("g1-n1-t1-c1-1", "g1-n1-t1-c1-2", "g1-n1-t1-c1-3"),
        g.arrays().stream().map(StudyGenerator.ArrayJob::name).toList());
    assertEquals(List.of(3, 3, 1), g.arrays().stream().map(a -> a.runs().size()).toList());
    assertTrue(g.arrays().get(0).text().contains("\n#SBATCH --array=0-2\n"));
    assertTrue(g.arrays().get(2).text().contains("\n#SBATCH --array=0\n"));
    assertEquals("7", ArrayRuns.read(g.arrays().get(2).table(), 0).launch().params().get("n"));
  }

  @Test
  void accountingLinesBecomeStatesById() {
    assertEquals(Map.of("12_0", "COMPLETED", "12_1", "CANCELLED", "13", "TIMEOUT"), SlurmCommands.parseAccounting(
        "12_0|COMPLETED\n12_1|CANCELLED by 1000\n12_[2-5]|PENDING\n13|TIMEOUT\n\n"));
  }

  @Test
  void aDryRunWritesNothing() throws IOException {
    StudySpec spec = StudyReader.read(SpecFiles.write(dir, """
        study: s
        workload: hello
        matrix: {nodes: 1}
        profile: cluster
        """));
    Path store = dir.resolve("store");
    var g = new StudyGenerator(spec, new ScriptContext(store, dir.resolve("x.jar"), "abc"))
        .generate(StudyMatrix.expand(spec), Set.of(), false);
    assertEquals(1, g.arrays().size());
    assertFalse(Files.exists(store));
  }

  @Test
  void progressTellsQueuedRunningFailedAndLostRunsApart() throws IOException {
    StudySpec spec = StudyReader.read(SpecFiles.write(dir, """
        study: s
        workload: hello
        matrix: {nodes: [1, 2], ntasksPerNode: [1, 2, 4]}
        profile: cluster
        """));
    Path store = dir.resolve("store");
    var g = new StudyGenerator(spec, new ScriptContext(store, dir.resolve("x.jar"), "abc"))
        .generate(StudyMatrix.expand(spec), Set.of(), true);
    List<StudyRun> runs = g.runs();
    writeRun(runs.get(0), RunStatus.OK);
    writeRun(runs.get(1), RunStatus.FAILED);
    List<JobManifest.Job> jobs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      jobs.add(new JobManifest.Job(runs.get(i).point().id(), 1, Integer.toString(10 + i), Instant.now()));
    }
    JobManifest manifest = JobManifest.empty("s").with(jobs, "99");
    manifest.write(store);
    assertEquals(manifest, JobManifest.read(store, "s"));
    Map<String, String> queue = Map.of("12", "PENDING", "13", "RUNNING", "14", "COMPLETING");
    List<RunProgress> progress = StudyProgress.of(runs, JobManifest.read(store, "s"), queue);
    assertEquals(List.of(RunProgress.Phase.COMPLETE, RunProgress.Phase.FAILED, RunProgress.Phase.QUEUED,
        RunProgress.Phase.RUNNING, RunProgress.Phase.ENDED_WITHOUT_RESULT, RunProgress.Phase.NOT_SUBMITTED),
        progress.stream().map(RunProgress::phase).toList());
    assertEquals("1 complete, 1 failed, 1 queued, 1 running, 1 ended without result, 1 not submitted",
        StudyProgress.summary(progress));

    List<RunProgress> collected = StudyCollector.collect(spec, store, runs, manifest, queue);
    assertEquals(RunProgress.Phase.FAILED, collected.get(4).phase());
    assertTrue(collected.get(4).detail().contains("Slurm job 14 ended without writing run.json"),
        collected.get(4).detail());
    // its task never made the run directory: collect did, with the study's launch.json, to hold the failure
    assertEquals(runs.get(4).point().id(), LaunchSpec.read(runs.get(4).runDir()).pointId());
    assertEquals(RunProgress.Phase.FAILED, StudyProgress.of(runs, manifest, Map.of()).get(4).phase());
    assertEquals(RunProgress.Phase.RUNNING, collected.get(3).phase(), "a running job's run is left alone");
    assertFalse(Files.exists(runs.get(3).runDir().resolve(RunLayout.RUN_JSON)));
  }

  /** A finished run as the ranks would leave it. */
  static void writeRun(StudyRun run, RunStatus status) throws IOException {
    Files.createDirectories(run.runDir());
    Point p = run.point();
    Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
    List<RankRecord> records = new ArrayList<>();
    for (int r = 0; r < p.ranks(); r++) {
      records.add(new RankRecord(r, "n1", "hello", PhaseKind.COMPUTE, 0.1, 0, 0, 1));
    }
    RanksFile.write(run.runDir().resolve(RunLayout.RANKS_JSONL), records);
    RunFiles.writeRunJson(run.runDir(), new RunMetadata(RunMetadata.SCHEMA_VERSION,
        new LaunchSpec(1, "s", p.id(), run.repetition(), "hello", p.params(), p.nodes(), p.tasksPerNode(),
            p.cpusPerTask(), "srun", "abc", false, true), p.params(), "1", List.of("n1"), "17", "Open MPI", t0, t0.plusSeconds(1), 1.0, status, status == RunStatus.FAILED ? "rank 0 failed" : null));
  }
}
