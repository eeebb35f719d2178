package org.scalebench.workloads.gridsearch;

import java.util.Comparator;
import java.util.Locale;
import org.scalebench.workloads.gridsearch.schedule.CombinationResult;

/** The metric that orders results best first; ties go to the lower combination index. */
public enum Ranking {
  /** Multi-class log loss, lower is better: it rewards calibrated probabilities, not only the argmax. */
  MLOGLOSS(Comparator.comparingDouble((CombinationResult r) -> r.metrics().mlogloss()), "lower is better"),
  /** Accuracy, higher is better. */
  ACCURACY(Comparator.comparingDouble((CombinationResult r) -> -r.metrics().accuracy()), "higher is better");

  private final Comparator<CombinationResult> order;
  private final String direction;

  Ranking(Comparator<CombinationResult> byMetric, String direction) {
    this.order = byMetric.thenComparingInt(r -> r.task().combination());
    this.direction = direction;
  }

  /** Best first. */
  public Comparator<CombinationResult> order() {
    return order;
  }

  /** The metric's column name, e.g. {@code mlogloss}. */
  public String metric() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String direction() {
    return direction;
  }

  public static Ranking parse(String text) {
    return valueOf(text.strip().toUpperCase(Locale.ROOT));
  }
}
