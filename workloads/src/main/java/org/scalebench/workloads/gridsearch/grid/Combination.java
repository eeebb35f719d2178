package org.scalebench.workloads.gridsearch.grid;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.scalebench.results.Checks;

/**
 * One point of a grid: a value for every key of the grid, as text normalized by the grid.
 *
 * @param index the position in the grid's expansion order, {@code >= 0}
 * @param values key to value, in the grid's key order; always holds the six {@link GridKey#STANDARD} keys
 */
public record Combination(int index, Map<String, String> values) {
  public Combination {
    Checks.atLeast("index", index, 0);
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    for (String key : GridKey.STANDARD) {
      if (!values.containsKey(key)) {
        throw new IllegalArgumentException("values must hold " + key + ", got " + values.keySet());
      }
    }
  }

  public int maxDepth() {
    return Integer.parseInt(values.get(GridKey.MAX_DEPTH));
  }

  public int rounds() {
    return Integer.parseInt(values.get(GridKey.ROUNDS));
  }

  /**
   * A relative cost estimate for ordering work, {@code rounds * 2^max_depth}: a depth-wise tree has
   * up to {@code 2^max_depth} leaves and each round grows one per class (the number of classes is
   * the same for every combination). Capped at depth 30 so that it stays finite.
   */
  public double cost(int rounds) {
    return rounds * Math.pow(2, Math.min(30, maxDepth()));
  }

  /** The booster parameters of this combination (everything but {@code rounds}), for XGBoost. */
  public Map<String, Object> boosterParams() {
    Map<String, Object> params = new LinkedHashMap<>();
    values.forEach((k, v) -> {
      if (!k.equals(GridKey.ROUNDS)) {
        params.put(k, v);
      }
    });
    return params;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("#").append(index);
    values.forEach((k, v) -> s.append(' ').append(k).append('=').append(v));
    return s.toString();
  }
}
