package org.scalebench.workloads.gridsearch.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.scalebench.results.BadInputException;
import org.scalebench.results.Checks;
import org.scalebench.workloads.gridsearch.data.Dataset;
import org.scalebench.workloads.gridsearch.data.StratifiedSplit.Fold;
import org.scalebench.workloads.gridsearch.grid.Combination;

/**
 * Trains and evaluates XGBoost models on fixed folds. The train and test matrices of every fold are
 * built once and reused by every fit.
 *
 * <p>Each fit: {@code multi:softprob} over the data's classes, {@code tree_method=hist} unless the
 * grid sets it, {@code seed} and {@code nthread} from the workload, XGBoost silent ({@code
 * verbosity=0}, {@code verbose_eval=0}). With early stopping the fold's test part is the watch set
 * (as {@code xgb.cv} does) and the model is evaluated at its best iteration. Fits with the same
 * seed are identical whatever {@code nthread} (measured on this project's test machine), so a combination gets the
 * same metrics on any rank.
 */
public final class XgbTrainer implements AutoCloseable {
  private final List<DMatrix> train = new ArrayList<>();
  private final List<DMatrix> test = new ArrayList<>();
  private final List<int[]> testLabels = new ArrayList<>();
  private final int nthread;
  private final long seed;
  private final int earlyStoppingRounds;
  private final int classes;

  /**
   * @param nthread XGBoost threads per fit, {@code >= 1}
   * @param earlyStoppingRounds stop when the test mlogloss has not improved for this many rounds; 0 = off
   */
  public XgbTrainer(Dataset data, List<Fold> folds, int nthread, long seed, int earlyStoppingRounds)
      throws XGBoostError {
    this.nthread = Checks.atLeast("nthread", nthread, 1);
    this.seed = seed;
    this.earlyStoppingRounds = Checks.atLeast("earlyStoppingRounds", earlyStoppingRounds, 0);
    this.classes = data.classes();
    try {
      for (Fold fold : folds) {
        train.add(matrix(data, fold.train()));
        test.add(matrix(data, fold.test()));
        int[] labels = new int[fold.test().length];
        for (int i = 0; i < labels.length; i++) {
          labels[i] = data.labels()[fold.test()[i]];
        }
        testLabels.add(labels);
      }
    } catch (XGBoostError | RuntimeException e) {
      close();
      throw e;
    }
  }

  private static DMatrix matrix(Dataset data, int[] rows) throws XGBoostError {
    DMatrix m = new DMatrix(data.featuresOf(rows), rows.length, data.columns(), Float.NaN);
    m.setLabel(data.labelsOf(rows));
    return m;
  }

  /** The parameters XGBoost gets for {@code combination}. */
  public Map<String, Object> params(Combination combination) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("objective", "multi:softprob");
    p.put("num_class", classes);
    p.put("eval_metric", "mlogloss");
    p.put("tree_method", "hist");
    p.put("seed", seed);
    p.put("nthread", nthread);
    p.put("verbosity", 0);
    p.put("verbose_eval", 0);
    p.putAll(combination.boosterParams());
    return p;
  }

  /**
   * Trains {@code combination} for {@code rounds} rounds on every fold and evaluates it.
   *
   * @throws BadInputException when XGBoost rejects a parameter of the combination
   */
  public FitOutcome fit(Combination combination, int rounds) {
    Checks.atLeast("rounds", rounds, 1);
    Map<String, Object> params = params(combination);
    List<EvalMetrics> perFold = new ArrayList<>();
    long bestRoundsSum = 0;
    for (int f = 0; f < train.size(); f++) {
      Booster booster = null;
      try {
        Map<String, DMatrix> watches = new HashMap<>();
        float[][] history = null;
        if (earlyStoppingRounds > 0) {
          watches.put("test", test.get(f));
          history = new float[1][rounds];
        }
        booster = XGBoost.train(train.get(f), params, rounds, watches, history, null, null, earlyStoppingRounds);
        int best = rounds;
        String attr = earlyStoppingRounds > 0 ? booster.getAttr("best_iteration") : null;
        if (attr != null) {
          best = Integer.parseInt(attr.strip()) + 1;
        }
        float[][] probabilities = best < rounds
            ? booster.predict(test.get(f), false, best)
            : booster.predict(test.get(f));
        perFold.add(Metrics.evaluate(probabilities, testLabels.get(f), classes));
        bestRoundsSum += best;
      } catch (XGBoostError e) {
        throw new BadInputException("XGBoost rejects grid combination " + combination + ": " + firstLine(e), e);
      } finally {
        if (booster != null) {
          booster.dispose();
        }
      }
    }
    return new FitOutcome(EvalMetrics.mean(perFold), (int) Math.round((double) bestRoundsSum / train.size()));
  }

  /** XGBoost's messages start with a timestamp and a source position; keep the reason. */
  static String firstLine(XGBoostError e) {
    String m = String.valueOf(e.getMessage()).strip();
    String line = m.lines().filter(l -> !l.isBlank() && !l.startsWith("Stack trace")).findFirst().orElse(m);
    int bracket = line.lastIndexOf(": ");
    return (line.startsWith("[") && bracket > 0 ? line.substring(bracket + 2) : line).strip();
  }

  @Override
  public void close() {
    train.forEach(DMatrix::dispose);
    test.forEach(DMatrix::dispose);
    train.clear();
    test.clear();
  }
}
