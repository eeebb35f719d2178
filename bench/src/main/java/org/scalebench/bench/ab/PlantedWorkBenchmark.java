package org.scalebench.bench.ab;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * A fixed amount of integer work whose size is a parameter, for calibrating the A/B gate: a side run
 * with {@code -p work=105} does 5% more real work than one with the default 100, so a planted
 * slowdown is extra instructions, never an edited number. The work is a serial chain of
 * multiply-xorshift steps (each step needs the previous one's result, so the JIT can neither skip nor
 * vectorize it), {@code work x 1,000} steps per operation: time per operation is linear in {@code work}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PlantedWorkBenchmark {
  /** Steps per operation in thousands, {@code >= 1}; 100 is the baseline. */
  @Param({"100"})
  public int work;

  private long seed = 0x9E3779B97F4A7C15L;

  @Benchmark
  public long chain() {
    long x = seed;
    long steps = work * 1000L;
    for (long i = 0; i < steps; i++) {
      x *= 0xBF58476D1CE4E5B9L;
      x ^= x >>> 31;
    }
    seed = x | 1;
    return x;
  }
}
