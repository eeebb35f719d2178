package org.scalebench.workloads.gridsearch;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.scalebench.results.BadInputException;
import org.scalebench.api.ParamDef;
import org.scalebench.api.Params;
import org.scalebench.workloads.gridsearch.data.ColumnRoles;
import org.scalebench.workloads.gridsearch.data.TableCsvReader;
import org.scalebench.workloads.gridsearch.grid.GridSpec;

/**
 * The grid search's parameters, parsed.
 *
 * @param dataFile the CSV file, or null to generate {@code rows} rows of credit-score data from {@code seed}
 * @param columns the target and dropped columns of a table of the user's own ({@code target=}), or
 *     null for the credit-score preset (the file's known columns cleaned of their dirt)
 * @param rows rows to generate when there is no file, {@code >= 1}
 * @param seed seeds the generator, the split and XGBoost
 * @param broadcast rank 0 loads and broadcasts the matrix; else every rank loads the file itself
 * @param dynamic dynamic scheduling; else the seed's static contiguous blocks
 * @param dedicatedDispatcher with dynamic scheduling, rank 0 only dispatches
 * @param grid the grid after the {@code rounds} override
 * @param folds 0 for a holdout, else the k of k-fold cross-validation
 * @param testFraction the holdout's share of rows, {@code (0, 1)}
 * @param earlyStoppingRounds 0 = off
 * @param halvingFactor 0 = no successive halving, else its factor {@code >= 2}
 * @param ranking the metric that orders the results
 * @param nthread XGBoost threads per fit, or 0 for the rank's cpus
 */
