package org.scalebench.analysis.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.analysis.AnalysisOptions;
import org.scalebench.analysis.aggregate.Aggregator;
import org.scalebench.analysis.aggregate.Bootstrap;
import org.scalebench.analysis.aggregate.StudyAggregate;
import org.scalebench.analysis.fit.AmdahlModel;
import org.scalebench.analysis.fit.KarpFlattModel;
import org.scalebench.analysis.testing.MixedStudy;
import org.scalebench.analysis.testing.SyntheticStore;
import org.scalebench.results.ResultStore;
import org.scalebench.results.Scaling;

class ScalingAnalyzerTest {
  @TempDir Path root;

  private static StudyAggregate read(SyntheticStore store) throws IOException {
    return new Aggregator().aggregate(store.studyDir(), ResultStore.runsUnder(store.studyDir()));
  }

  @Test
  void strongScalingOfPureAmdahlRunsRecoversTheSerialFraction() throws IOException {
    // no communication, no imbalance, no noise: wall = T1 (f + (1 - f) / p) exactly
    SyntheticStore store = new SyntheticStore(root, "amdahl", 1).model(100, 0.05, 0, 0, 0);
    for (int p : new int[] {1, 2, 4, 8, 16}) {
      store.point("w", Map.of("n", "10"), 1, p, 3);
    }
    List<ScalingAnalysis> out = new ScalingAnalyzer(Scaling.STRONG, new Bootstrap()).analyze(read(store));
    assertEquals(1, out.size());
    ScalingAnalysis a = out.get(0);
    assertEquals(1, a.baselineRanks());
    assertTrue(a.notes().isEmpty(), a.notes().toString());
    ScalingRow last = a.rows().get(4);
    assertEquals(AmdahlModel.speedup(0.05, 16), last.speedup(), 1e-9);
    assertEquals(AmdahlModel.speedup(0.05, 16) / 16, last.efficiency(), 1e-9);
    assertEquals(0.05, last.karpFlatt(), 1e-9);
    assertEquals(0.05, a.fit("Amdahl").orElseThrow().value(AmdahlModel.SERIAL_FRACTION), 1e-6);
    assertTrue(!KarpFlattModel.grows(a.fit("Karp-Flatt").orElseThrow()));
  }

  @Test
  void growingCommunicationShowsInKarpFlatt() throws IOException {
    SyntheticStore store = new SyntheticStore(root, "comm", 2).model(100, 0.02, 1.5, 0.2, 0.002);
    for (int p : new int[] {2, 4, 8, 16, 32}) {
      store.point("w", Map.of(), 1, p, 5);
    }
    ScalingAnalysis a = new ScalingAnalyzer(Scaling.STRONG, new Bootstrap()).analyze(read(store)).get(0);
    assertEquals(2, a.baselineRanks());
    assertTrue(a.notes().get(0).contains("relative to the smallest rank count measured, 2 ranks"), a.notes().get(0));
    assertTrue(KarpFlattModel.grows(a.fit("Karp-Flatt").orElseThrow()), a.fit("Karp-Flatt").toString());
    // communication fraction rises with the rank count
    double first = a.rows().get(0).point().commFraction().median();
    double lastComm = a.rows().get(4).point().commFraction().median();
    assertTrue(lastComm > first, first + " -> " + lastComm);
  }

  @Test
  void singleRankCountGivesANoteAndNoFits() throws IOException {
    SyntheticStore store = new SyntheticStore(root, "one", 3);
    store.point("w", Map.of(), 1, 4, 2);
    ScalingAnalysis a = new ScalingAnalyzer(Scaling.STRONG, new Bootstrap()).analyze(read(store)).get(0);
    assertTrue(a.fits().isEmpty());
    assertTrue(a.notes().get(0).startsWith("Only one rank count (4)"), a.notes().get(0));
  }

  @Test
  void weakScalingGroupsByParametersThatDoNotScale() throws IOException {
    SyntheticStore store = new SyntheticStore(root, "weak", 4).model(10, 0.0, 0, 0, 0);
    // the problem size n grows with the ranks; "mode" splits two curves
    for (String mode : new String[] {"a", "b"}) {
      store.point("w", Map.of("n", "100", "mode", mode), 1, 1, 2);
      store.point("w", Map.of("n", "200", "mode", mode), 1, 2, 2);
      store.point("w", Map.of("n", "400", "mode", mode), 1, 4, 2);
    }
    List<ScalingAnalysis> out = new ScalingAnalyzer(Scaling.WEAK, new Bootstrap()).analyze(read(store));
    assertEquals(2, out.size());
    ScalingAnalysis a = out.get(0);
    assertEquals(List.of("n"), List.copyOf(a.key().scaledParams()));
    assertEquals(Map.of("mode", "a"), a.key().params());
    assertEquals(3, a.rows().size());
    // the synthetic time falls as 1/p, so weak efficiency T(p0)/T(p) = p and scaled speedup = p^2
    assertEquals(4, a.rows().get(2).efficiency(), 1e-9);
    assertEquals(16, a.rows().get(2).speedup(), 1e-9);
    assertTrue(a.fit("Gustafson").isPresent());
  }

