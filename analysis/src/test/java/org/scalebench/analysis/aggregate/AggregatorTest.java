package org.scalebench.analysis.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.analysis.testing.SyntheticStore;
import org.scalebench.results.PhaseKind;
import org.scalebench.results.RankRecord;
import org.scalebench.results.RanksFile;
import org.scalebench.results.ResultStore;
import org.scalebench.results.RunFiles;
import org.scalebench.results.RunLayout;
import org.scalebench.results.RunMetadata;
import org.scalebench.results.RunStatus;
import org.scalebench.results.LaunchSpec;

class AggregatorTest {
  @TempDir Path root;

  @Test
  void groupsRepetitionsAndSkipsFailedIncompleteAndZeroTimeRuns() throws IOException {
    SyntheticStore store = new SyntheticStore(root, "s1", 1);
    Map<String, String> params = Map.of("n", "1000");
    store.point("matching", params, 1, 2, 3);
    store.point("matching", params, 1, 4, 2);
    store.run("matching", params, 1, 4, 3, "rank 2 ran out of memory");
    // a point whose only run failed
    store.run("matching", params, 2, 4, 1, "node2 went away");
    // a run directory that never got its run.json
    Files.createDirectories(store.studyDir().resolve("n1-t1-c1").resolve("rep-1"));
    // a zero-time run
    writeRun(store.studyDir(), "n1-t8-c1", 8, 0.0, List.of());

    StudyAggregate agg = new Aggregator().aggregate(store.studyDir(), ResultStore.runsUnder(store.studyDir()));
    assertEquals(9, agg.runsRead());
    assertEquals(2, agg.points().size());
    assertEquals(List.of(2, 4), agg.points().stream().map(PointStats::ranks).toList());
    assertEquals(3, agg.points().get(0).runs().size());
    assertEquals(2, agg.points().get(1).runs().size());
    assertEquals(4, agg.skipped().size());
    assertTrue(agg.skipped().stream().anyMatch(s -> s.state() == RunStatus.FAILED
        && s.reason().equals("rank 2 ran out of memory")));
    assertTrue(agg.skipped().stream().anyMatch(s -> s.state() == RunStatus.INCOMPLETE && s.point() == null));
    assertTrue(agg.skipped().stream().anyMatch(s -> s.reason().startsWith("wall time is 0 s;")));
    assertEquals(List.of("n1-t8-c1", "n2-t4-c1"), agg.missingPoints().stream().map(PointKey::shape).sorted().toList());
    assertEquals(List.of("abc1234"), List.copyOf(agg.provenance().gitCommits()));
    assertTrue(agg.provenance().mpiVersions().contains("Open MPI v4.1.4"));
  }

  @Test
  void phaseTimeIsTheSlowestRanksSumAndRankTimesSplitWaitAndTransfer() throws IOException {
    Path study = root.resolve("s2");
    // rank 0: two compute lines (1 + 2 = 3 s), rank 1: one of 2.5 s -> phase max is 3 s
    List<RankRecord> records = List.of(
        new RankRecord(0, "h", "work", PhaseKind.COMPUTE, 1.0, 0, 0, 1),
        new RankRecord(0, "h", "work", PhaseKind.COMPUTE, 2.0, 0, 0, 1),
        new RankRecord(1, "h", "work", PhaseKind.COMPUTE, 2.5, 0, 0, 1),
        new RankRecord(0, "h", "gather", PhaseKind.COMM, 0.5, 0.1, 64, 1),
        new RankRecord(1, "h", "gather", PhaseKind.COMM, 1.0, 0.6, 64, 1),
        new RankRecord(1, "h", "write", PhaseKind.IO, 0.25, 0, 64, 1));
    writeRun(study, "n1-t2-c1", 2, 4.0, records);
    StudyAggregate agg = new Aggregator().aggregate(study, ResultStore.runsUnder(study));
    PointStats point = agg.points().get(0);
    assertEquals(List.of("work", "gather", "write"), point.phases().stream().map(PhaseSummary::phase).toList());
    assertEquals(3.0, point.phases().get(0).seconds().median());
    assertEquals(1.0, point.phases().get(1).seconds().median());
    RunBreakdown run = point.runs().get(0);
    RankTimes r1 = run.ranks().get(1);
    assertEquals(2.5, r1.computeSeconds());
    assertEquals(0.6, r1.waitSeconds(), 1e-12);
    assertEquals(0.4, r1.transferSeconds(), 1e-12);
    assertEquals(0.25, r1.ioSeconds());
    // compute 3 and 2.5: max / mean = 3 / 2.75
    assertEquals(3 / 2.75, point.loadImbalance().median(), 1e-12);
    // comm 1.5 of 3 + 2.5 + 1.5 + 0.25 = 7.25
    assertEquals(1.5 / 7.25, point.commFraction().median(), 1e-12);
    assertEquals(0.7 / 1.5, point.waitShareOfComm().median(), 1e-12);
  }

  /** A --no-barrier run counts its waiting as transfer: it is not a repetition of a run with the barrier. */
  @Test
  void runsWithAndWithoutTheBarrierAreDifferentPoints() throws IOException {
    Path study = root.resolve("s4");
    List<RankRecord> records = List.of(new RankRecord(0, "h", "work", PhaseKind.COMPUTE, 1.0, 0, 0, 1));
    writeRun(study, "n1-t1-c1", 1, 1, 1.0, records, true);
    writeRun(study, "n1-t1-c1", 2, 1, 1.0, records, false);
    List<PointStats> points = new Aggregator().aggregate(study, ResultStore.runsUnder(study)).points();
    assertEquals(2, points.size());
    assertEquals(List.of(true, false), points.stream().map(s -> s.key().barrierBeforeCollectives()).toList());
  }

  @Test
  void noCommunicationGivesNoCommStatistics() throws IOException {
    Path study = root.resolve("s3");
    writeRun(study, "n1-t1-c1", 1, 1.0, List.of(new RankRecord(0, "h", "work", PhaseKind.COMPUTE, 1.0, 0, 0, 1)));
    PointStats point = new Aggregator().aggregate(study, ResultStore.runsUnder(study)).points().get(0);
    assertEquals(0.0, point.commFraction().median());
    assertNull(point.waitShareOfComm());
  }

  static void writeRun(Path study, String pointId, int ranks, double wallSeconds, List<RankRecord> records)
      throws IOException {
    writeRun(study, pointId, 1, ranks, wallSeconds, records, true);
  }

  static void writeRun(Path study, String pointId, int repetition, int ranks, double wallSeconds,
      List<RankRecord> records, boolean barrierBeforeCollectives) throws IOException {
    Path dir = study.resolve(pointId).resolve("rep-" + repetition);
    RanksFile.write(dir.resolve(RunLayout.RANKS_JSONL), records.isEmpty()
        ? java.util.stream.IntStream.range(0, ranks)
            .mapToObj(r -> new RankRecord(r, "h", "work", PhaseKind.COMPUTE, 0, 0, 0, 1)).toList()
        : records);
    Instant t = Instant.parse("2025-01-01T00:00:00Z");
    RunFiles.writeRunJson(dir, new RunMetadata(RunMetadata.SCHEMA_VERSION,
        new LaunchSpec(1, study.getFileName().toString(), pointId, repetition, "demo", new TreeMap<>(), 1, ranks, 1,
            "mpirun", "abc1234", false, barrierBeforeCollectives), new TreeMap<>(), null, List.of("h"), "17", "Open MPI",
        t, t, wallSeconds, RunStatus.OK, null));
  }
}
