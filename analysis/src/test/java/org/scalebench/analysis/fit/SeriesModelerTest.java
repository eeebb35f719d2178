package org.scalebench.analysis.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalebench.results.Scaling;

/** The modeller on series with known answers. */
class SeriesModelerTest {
  private static final double[] RANKS = {1, 2, 4, 8, 16, 32};

  @Test
  void pureAmdahlSeriesPicksAmdahlAndPredictsTheTruthWithinItsInterval() {
    List<Observation> obs = SyntheticSeries.of(p -> SyntheticSeries.amdahl(100, 0.05, p), RANKS, 3, 0.01, 42);
    SeriesModels m = SeriesModeler.model(Scaling.STRONG, obs, ModelOptions.withDefaults());
    m.findings().forEach(System.out::println);
    m.candidates().forEach(c -> System.out.println(c.name() + " " + c.aicc() + " " + c.weight() + " " + c.looError()
        + " " + c.fit().parameters()));
    m.predictions().forEach(System.out::println);
    assertEquals("Amdahl", m.choice().orElseThrow().name(), m.findings().toString());
    assertTrue(m.findings().get(0).startsWith("Amdahl describes the data best"), m.findings().get(0));
    Prediction at128 = m.predictions().stream().filter(p -> p.units() == 128).findFirst().orElseThrow();
    double truth = SyntheticSeries.amdahl(100, 0.05, 128);
    assertTrue(at128.secondsLow() <= truth && truth <= at128.secondsHigh(), truth + " in " + at128);
    assertEquals(List.of(64.0, 128.0), m.predictions().stream().map(Prediction::units).toList());
  }

  @Test
  void retrogradeSeriesPicksUslAndFindsThePeak() {
    double[] ranks = {1, 2, 4, 8, 12, 16, 24, 32, 48, 64};
    double sigma = 0.02;
    double kappa = 0.002;
    double truePeak = Math.sqrt((1 - sigma) / kappa);
    List<Observation> obs = SyntheticSeries.of(p -> SyntheticSeries.usl(50, sigma, kappa, p), ranks, 3, 0.02, 7);
    SeriesModels m = SeriesModeler.model(Scaling.STRONG, obs, ModelOptions.withDefaults());
    m.findings().forEach(System.out::println);
    assertEquals("USL", m.choice().orElseThrow().name(), m.findings().toString());
    assertEquals(truePeak, m.peakUnits(), 0.15 * truePeak, "peak within 15%: " + m.findings());
    assertTrue(m.peakLow() <= truePeak && truePeak <= m.peakHigh(), m.peakLow() + " " + m.peakHigh());
    assertTrue(m.findings().stream().anyMatch(f -> f.startsWith("Throughput peaks at N*")), m.findings().toString());
  }

  @Test
  void slowerWithRanksSaysNoSpeedup() {
    List<Observation> obs = SyntheticSeries.of(p -> 0.28 * (1 + 0.3 * Math.log(p) / Math.log(2)),
        new double[] {1, 2, 4}, 3, 0.02, 3);
    SeriesModels m = SeriesModeler.model(Scaling.STRONG, obs, ModelOptions.withDefaults());
    m.findings().forEach(System.out::println);
    assertTrue(m.noSpeedup());
    assertTrue(m.findings().get(0).startsWith("No speedup to model: the runs got slower with more ranks"),
        m.findings().get(0));
    assertTrue(m.choice().isEmpty());
    assertTrue(m.predictions().isEmpty());
  }

  @Test
  void flatSeriesSaysNoSpeedup() {
    List<Observation> obs = SyntheticSeries.of(p -> 12.0, RANKS, 3, 0.02, 5);
    SeriesModels m = SeriesModeler.model(Scaling.STRONG, obs, ModelOptions.withDefaults());
    assertTrue(m.noSpeedup());
    assertTrue(m.findings().get(0).startsWith("No speedup to model: the runs took about as long"), m.findings().get(0));
  }

  @Test
  void tooFewPointsSaysSoInsteadOfChoosing() {
    List<Observation> obs = SyntheticSeries.of(p -> SyntheticSeries.amdahl(10, 0.1, p), new double[] {1, 2}, 1,
        0.01, 9);
    SeriesModels m = SeriesModeler.model(Scaling.STRONG, obs, ModelOptions.withDefaults());
    assertTrue(m.choice().isEmpty());
    assertTrue(m.findings().stream().anyMatch(f -> f.startsWith("Too few points to choose a model")),
        m.findings().toString());
    assertTrue(m.candidates().stream().noneMatch(ModelCandidate::eligible));
  }
}