  @Test
  void ranksAndCpusTogetherAreOneCurveOnCoresWithPerCoreRatiosAndFits() throws IOException {
    // no communication: wall = T1 (f + (1 - f) / cores) at every shape, Amdahl in cores exactly
    Path dir = MixedStudy.write(root, 2, 0);
    StudyAggregate study = new Aggregator().aggregate(dir, ResultStore.runsUnder(dir));
    List<ScalingAnalysis> out = new ScalingAnalyzer(Scaling.STRONG, new Bootstrap()).analyze(study);
    assertEquals(1, out.size(), "cpus per task no longer splits the study");
    ScalingAnalysis a = out.get(0);
    assertEquals(Axis.CORES, a.axis());
    assertEquals(List.of(1, 2, 2, 4, 4, 8), a.rows().stream().map(ScalingRow::units).toList());
    assertEquals(List.of("n1-t1-c1", "n1-t1-c2", "n1-t2-c1", "n1-t2-c2", "n1-t4-c1", "n1-t4-c2"),
        a.rows().stream().map(r -> r.point().key().shape()).toList());
    ScalingRow oneByTwo = a.rows().get(1);
    assertEquals(100.0 / 55, oneByTwo.speedup(), 1e-9);
    assertEquals(100.0 / 55 / 2, oneByTwo.efficiency(), 1e-9, "efficiency per core");
    assertTrue(a.notes().get(0).startsWith("This series varies both ranks and cpus per task"), a.notes().toString());
    // 4 ranks x 2 cpus on 4 cores is oversubscribed: on the curve, out of the fits
    ScalingRow over = a.rows().get(5);
    assertTrue(over.oversubscribed() && !over.inFits());
    assertTrue(a.notes().stream().anyMatch(n -> n.startsWith("4 ranks x 2 cpus ran oversubscribed")
        && n.contains("left out of the model fits (analyze --include-oversubscribed puts it in)")), a.notes().toString());
    var amdahl = a.fit("Amdahl").orElseThrow();
    assertEquals(0.1, amdahl.value(AmdahlModel.SERIAL_FRACTION), 1e-6, "f fitted against cores");
    // the fits take one point per core count: 2 ranks x 1 cpu and 1 rank x 2 cpus are both 2 cores
    assertEquals(List.of(1.0, 2.0, 4.0), amdahl.residuals().stream().map(r -> r.x()).toList());
    assertEquals("n1-t2-c2", a.best().point().key().shape(), "the fastest point the cores allow");
    assertEquals("n1-t4-c2", a.largestPoint().key().shape());
  }

  @Test
  void includeOversubscribedPutsThePointIntoTheFits() throws IOException {
    Path dir = MixedStudy.write(root, 1, 0);
    StudyAggregate study = new Aggregator().aggregate(dir, ResultStore.runsUnder(dir));
    ScalingAnalysis a = new ScalingAnalyzer(Scaling.STRONG, new Bootstrap(),
        AnalysisOptions.withDefaults().withIncludeOversubscribed(true)).analyze(study).get(0);
    assertTrue(a.rows().stream().allMatch(ScalingRow::inFits));
    assertEquals(List.of(1.0, 2.0, 4.0, 8.0),
        a.fit("Amdahl").orElseThrow().residuals().stream().map(r -> r.x()).toList(), "8 cores fitted too");
    assertTrue(a.notes().stream().anyMatch(n -> n.contains("fitted like the other points, as --include-oversubscribed "
        + "asked")), a.notes().toString());
  }

  @Test
  void whenOnlyOversubscribedPointsScaleNothingIsFittedAndTheNoteSaysWhy() throws IOException {
    SyntheticStore store = new SyntheticStore(root, "over", 5).cores(1);
    store.point("w", Map.of(), 1, 1, 2);
    store.point("w", Map.of(), 1, 2, 2);
    ScalingAnalysis a = new ScalingAnalyzer(Scaling.STRONG, new Bootstrap()).analyze(read(store)).get(0);
    assertTrue(a.hasScaling());
    assertTrue(a.fits().isEmpty());
    assertTrue(a.notes().stream().anyMatch(n -> n.endsWith("without it only one rank count is left, so no model "
        + "was fitted.")), a.notes().toString());
  }
}
