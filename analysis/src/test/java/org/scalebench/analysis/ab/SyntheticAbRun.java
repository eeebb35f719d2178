package org.scalebench.analysis.ab;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.scalebench.analysis.compare.Direction;
import org.scalebench.analysis.testing.JmhJson;

/**
 * Seeded synthetic A/B runs: each round's value is {@code base * drift(round) * burst(round) *
 * lognormal(cv)}, where the drift and the burst of a round are the same for A and B (they share the
 * machine at that moment) and the log-normal noise is drawn afresh for every run of every fork.
 *
 * @param rounds rounds per run, {@code >= 1}
 * @param cv the per-fork coefficient of variation of the noise, e.g. 0.03
 * @param driftTotal the drift's rise from the first to the last round, a fraction (0.5: the machine is
 *     50% slower at the end)
 * @param burstProbability the chance that a round is hit by a burst of other load, in [0, 1]
 * @param burstMax a burst multiplies both runs of its round by a factor uniform in [1.2, 1 + burstMax]
 * @param oneSidedBursts when true a burst hits only one run of its round (A or B, each half the time):
 *     the case pairing cannot cancel
 */
record SyntheticAbRun(int rounds, double cv, double driftTotal, double burstProbability, double burstMax,
    boolean oneSidedBursts) {
  static final double BASE = 100;

  /** Noise only: no drift, no bursts. */
  static SyntheticAbRun noise(int rounds, double cv) {
    return new SyntheticAbRun(rounds, cv, 0, 0, 0, false);
  }

  /** A shared machine: 30% drift over the run and a burst of up to +100% in one round of five, on both sides. */
  static SyntheticAbRun sharedMachine(int rounds, double cv) {
    return new SyntheticAbRun(rounds, cv, 0.3, 0.2, 1.0, false);
  }

  /**
   * One run of {@code familySize} benchmarks; the first is {@code slowdown} times slower in B (1: A/A),
   * the others are A/A. Even benchmarks are times (ns/op), odd ones throughputs (ops/s).
   */
  List<PairedSamples> family(SplittableRandom random, int familySize, double slowdown) {
    List<PairedSamples> family = new ArrayList<>(familySize);
    for (int k = 0; k < familySize; k++) {
      Direction d = k % 2 == 0 ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
      family.add(benchmark(random, "bench" + k, d, k == 0 ? slowdown : 1));
    }
    return family;
  }

  /** One benchmark, B {@code slowdown} times slower than A (a time multiplied, a throughput divided). */
  PairedSamples benchmark(SplittableRandom random, String id, Direction direction, double slowdown) {
    double[] a = new double[rounds];
    double[] b = new double[rounds];
    double sigma = Math.sqrt(Math.log(1 + cv * cv));
    for (int r = 0; r < rounds; r++) {
      double drift = 1 + driftTotal * (rounds == 1 ? 0 : (double) r / (rounds - 1));
      double burstA = 1;
      double burstB = 1;
      if (random.nextDouble() < burstProbability) {
        double burst = 1.2 + (burstMax - 0.2) * random.nextDouble();
        if (!oneSidedBursts) {
          burstA = burst;
          burstB = burst;
        } else if (random.nextBoolean()) {
          burstA = burst;
        } else {
          burstB = burst;
        }
      }
      // a burst makes a run slower: a time grows, a throughput shrinks
      double slowA = drift * burstA;
      double slowB = drift * burstB * slowdown;
      double noiseA = Math.exp(sigma * JmhJson.gaussian(random));
      double noiseB = Math.exp(sigma * JmhJson.gaussian(random));
      if (direction == Direction.LOWER_IS_BETTER) {
        a[r] = BASE * slowA * noiseA;
        b[r] = BASE * slowB * noiseB;
      } else {
        a[r] = BASE / slowA * noiseA;
        b[r] = BASE / slowB * noiseB;
      }
    }
    return new PairedSamples(id, direction == Direction.LOWER_IS_BETTER ? "ns/op" : "ops/s", direction, a, b);
  }
}
