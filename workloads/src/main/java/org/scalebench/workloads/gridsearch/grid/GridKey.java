package org.scalebench.workloads.gridsearch.grid;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.DoublePredicate;

/**
 * The keys a grid may vary, named as XGBoost names them, with the check each value must pass.
 * {@code rounds} is the number of boosting rounds ({@code num_boost_round}); every other key goes to
 * XGBoost as a booster parameter. Keys outside {@link #STANDARD} and {@link #EXTRA} are refused,
 * because XGBoost only warns about a parameter it does not know and would train without it.
 */
public final class GridKey {
  public static final String MAX_DEPTH = "max_depth";
  public static final String ETA = "eta";
  public static final String ROUNDS = "rounds";
  public static final String SUBSAMPLE = "subsample";
  public static final String COLSAMPLE_BYTREE = "colsample_bytree";
  public static final String MIN_CHILD_WEIGHT = "min_child_weight";

  /** The seed's six keys, in the order of its grid (the first varies slowest). */
  public static final List<String> STANDARD = List.of(MAX_DEPTH, ETA, ROUNDS, SUBSAMPLE, COLSAMPLE_BYTREE,
      MIN_CHILD_WEIGHT);

  /** The value a standard key takes when a grid file leaves it out (XGBoost's defaults; 100 rounds). */
  public static final Map<String, String> DEFAULTS = Map.of(MAX_DEPTH, "6", ETA, "0.3", ROUNDS, "100", SUBSAMPLE,
      "1", COLSAMPLE_BYTREE, "1", MIN_CHILD_WEIGHT, "1");

  /** Further tree-booster parameters a grid may vary; XGBoost itself checks their values. */
  public static final List<String> EXTRA = List.of("gamma", "min_split_loss", "lambda", "reg_lambda", "alpha",
      "reg_alpha", "max_delta_step", "colsample_bylevel", "colsample_bynode", "tree_method", "max_bin",
      "grow_policy", "max_leaves");

  /** Set by the workload itself, never by a grid. */
  public static final Map<String, String> RESERVED = Map.of("objective", "the workload trains multi:softprob",
      "num_class", "the workload sets it from the classes", "nthread", "use the workload parameter nthread",
      "seed", "use the workload parameter seed", "eval_metric", "the workload evaluates mlogloss",
      "learning_rate", "the grid calls it eta", "num_boost_round", "the grid calls it rounds",
      "n_estimators", "the grid calls it rounds", "verbosity", "the workload keeps XGBoost quiet",
      "num_parallel_tree", "early stopping counts one tree per class and round");

  private GridKey() {}

  /** Null when {@code value} suits {@code key}, else what is wrong with it. */
  static String problem(String key, String value) {
    if (value.isBlank()) {
      return "is blank";
    }
    switch (key) {
      case MAX_DEPTH:
        return wholeAtLeast(value, 1);
      case ROUNDS:
        return wholeAtLeast(value, 1);
      case ETA:
        return checkNumber(value, x -> x > 0, "must be > 0");
      case SUBSAMPLE:
      case COLSAMPLE_BYTREE:
        return checkNumber(value, x -> x > 0 && x <= 1, "must be in (0, 1]");
      case MIN_CHILD_WEIGHT:
        return checkNumber(value, x -> x >= 0, "must be >= 0");
      default:
        return null;
    }
  }

  /** The value as written in grid.csv: numbers without trailing zeros ({@code 1.0 -> 1}), text as is. */
  static String normalize(String key, String value) {
    String v = value.strip();
    if (STANDARD.contains(key)) {
      return new BigDecimal(v).stripTrailingZeros().toPlainString();
    }
    return v;
  }

  private static String wholeAtLeast(String value, int min) {
    try {
      long x = Long.parseLong(value.strip());
      return x < min ? "must be at least " + min : x > 1_000_000 ? "must be at most 1000000" : null;
    } catch (NumberFormatException e) {
      return "is not a whole number";
    }
  }

  private static String checkNumber(String value, DoublePredicate good, String otherwise) {
    double x;
    try {
      x = Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      return "is not a number";
    }
    if (!Double.isFinite(x)) {
      return "is not a finite number";
    }
    return good.test(x) ? null : otherwise;
  }
}
