package org.scalebench.analysis.compare;

import java.util.Arrays;
import java.util.Objects;

/**
 * The raw samples of one benchmark or study point.
 *
 * @param id what is measured, unique within its input (benchmark name and parameters, or workload,
 *     parameters and shape)
 * @param unit the samples' unit, e.g. {@code ns/op}, {@code ops/s}, {@code s}
 * @param direction which way is better
 * @param samples the measurements (JMH iteration scores, or wall seconds of repetitions); finite
 */
public record Metric(String id, String unit, Direction direction, double[] samples) {
  public Metric {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(unit, "unit must not be null");
    Objects.requireNonNull(direction, "direction must not be null");
    samples = samples.clone();
    for (double v : samples) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("samples of " + id + " must be finite, got " + v);
      }
    }
  }

  @Override
  public double[] samples() {
    return samples.clone();
  }

  public int count() {
    return samples.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Metric m && id.equals(m.id) && unit.equals(m.unit) && direction == m.direction
        && Arrays.equals(samples, m.samples);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, unit, direction, Arrays.hashCode(samples));
  }

  @Override
  public String toString() {
    return id + " [" + unit + ", " + samples.length + " samples]";
  }
}
