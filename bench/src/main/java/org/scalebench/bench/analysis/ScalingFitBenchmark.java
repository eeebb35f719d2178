package org.scalebench.bench.analysis;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.scalebench.analysis.fit.AmdahlModel;
import org.scalebench.analysis.fit.FitResult;
import org.scalebench.analysis.fit.UslModel;

/**
 * Microseconds per Amdahl and USL least-squares fit (Levenberg-Marquardt plus the covariance for the
 * intervals) on a fixed, seeded data set: {@code repetitions} noisy runs at each of the rank counts
 * 1, 2, 4, ..., 64 of a program with serial fraction 0.05 (Amdahl) and contention 0.03, coherency
 * 0.0005 (USL), 2% multiplicative noise. {@code repetitions} is the work size: the analysis fits
 * medians (7 points), so 1 is the real case, larger values time the fitter on more points.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScalingFitBenchmark {
  private static final int[] RANKS = {1, 2, 4, 8, 16, 32, 64};

  @Param({"1"})
  public int repetitions;

  private double[] ranks;
  private double[] seconds;
  private double[] throughput;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20251125L);
    int n = RANKS.length * repetitions;
    ranks = new double[n];
    seconds = new double[n];
    throughput = new double[n];
    double[] amdahl = {100, 0.05};
    double[] usl = {1.0, 0.03, 0.0005};
    AmdahlModel a = new AmdahlModel();
    UslModel u = new UslModel();
    for (int i = 0; i < n; i++) {
      double p = RANKS[i % RANKS.length];
      double noise = 1 + 0.02 * (2 * random.nextDouble() - 1);
      ranks[i] = p;
      seconds[i] = a.value(amdahl, p) * noise;
      throughput[i] = u.value(usl, p) * noise;
    }
  }

  @Benchmark
  public FitResult amdahlFit() {
    return new AmdahlModel().fit(ranks, seconds);
  }

  @Benchmark
  public FitResult uslFit() {
    return new UslModel().fit(ranks, throughput);
  }
}
