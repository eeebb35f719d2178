package org.scalebench.workloads.gridsearch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.scalebench.results.BadInputException;
import org.scalebench.workloads.gridsearch.data.Dataset;
import org.scalebench.workloads.gridsearch.data.StratifiedSplit;
import org.scalebench.workloads.gridsearch.grid.Combination;
import org.scalebench.workloads.gridsearch.grid.GridKey;
import org.scalebench.workloads.gridsearch.grid.GridSpec;
import org.scalebench.workloads.gridsearch.train.XgbTrainer;

/**
 * Lets XGBoost check the values of the grid's further keys ({@link GridKey#EXTRA}, whose ranges this
 * suite does not know) before any rank starts the search: one fit of one round on 12 rows for each
 * distinct value, milliseconds each. The standard keys are range-checked by {@link GridSpec} itself.
 */
final class XgbProbe {
  private XgbProbe() {}

  /** @throws BadInputException naming the first value XGBoost rejects */
  static void check(GridSpec grid) {
    List<String> extras = grid.values().keySet().stream().filter(k -> !GridKey.STANDARD.contains(k)).toList();
    if (extras.isEmpty()) {
      return;
    }
    Combination first = grid.first();
    int rows = 12;
    float[] features = new float[rows * 2];
    int[] labels = new int[rows];
    for (int i = 0; i < rows; i++) {
      features[2 * i] = i;
      features[2 * i + 1] = (i * 7) % 5;
      labels[i] = i % 3;
    }
    Dataset tiny = new Dataset(features, rows, 2, labels, List.of("a", "b"), List.of("0", "1", "2"));
    try (XgbTrainer trainer = new XgbTrainer(tiny, List.of(StratifiedSplit.holdout(labels, 0.25, 1)), 1, 1, 0)) {
      for (String key : extras) {
        for (String value : grid.values().get(key)) {
          Map<String, String> v = new LinkedHashMap<>(first.values());
          v.put(key, value);
          v.put(GridKey.ROUNDS, "1");
          trainer.fit(new Combination(0, v), 1);
        }
      }
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost cannot build a 12-row matrix: " + e.getMessage(), e);
    }
  }
}
