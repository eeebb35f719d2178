package org.scalebench.analysis.scaling;

import java.util.List;
import java.util.Optional;
import org.scalebench.analysis.aggregate.PointStats;
import org.scalebench.analysis.fit.FitResult;
import org.scalebench.analysis.fit.SeriesModels;
import org.scalebench.results.Checks;
import org.scalebench.results.Scaling;

/**
 * One scaling curve: its points, ratios against the baseline, model fits, and the caveats a reader
 * must see next to them.
 *
 * @param key what stays fixed along the curve
 * @param mode strong or weak
 * @param baseline the point all ratios are relative to: the smallest rank count (fewest nodes on a tie)
 * @param rows one per point, by rank count then nodes
 * @param fits the model fits, successful or not (a failed one carries its reason)
 * @param notes sentences for the reader: baseline not 1 rank, single rank count, missing points
 * @param models the laws compared on the wall times, the one chosen, its predictions and findings
 *     ({@code fits} are {@code models.fits()} when the models were computed)
 */
public record ScalingAnalysis(
    SeriesKey key, Scaling mode, PointStats baseline, List<ScalingRow> rows, List<FitResult> fits,
    List<String> notes, SeriesModels models) {

  public ScalingAnalysis {
    Checks.notNull("key", key);
    Checks.notNull("mode", mode);
    Checks.notNull("baseline", baseline);
    rows = List.copyOf(rows);
    fits = List.copyOf(fits);
    notes = List.copyOf(notes);
    Checks.notNull("models", models);
  }

  /** A curve without model comparison (the fits alone). */
  public ScalingAnalysis(SeriesKey key, Scaling mode, PointStats baseline, List<ScalingRow> rows,
      List<FitResult> fits, List<String> notes) {
    this(key, mode, baseline, rows, fits, notes, SeriesModels.none(mode));
  }

  public int baselineRanks() {
    return baseline.ranks();
  }

  /** How many distinct rank counts were measured. */
  public long rankCounts() {
    return rows.stream().mapToInt(ScalingRow::ranks).distinct().count();
  }

  /** True when at least two rank counts exist, so ratios mean something. */
  public boolean hasScaling() {
    return rankCounts() >= 2;
  }

  /** The fit of the model called {@code name}, if it was attempted. */
  public Optional<FitResult> fit(String name) {
    return fits.stream().filter(f -> f.model().name().equals(name)).findFirst();
  }
}
