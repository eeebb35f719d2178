package org.scalebench.workloads.gridsearch.train;

/**
 * Classification metrics from predicted class probabilities, computed in double precision in row
 * order (so they are the same on every rank for the same predictions).
 */
public final class Metrics {
  /**
   * Probabilities are clipped to at least this before the logarithm, as scikit-learn's {@code
   * log_loss} did (eps 1e-15), so one confident mistake costs at most {@code -ln(1e-15) = 34.5}.
   */
  public static final double LOG_LOSS_EPS = 1e-15;

  private Metrics() {}

  /**
   * Accuracy, macro-F1 and log loss of {@code probabilities[row][class]} against {@code labels}.
   * The predicted class is the most probable one (the lowest index on ties). Macro-F1 averages over
   * the classes that occur in the labels or the predictions (scikit-learn's {@code f1_score(average=
   * "macro")}); a class predicted but never true has F1 0.
   */
  public static EvalMetrics evaluate(float[][] probabilities, int[] labels, int classes) {
    int n = labels.length;
    if (probabilities.length != n || n == 0) {
      throw new IllegalArgumentException("probabilities must have one row per label (" + n + " >= 1), got "
          + probabilities.length);
    }
    long[] truePositive = new long[classes];
    long[] predicted = new long[classes];
    long[] actual = new long[classes];
    long correct = 0;
    double loss = 0;
    for (int i = 0; i < n; i++) {
      float[] p = probabilities[i];
      if (p.length != classes) {
        throw new IllegalArgumentException("row " + i + " must have " + classes + " probabilities, got " + p.length);
      }
      int best = 0;
      for (int c = 1; c < classes; c++) {
        if (p[c] > p[best]) {
          best = c;
        }
      }
      int y = labels[i];
      actual[y]++;
      predicted[best]++;
      if (best == y) {
        correct++;
        truePositive[y]++;
      }
      loss -= Math.log(Math.min(1.0, Math.max(LOG_LOSS_EPS, p[y])));
    }
    double f1Sum = 0;
    int present = 0;
    for (int c = 0; c < classes; c++) {
      long denominator = predicted[c] + actual[c]; // 2TP + FP + FN
      if (denominator > 0) {
        f1Sum += 2.0 * truePositive[c] / denominator;
        present++;
      }
    }
    return new EvalMetrics((double) correct / n, f1Sum / present, loss / n);
  }
}
