package org.scalebench.workloads.gridsearch.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTest {

  @Test
  void handComputedExample() {
    // true:      0    0    1    2    1
    // predicted: 0    1    1    2    0   (argmax of each row)
    float[][] p = {
        {0.7f, 0.2f, 0.1f},
        {0.3f, 0.6f, 0.1f},
        {0.2f, 0.5f, 0.3f},
        {0.1f, 0.1f, 0.8f},
        {0.5f, 0.4f, 0.1f}};
    int[] y = {0, 0, 1, 2, 1};
    EvalMetrics m = Metrics.evaluate(p, y, 3);
    assertEquals(3.0 / 5, m.accuracy(), 1e-12);
    // class 0: TP 1, FP 1, FN 1 -> F1 = 2/4; class 1: TP 1, FP 1, FN 1 -> 2/4; class 2: TP 1 -> 1
    assertEquals((0.5 + 0.5 + 1.0) / 3, m.macroF1(), 1e-12);
    double loss = -(Math.log(0.7f) + Math.log(0.3f) + Math.log(0.5f) + Math.log(0.8f) + Math.log(0.4f)) / 5;
    assertEquals(loss, m.mlogloss(), 1e-12);
  }

  @Test
  void perfectPredictionsAndClippedZeros() {
    float[][] p = {{1, 0, 0}, {0, 1, 0}};
    EvalMetrics perfect = Metrics.evaluate(p, new int[] {0, 1}, 3);
    assertEquals(1.0, perfect.accuracy());
    // class 2 neither true nor predicted: averaged over the two present classes only
    assertEquals(1.0, perfect.macroF1());
    assertEquals(0.0, perfect.mlogloss());
    EvalMetrics wrong = Metrics.evaluate(p, new int[] {1, 0}, 3);
    assertEquals(0.0, wrong.accuracy());
    assertEquals(0.0, wrong.macroF1());
    assertEquals(-Math.log(1e-15), wrong.mlogloss(), 1e-12);
  }

  @Test
  void tiesGoToTheLowerClass() {
    EvalMetrics m = Metrics.evaluate(new float[][] {{0.4f, 0.4f, 0.2f}}, new int[] {0}, 3);
    assertEquals(1.0, m.accuracy());
  }

  @Test
  void foldMeansAreArithmeticMeans() {
    EvalMetrics mean = EvalMetrics.mean(List.of(new EvalMetrics(0.5, 0.4, 1.0), new EvalMetrics(0.7, 0.6, 0.5)));
    assertEquals(new EvalMetrics(0.6, 0.5, 0.75), mean);
  }
}
