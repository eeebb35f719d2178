package org.scalebench.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.results.BadInputException;
import org.scalebench.results.RunStatus;
import org.scalebench.results.StoredRun;
import org.scalebench.study.Point;
import org.scalebench.study.StudyMatrix;
import org.scalebench.study.StudyReader;
import org.scalebench.study.StudySpec;

/** A small study on 1, 2 and 4 ranks with real {@code mpirun}, through {@link LocalStudyRunner}. */
class LocalStudyRunnerIT {
  @TempDir Path dir;

  private StudySpec spec(String ranks) throws Exception {
    Path file = dir.resolve("study.yaml");
    Files.writeString(file, """
        schemaVersion: 1
        study: tiny
        workload: sum
        params:
          n: 1000
        matrix:
          nodes: 1
          ntasksPerNode: %s
        scaling: strong
        repetitions: 1
        timeLimit: 2m
        profile:
          schemaVersion: 1
          name: here
          coresPerNode: auto
          oversubscribe: true
          maxNodes: 1
          launch: mpirun
        """.formatted(ranks));
    return StudyReader.read(file);
  }

  @Test
  void everyPointRunsOnceAndARerunKeepsThem() throws Exception {
    StudySpec spec = spec("\"1..4 x2\"");
    List<Point> points = StudyMatrix.expand(spec);
    assertEquals(List.of(1, 2, 4), points.stream().map(Point::ranks).toList());
    Path root = dir.resolve("store");
    LocalStudyRunner runner = new LocalStudyRunner(spec, root, "test", RankClassPath.options());
    assertEquals(java.time.Duration.ofMinutes(2), runner.timeout(), "the study's time limit is the run's");
    StringWriter out = new StringWriter();
    LocalStudyRunner.Outcome first = runner.run(points, new PrintWriter(out, true), ProgressStyle.LINES);
    assertEquals(0, first.failed(), first.runs().toString());
    // in a log: one plain line per finished run, the last without a time left, no carriage returns
    List<String> progress = out.toString().lines().filter(l -> l.matches("scalebench: \\S+ \\[\\d/3\\] .*")).toList();
    assertEquals(3, progress.size(), out.toString());
    assertTrue(progress.get(0).matches(".*\\[1/3\\] \\S+ rep 1 ok \\d+\\.\\d\\d s; \\d+:\\d\\d elapsed, about \\d+:\\d\\d left"),
        progress.get(0));
    assertTrue(progress.get(2).endsWith("elapsed"), progress.get(2));
    assertFalse(out.toString().contains("\r"), "no carriage-return frames in a log");
    assertEquals(List.of(1, 2, 4), first.runs().stream().map(r -> r.metadata().launch().ranks()).toList());
    for (StoredRun r : first.runs()) {
      assertEquals(RunStatus.OK, r.state(), r.problem());
      assertEquals(r.metadata().launch().ranks() > Runtime.getRuntime().availableProcessors(), r.metadata().launch().oversubscribed());
      assertEquals(r.metadata().launch().ranks(), r.records().stream().map(x -> x.rank()).distinct().count());
    }
    LocalStudyRunner.Outcome again = runner.run(points, new PrintWriter(new StringWriter(), true), ProgressStyle.NONE);
    assertEquals(3, again.skipped());
    assertEquals(List.of(), again.runs());
  }

  @Test
  void aPointTooBigForThisMachineStopsTheStudyBeforeAnyRun() throws Exception {
    int tooMany = Runtime.getRuntime().availableProcessors() * LocalCapacity.DEFAULT_CPUS_PER_CORE + 1;
    StudySpec spec = spec("[1, " + tooMany + "]");
    List<Point> points = StudyMatrix.expand(spec);
    Path root = dir.resolve("store");
    LocalStudyRunner runner = new LocalStudyRunner(spec, root, "test",
        RankClassPath.options().withCapacity(LocalCapacity.ofThisMachine()));
    BadInputException e = assertThrows(BadInputException.class,
        () -> runner.run(points, new PrintWriter(new StringWriter(), true), ProgressStyle.NONE));
    assertTrue(e.getMessage().matches("point sum-n1-t" + tooMany + "-c1-\\w+ of study tiny: " + tooMany
        + " ranks with 1 cpu each need .*"), e.getMessage());
    assertFalse(Files.exists(root.resolve("tiny")), "no run was started");
  }
}
