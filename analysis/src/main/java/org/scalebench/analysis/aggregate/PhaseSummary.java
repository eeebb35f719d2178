package org.scalebench.analysis.aggregate;

import org.scalebench.results.Checks;
import org.scalebench.results.PhaseKind;

/**
 * One phase of one point over its repetitions.
 *
 * @param phase the workload's phase name
 * @param kind compute, comm or io
 * @param seconds per repetition, the slowest rank's seconds in the phase, summarised
 */
public record PhaseSummary(String phase, PhaseKind kind, Summary seconds) {
  public PhaseSummary {
    Checks.nonBlank("phase", phase);
    Checks.notNull("kind", kind);
    Checks.notNull("seconds", seconds);
  }
}
