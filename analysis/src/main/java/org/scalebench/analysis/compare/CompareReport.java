package org.scalebench.analysis.compare;

import java.util.List;
import java.util.Objects;

/**
 * Everything one {@code compare} found.
 *
 * @param kind what was compared
 * @param baseline the baseline input
 * @param current the current input
 * @param thresholds the thresholds used
 * @param samples one row per benchmark or point, in baseline order, then new ones
 * @param scaling one row per scaling curve and fitted parameter (studies only; empty for JMH)
 * @param warnings sentences the reader must see (skipped runs, different machines)
 */
public record CompareReport(InputKind kind, CompareInput baseline, CompareInput current, Thresholds thresholds,
    List<SampleComparison> samples, List<ScalingComparison> scaling, List<String> warnings) {
  /** The version of {@code compare.json} this build writes. */
  public static final int SCHEMA_VERSION = 1;
  public static final String FORMAT = "scalebench.compare";

  public CompareReport {
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(baseline, "baseline must not be null");
    Objects.requireNonNull(current, "current must not be null");
    Objects.requireNonNull(thresholds, "thresholds must not be null");
    samples = List.copyOf(samples);
    scaling = List.copyOf(scaling);
    warnings = List.copyOf(warnings);
  }

  /** Rows (samples and scaling) with a regression verdict. */
  public long regressions() {
    return count(Verdict.REGRESSION);
  }

  /** Rows (samples and scaling) a test decided: regression, improvement or unchanged. */
  public long tested() {
    return samples.stream().filter(s -> s.verdict().isTested()).count()
        + scaling.stream().filter(s -> s.verdict().isTested()).count();
  }

  /** True when no row could be tested: a gate that tested nothing must not pass. */
  public boolean nothingTested() {
    return tested() == 0;
  }

  public long count(Verdict verdict) {
    return samples.stream().filter(s -> s.verdict() == verdict).count()
        + scaling.stream().filter(s -> s.verdict() == verdict).count();
  }
}
