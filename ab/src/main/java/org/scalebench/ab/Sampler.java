package org.scalebench.ab;

import java.io.IOException;
import java.util.List;

/** Measures every benchmark (or study point) of an A/B run once, with one side's build. */
public interface Sampler {
  /**
   * One round's measurements by {@code build}.
   *
   * @param round the round, {@code >= 1}, for file names
   * @param cpu the core to pin the measurement to ({@code taskset -c}), or -1 to leave it unpinned
   * @return one sample per benchmark or point, in a stable order
   * @throws AbFailure when the measurement failed (a benchmark threw, a run failed)
   */
  List<Sample> sample(VariantBuild build, int round, int cpu) throws IOException, InterruptedException;

  /** What is measured, for the report: e.g. {@code JMH 'matching' (-f 1 -wi 3 ...)}. */
  String description();

  /** Whether one sample keeps to one core, so that {@code --mode duet} can run A and B side by side. */
  boolean singleCore();
}
