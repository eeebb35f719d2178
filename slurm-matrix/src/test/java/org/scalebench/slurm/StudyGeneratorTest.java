package org.scalebench.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

/** The resume rule: complete runs are kept, failed ones set aside and prepared again, active ones left alone. */
class StudyGeneratorTest {
  @TempDir Path dir;

  @Test
  void generatesEveryRunThenOnlyWhatIsNotCompleteOrActive() throws IOException {
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
    assertEquals(8, first.jobs().size());
    // repetition-major order: every point's first run before any second run
    assertEquals(List.of(1, 1, 1, 1, 2, 2, 2, 2), first.jobs().stream().map(j -> j.run().repetition()).toList());
    for (StudyGenerator.Job j : first.jobs()) {
      LaunchSpec launch = LaunchSpec.read(j.run().runDir());
      assertEquals("srun", launch.launcher());
      assertEquals(j.run().point().nodes(), launch.nodes());
      assertTrue(Files.readString(j.script()).startsWith("#!/bin/bash\n"));
    }
    assertTrue(Files.exists(first.collectScript()));

    StudyRun done = first.jobs().get(0).run();
    StudyRun failed = first.jobs().get(1).run();
    StudyRun running = first.jobs().get(2).run();
    writeRun(done, RunStatus.OK);
    writeRun(failed, RunStatus.FAILED);
    Files.writeString(running.runDir().resolve("slurm-7.out"), "still going");

    StudyGenerator.Generated second = gen.generate(points, Set.of(running.label()), true);
    assertEquals(1, second.complete());
    assertEquals(1, second.active());
    assertEquals(6, second.jobs().size());
    assertFalse(second.jobs().stream().anyMatch(j -> j.run().equals(done) || j.run().equals(running)));
    // the failed attempt was set aside with its files, and the run prepared afresh
    Path aside = failed.runDir().resolveSibling("rep-1.attempt-1");
    assertTrue(Files.exists(aside.resolve(RunLayout.RUN_JSON)));
    assertFalse(Files.exists(failed.runDir().resolve(RunLayout.RUN_JSON)));
    assertTrue(Files.exists(failed.runDir().resolve(LaunchSpec.FILE)));
    assertTrue(Files.exists(running.runDir().resolve("slurm-7.out")), "an active run is not touched");
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
    assertEquals(1, g.jobs().size());
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
    List<StudyRun> runs = g.jobs().stream().map(StudyGenerator.Job::run).toList();
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

    List<RunProgress> collected = StudyCollector.collect(runs, manifest, queue);
    assertEquals(RunProgress.Phase.FAILED, collected.get(4).phase());
    assertTrue(collected.get(4).detail().contains("Slurm job 14 ended without writing run.json"),
        collected.get(4).detail());
    assertEquals(RunProgress.Phase.RUNNING, collected.get(3).phase(), "a running job's run is left alone");
    assertFalse(Files.exists(runs.get(3).runDir().resolve(RunLayout.RUN_JSON)));
  }

  /** A finished run as the ranks would leave it. */
  static void writeRun(StudyRun run, RunStatus status) throws IOException {
    Point p = run.point();
    Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
    List<RankRecord> records = new ArrayList<>();
    for (int r = 0; r < p.ranks(); r++) {
      records.add(new RankRecord(r, "n1", "hello", PhaseKind.COMPUTE, 0.1, 0, 0, 1));
    }
    RanksFile.write(run.runDir().resolve(RunLayout.RANKS_JSONL), records);
    RunFiles.writeRunJson(run.runDir(), new RunMetadata(1, "s", p.id(), run.repetition(), "hello", p.params(),
        p.nodes(), p.tasksPerNode(), p.cpusPerTask(), p.ranks(), "srun", "1", List.of("n1"), false, "abc", "17",
        "Open MPI", t0, t0.plusSeconds(1), 1.0, status, status == RunStatus.FAILED ? "rank 0 failed" : null));
  }
}
