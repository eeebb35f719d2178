package org.scalebench.analysis.scaling;

import java.util.Comparator;
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
 * @param name what the reader sees: the short name and the full parameter list
 * @param mode strong or weak
 * @param baseline the point all ratios are relative to: the fewest processors on the curve's axis
 *     (fewest ranks, then fewest nodes, on a tie)
 * @param rows one per point, by processors on the axis, then ranks, then nodes
 * @param fits the model fits, successful or not (a failed one carries its reason)
 * @param notes sentences for the reader: baseline not 1, single processor count, missing points,
 *     cores as the axis, oversubscribed points
 * @param models the laws compared on the wall times, the one chosen, its predictions and findings
 *     ({@code fits} are {@code models.fits()} when the models were computed)
 */
public record ScalingAnalysis(
    SeriesKey key, SeriesName name, Scaling mode, PointStats baseline, List<ScalingRow> rows, List<FitResult> fits,
    List<String> notes, SeriesModels models) {

  public ScalingAnalysis {
    Checks.notNull("key", key);
    Checks.notNull("name", name);
    Checks.notNull("mode", mode);
    Checks.notNull("baseline", baseline);
    rows = List.copyOf(rows);
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("a scaling curve needs at least one point: " + key.title());
    }
    fits = List.copyOf(fits);
    notes = List.copyOf(notes);
    Checks.notNull("models", models);
  }

  /** A curve without model comparison (the fits alone). */
  public ScalingAnalysis(SeriesKey key, SeriesName name, Scaling mode, PointStats baseline, List<ScalingRow> rows,
      List<FitResult> fits, List<String> notes) {
    this(key, name, mode, baseline, rows, fits, notes, SeriesModels.none(mode));
  }

  /** Ranks, or total cores when the curve varies cpus per task. */
  public Axis axis() {
    return key.axis();
  }

  public int baselineRanks() {
    return baseline.ranks();
  }

  /** {@code p0}: the baseline's processors on the axis. */
  public int baselineUnits() {
    return rows.get(0).units();
  }

  /** How many distinct rank counts were measured. */
  public long rankCounts() {
    return rows.stream().mapToInt(ScalingRow::ranks).distinct().count();
  }

  /** How many distinct processor counts on the axis were measured. */
  public long unitCounts() {
    return rows.stream().mapToInt(ScalingRow::units).distinct().count();
  }

  /** True when at least two processor counts exist, so ratios mean something. */
  public boolean hasScaling() {
    return unitCounts() >= 2;
  }

  /** The distinct cpus per task of the curve's points, ascending. */
  public List<Integer> cpusPerTask() {
    return rows.stream().map(r -> r.point().key().cpusPerTask()).distinct().sorted().toList();
  }

  /** True when some point ran oversubscribed. */
  public boolean hasOversubscribed() {
    return rows.stream().anyMatch(ScalingRow::oversubscribed);
  }

  /**
   * The best configuration: the lowest median wall time among the points the fits use (an
   * oversubscribed point is not a configuration the cores allow), fewer cores then fewer ranks on a
   * tie; among all points when the fits use none.
   */
  public ScalingRow best() {
    List<ScalingRow> candidates = rows.stream().filter(ScalingRow::inFits).toList();
    return (candidates.isEmpty() ? rows : candidates).stream()
        .min(Comparator.comparingDouble(ScalingRow::medianSeconds).thenComparingInt(ScalingRow::cores)
            .thenComparingInt(ScalingRow::ranks))
        .orElseThrow();
  }

  /** The point with the most processors on the axis (most ranks, then nodes, on a tie). */
  public PointStats largestPoint() {
    return rows.get(rows.size() - 1).point();
  }

  /** The fit of the model called {@code name}, if it was attempted. */
  public Optional<FitResult> fit(String name) {
    return fits.stream().filter(f -> f.model().name().equals(name)).findFirst();
  }
}
