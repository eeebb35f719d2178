package org.scalebench.analysis.fit;

/**
 * One repetition of one point of a scaling series.
 *
 * @param units the parallel resources of the point: ranks, or total cores (ranks x cpus per rank),
 *     {@code >= 1}; several observations share a value (repetitions, or configurations with the
 *     same total)
 * @param seconds the wall time of the repetition, {@code > 0}
 */
public record Observation(double units, double seconds) {
  public Observation {
    if (!(units >= 1) || Double.isInfinite(units)) {
      throw new IllegalArgumentException("units must be a finite number >= 1, got " + units);
    }
    if (!(seconds > 0) || Double.isInfinite(seconds)) {
      throw new IllegalArgumentException("seconds must be a finite number > 0, got " + seconds);
    }
  }
}