public record GridSearchSettings(Path dataFile, ColumnRoles columns, int rows, long seed, boolean broadcast, boolean dynamic,
    boolean dedicatedDispatcher, GridSpec grid, int folds, double testFraction, int earlyStoppingRounds,
    int halvingFactor, Ranking ranking, int nthread) {

  static final String GENERATED = "generated";
  /** The default of {@code seed=}: the generator's, the split's and XGBoost's. */
  public static final long DEFAULT_SEED = 42;
  /** The range of {@code rows=} with {@code data=generated}. */
  public static final int MIN_GENERATED_ROWS = 30;
  public static final int MAX_GENERATED_ROWS = 10_000_000;

  /** The parameter definitions of the workload. */
  static List<ParamDef> params() {
    return List.of(
        ParamDef.text("data", GENERATED, "the CSV file (credit-score columns, or any with target=), or 'generated' "
            + "for rows= synthetic credit-score rows"),
        new ParamDef("target", "", "the class column of a CSV file of your own; empty: the file has the credit-score "
            + "columns and is cleaned as such", v -> null),
        new ParamDef("drop", "", "with target=: comma-separated identifier columns to leave out of the features",
            v -> null),
        ParamDef.longIn("rows", 100_000, MIN_GENERATED_ROWS, MAX_GENERATED_ROWS, "rows to generate when data=generated"),
        ParamDef.longIn("seed", DEFAULT_SEED, Long.MIN_VALUE, Long.MAX_VALUE, "seed of the generator, the split and XGBoost"),
        ParamDef.choice("load", "every-rank", List.of("every-rank", "broadcast"),
            "every rank loads and cleans the data, or rank 0 does and broadcasts the matrix"),
        ParamDef.choice("scheduling", "dynamic", List.of("static", "dynamic"),
            "contiguous blocks per rank (the seed's scatter), or one combination at a time, most expensive first"),
        ParamDef.choice("dispatcher", "training", List.of("training", "dedicated"),
            "with dynamic scheduling: rank 0 trains between dispatching, or only dispatches"),
        ParamDef.text("grid", "default", "'default' (the seed's 216 combinations), a grid file (.json or key=v1,v2 lines) "
            + "or the lines inline, separated by ';' (max_depth=3,6;eta=0.1,0.3)"),
        ParamDef.text("rounds", "grid", "'grid', a list like 5,10,20, or one number N: the grid's rounds rescaled to start at N"),
        ParamDef.choice("eval", "holdout", List.of("holdout", "kfold"), "a stratified holdout or stratified k-fold"),
        ParamDef.longIn("folds", 5, 2, 20, "k of eval=kfold"),
        ParamDef.doubleIn("test-fraction", 0.2, 0.01, 0.5, "share of rows held out with eval=holdout"),
        ParamDef.longIn("early-stopping", 0, 0, 1_000_000, "stop a fit after this many rounds without a better test mlogloss (0 = off)"),
        ParamDef.choice("halving", "false", List.of("false", "true"), "successive halving over the boosting rounds"),
        ParamDef.longIn("halving-factor", 3, 2, 10, "keep the best 1/factor per rung and train them factor times longer"),
        ParamDef.choice("rank-by", "mlogloss", List.of("mlogloss", "accuracy"), "the metric that orders grid.csv"),
        new ParamDef("nthread", "cpus", "XGBoost threads per fit: 'cpus' (the rank's cpus-per-task) or a number >= 1",
            GridSearchSettings::nthreadProblem));
  }

  static String nthreadProblem(String v) {
    if (v.strip().equals("cpus")) {
      return null;
    }
    try {
      long n = Long.parseLong(v.strip());
      return n < 1 ? "must be at least 1 (or 'cpus')" : n > 1024 ? "must be at most 1024" : null;
    } catch (NumberFormatException e) {
      return "is not a whole number or 'cpus'";
    }
  }

  /** Parses validated parameters; reads the grid file. */
  public static GridSearchSettings of(Params p) {
    String data = p.text("data").strip();
    String gridText = p.text("grid").strip();
    GridSpec grid = gridText.equals("default") ? GridSpec.seedDefault()
        : gridText.contains("=") ? GridSpec.parseInline(gridText) : GridSpec.read(Path.of(gridText));
    grid = grid.withRounds(p.text("rounds"));
    String nthread = p.text("nthread").strip();
    Path file = data.equals(GENERATED) ? null : Path.of(data);
    return new GridSearchSettings(file, columns(file, p.text("target"), p.text("drop")), p.intValue("rows"),
        p.longValue("seed"), p.text("load").equals("broadcast"), p.text("scheduling").equals("dynamic"),
        p.text("dispatcher").equals("dedicated"), grid, p.text("eval").equals("kfold") ? p.intValue("folds") : 0,
        p.doubleValue("test-fraction"), p.intValue("early-stopping"),
        p.text("halving").equals("true") ? p.intValue("halving-factor") : 0, Ranking.parse(p.text("rank-by")),
        nthread.equals("cpus") ? 0 : Integer.parseInt(nthread));
  }

  /** The generic loader's roles, or null for the preset; the combinations no single parameter check sees. */
  private static ColumnRoles columns(Path file, String target, String drop) {
    boolean hasTarget = !TableCsvReader.strip(target).isEmpty();
    if (!hasTarget) {
      if (!TableCsvReader.strip(drop).isEmpty()) {
        throw new BadInputException("drop=" + drop + " needs target=COLUMN: without a target the file is read as "
            + "credit-score data, whose identifier columns are dropped anyway");
      }
      return null;
    }
    if (file == null) {
      throw new BadInputException("target=" + target + " needs data=FILE: data=generated makes credit-score data, "
          + "whose target is known");
    }
    return ColumnRoles.parse(target, drop);
  }

  /** Checks what involves the rank count. */
  void checkRanks(int ranks) {
    if (dynamic && dedicatedDispatcher && ranks < 2) {
      throw new BadInputException("dispatcher=dedicated needs at least 2 ranks (rank 0 only dispatches), got "
          + ranks + "; use dispatcher=training");
    }
  }

  /** XGBoost threads on a rank with {@code cpus} cpus. */
  int threads(int cpus) {
    return nthread > 0 ? nthread : cpus;
  }

  /** e.g. {@code "dynamic (dispatcher=training)"}. */
  String schedulingText() {
    return dynamic ? "dynamic (dispatcher=" + (dedicatedDispatcher ? "dedicated" : "training") + ")" : "static";
  }

  String evaluationText() {
    return folds > 0 ? "stratified " + folds + "-fold"
        : String.format(Locale.ROOT, "stratified holdout of %.0f%%", testFraction * 100);
  }
}
