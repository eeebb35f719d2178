package org.scalebench.analysis.fit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

  /** A 2-core machine measures 1 and 2 cores: no choice, but Amdahl's what-if, said to be one. */
  @Test
  void twoCountsGiveAmdahlsPredictionsAsAnAssumption() {
    List<Observation> obs = SyntheticSeries.of(p -> SyntheticSeries.amdahl(10, 0.1, p), new double[] {1, 2}, 3,
        0.01, 9);
    SeriesModels m = SeriesModeler.model(Scaling.STRONG, obs, ModelOptions.withDefaults());
    assertTrue(m.choice().isEmpty(), "nothing was chosen");
    assertTrue(m.assumed());
    assertEquals("Amdahl", m.best().name());
    assertTrue(m.findings().stream().anyMatch(f -> f.startsWith("With 2 rank counts the laws cannot be told apart, "
        + "so the predictions below assume Amdahl's law")), m.findings().toString());
    assertEquals(List.of(4.0, 8.0), m.predictions().stream().map(Prediction::units).toList());
    double truth = SyntheticSeries.amdahl(10, 0.1, 8);
    Prediction at8 = m.predictions().get(1);
    assertTrue(at8.secondsLow() <= truth && truth <= at8.secondsHigh(), at8 + " vs " + truth);
  }

  @Test
  void weakSeriesFollowingGustafsonPicksGustafsonAndPredictsScaledSpeedup() {
    double alpha = 0.1;
    // time of q baseline problems at scaled speedup q - alpha (q - 1)
    List<Observation> obs = SyntheticSeries.of(p -> 20 * p / (p - alpha * (p - 1)), RANKS, 3, 0.005, 21);
    SeriesModels m = SeriesModeler.model(Scaling.WEAK, obs, ModelOptions.withDefaults().withPredictAt(256));
    assertEquals("Gustafson", m.choice().orElseThrow().name(), m.findings().toString());
    Prediction p = m.predictions().get(0);
    assertEquals(256, p.units());
    double scaled = 256 - alpha * 255;
    assertTrue(p.speedupLow() <= scaled && scaled <= p.speedupHigh(), scaled + " in " + p);
    assertEquals(alpha, m.choice().orElseThrow().fit().value(GustafsonTimeModel.ALPHA), 0.01);
  }

  @Test
  void optionsBuildThePredictionList() {
    ModelOptions d = ModelOptions.withDefaults();
    assertArrayEquals(new int[] {32, 64}, d.targets(16));
    assertArrayEquals(new int[] {32, 48}, d.withPredictUpTo(48).targets(16));
    assertArrayEquals(new int[] {8, 100}, d.withPredictUpTo(48).withPredictAt(100, 8, 8).targets(16));
    assertArrayEquals(new int[] {}, d.withPredictUpTo(16).targets(16));
    assertEquals(d.seed(), ModelOptions.withDefaults().seed());
    assertEquals(7, d.withSeed(7).seed());
    assertThrows(IllegalArgumentException.class, () -> d.withPredictAt(0));
    assertThrows(IllegalArgumentException.class, () -> d.withResamples(10));
  }

  @Test
  void sameSeedSameIntervals() {
    List<Observation> obs = SyntheticSeries.of(p -> SyntheticSeries.amdahl(100, 0.05, p), RANKS, 3, 0.02, 42);
    ModelOptions o = ModelOptions.withDefaults().withSeed(99);
    assertEquals(SeriesModeler.model(Scaling.STRONG, obs, o).predictions(),
        SeriesModeler.model(Scaling.STRONG, obs, o).predictions());
  }

  @Test
  void oneRepetitionPerPointStillGetsIntervals() {
    List<Observation> obs = SyntheticSeries.of(p -> SyntheticSeries.amdahl(100, 0.05, p), RANKS, 1, 0.02, 4);
    SeriesModels m = SeriesModeler.model(Scaling.STRONG, obs, ModelOptions.withDefaults());
    Prediction p = m.predictions().get(0);
    assertTrue(p.secondsLow() < p.seconds() && p.seconds() < p.secondsHigh(), p.toString());
  }

  @Test
  void weakSeriesWhoseTimeGrowsWithTheRanksSaysNoScaledSpeedup() {
    // each doubling of ranks (and of the problem) doubles the time: nothing gained from the ranks
    List<Observation> obs = SyntheticSeries.of(p -> 3.0 * p, RANKS, 3, 0.01, 8);
    SeriesModels m = SeriesModeler.model(Scaling.WEAK, obs, ModelOptions.withDefaults());
    assertTrue(m.noSpeedup());
    assertTrue(m.findings().get(0).startsWith("No scaled speedup to model"), m.findings().get(0));
    assertTrue(m.predictions().isEmpty());
  }
}
