package org.scalebench.workloads.gridsearch.train;

import java.io.Serializable;
import java.util.List;

/**
 * The quality of one fit on held-out rows.
 *
 * @param accuracy the share of rows whose most probable class is the true one, {@code 0..1}
 * @param macroF1 the unweighted mean over classes of {@code F1 = 2TP / (2TP + FP + FN)}, {@code 0..1}
 * @param mlogloss the mean of {@code -ln p(true class)}, probabilities clipped to {@code [1e-15, 1]}, {@code >= 0}
 */
public record EvalMetrics(double accuracy, double macroF1, double mlogloss) implements Serializable {
  public EvalMetrics {
    if (!(accuracy >= 0 && accuracy <= 1)) {
      throw new IllegalArgumentException("accuracy must be in [0, 1], got " + accuracy);
    }
    if (!(macroF1 >= 0 && macroF1 <= 1)) {
      throw new IllegalArgumentException("macroF1 must be in [0, 1], got " + macroF1);
    }
    if (!(mlogloss >= 0) || Double.isInfinite(mlogloss)) {
      throw new IllegalArgumentException("mlogloss must be finite and >= 0, got " + mlogloss);
    }
  }

  /** The mean of each metric over folds (the way cross-validation scores are reported). */
  public static EvalMetrics mean(List<EvalMetrics> folds) {
    if (folds.isEmpty()) {
      throw new IllegalArgumentException("folds must not be empty");
    }
    double a = 0;
    double f = 0;
    double l = 0;
    for (EvalMetrics m : folds) {
      a += m.accuracy;
      f += m.macroF1;
      l += m.mlogloss;
    }
    int n = folds.size();
    return new EvalMetrics(a / n, f / n, l / n);
  }
}
