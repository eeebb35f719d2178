package org.scalebench.ab;

import org.scalebench.analysis.compare.Direction;
import org.scalebench.results.Checks;

/**
 * One measurement of one benchmark or study point by one side in one round.
 *
 * @param id the benchmark with its parameters, or the study point
 * @param unit the value's unit, e.g. {@code ns/op}, {@code ops/s}, {@code s}
 * @param direction which way is better
 * @param value the measurement: a JMH fork's median iteration score, or a run's wall seconds; finite, {@code > 0}
 */
public record Sample(String id, String unit, Direction direction, double value) {
  public Sample {
    Checks.nonBlank("id", id);
    Checks.nonBlank("unit", unit);
    Checks.notNull("direction", direction);
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("value of " + id + " must be finite and > 0, got " + value);
    }
  }
}
