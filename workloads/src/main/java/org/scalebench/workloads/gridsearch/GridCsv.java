package org.scalebench.workloads.gridsearch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.scalebench.api.OutputFiles;
import org.scalebench.workloads.gridsearch.grid.Combination;
import org.scalebench.workloads.gridsearch.schedule.CombinationResult;

/**
 * {@code grid.csv}: one row per combination, best first. Columns: {@code schema_version} ({@link
 * #SCHEMA_VERSION}), {@code place} (1 = best), {@code
 * combination} (its index in the grid), one column per grid key named as XGBoost names it ({@code
 * max_depth, eta, rounds, subsample, colsample_bytree, min_child_weight}, then any further keys),
 * {@code rung} and {@code rounds_trained} (the last halving rung the combination reached and its
 * rounds there; 0 and {@code rounds} without halving), {@code best_rounds} (fewer than {@code
 * rounds_trained} after early stopping), {@code accuracy, macro_f1, mlogloss} (six decimals), {@code
 * fit_seconds} and the {@code rank} and {@code host} that trained it.
 *
 * <p>Order: later rungs first (with halving, a survivor beat everything it left behind), then by the
 * ranking metric, then by combination index.
 */
public final class GridCsv {
  /** The file's format version, its first column ({@link OutputFiles}); the console table omits it. */
  public static final int SCHEMA_VERSION = 1;

  private GridCsv() {}

  /** The results, best first. */
  public static List<CombinationResult> bestFirst(Collection<CombinationResult> results, Ranking ranking) {
    List<CombinationResult> sorted = new ArrayList<>(results);
    sorted.sort(Comparator.comparingInt((CombinationResult r) -> -r.task().rung()).thenComparing(ranking.order()));
    return sorted;
  }

  public static String header(List<String> keys) {
    return "place,combination," + String.join(",", keys)
        + ",rung,rounds_trained,best_rounds,accuracy,macro_f1,mlogloss,fit_seconds,rank,host";
  }

  /** One row; {@code place} counts from 1. */
  public static String row(int place, CombinationResult r, Combination c) {
    StringBuilder s = new StringBuilder();
    s.append(place).append(',').append(c.index());
    c.values().values().forEach(v -> s.append(',').append(v));
    s.append(String.format(Locale.ROOT, ",%d,%d,%d,%.6f,%.6f,%.6f,%.4f,%d,%s", r.task().rung(), r.task().rounds(),
        r.bestRounds(), r.metrics().accuracy(), r.metrics().macroF1(), r.metrics().mlogloss(), r.fitSeconds(),
        r.rank(), csvCell(r.host())));
    return s.toString();
  }

  /** Writes the sorted results atomically. */
  public static void write(Path file, List<CombinationResult> bestFirst, List<Combination> combinations) throws IOException {
    List<String> rows = new ArrayList<>(bestFirst.size());
    for (int i = 0; i < bestFirst.size(); i++) {
      CombinationResult r = bestFirst.get(i);
      rows.add(row(i + 1, r, combinations.get(r.task().combination())));
    }
    OutputFiles.writeCsv(file, SCHEMA_VERSION, header(new ArrayList<>(combinations.get(0).values().keySet())), rows);
  }

  private static String csvCell(String text) {
    return text.contains(",") || text.contains("\"") || text.contains("\n")
        ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}
