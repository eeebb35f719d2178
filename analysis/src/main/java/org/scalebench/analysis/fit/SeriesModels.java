package org.scalebench.analysis.fit;

import java.util.List;
import java.util.Optional;
import org.scalebench.results.Checks;
import org.scalebench.results.Scaling;

/**
 * Everything {@link SeriesModeler} says about one series: the classic fits, the laws compared on
 * the wall time with the one that describes the data best, its predictions, and the findings in
 * sentences.
 *
 * @param mode strong or weak
 * @param unitName what the unit count counts, plural ({@code ranks}, {@code cores})
 * @param baseUnits {@code p0}, the smallest unit count measured; speedups are relative to it
 * @param largestUnits the largest unit count measured
 * @param fits the classic fits on the medians: strong Amdahl (time), Karp-Flatt, USL (throughput),
 *     power law (time); weak Gustafson (scaled speedup), USL (throughput), power law (time)
 * @param candidates the laws compared on every repetition's time, in a fixed order
 * @param best the law that describes the data best, or null when there are too few points to
 *     choose or no speedup to model
 * @param assumed true when the unit counts were too few to choose a law (each law then passes
 *     through every median), so {@code best} is the classic law (Amdahl, or Gustafson in weak
 *     scaling) taken as an assumption for the predictions, not chosen by the data
 * @param predictions the best law's predictions; empty without a best law
 * @param findings sentences for the reader, most important first
 * @param noSpeedup true when the runs did not get faster with more units (strong) or the time
 *     grew at least in proportion to them (weak)
 * @param peakUnits where the best law's throughput peaks (USL with {@code kappa > 0}), else NaN
 * @param peakLow lower end of the 95% bootstrap interval of {@code peakUnits}, or NaN
 * @param peakHigh upper end, or NaN (infinite when some resamples do not peak)
 * @param halfEfficiencyUnits where the best law's efficiency falls below 0.5, or NaN
 */
public record SeriesModels(Scaling mode, String unitName, double baseUnits, double largestUnits,
    List<FitResult> fits, List<ModelCandidate> candidates, ModelCandidate best, boolean assumed,
    List<Prediction> predictions,
    List<String> findings, boolean noSpeedup, double peakUnits, double peakLow, double peakHigh,
    double halfEfficiencyUnits) {

  public SeriesModels {
    Checks.notNull("mode", mode);
    Checks.nonBlank("unitName", unitName);
    fits = List.copyOf(fits);
    candidates = List.copyOf(candidates);
    predictions = List.copyOf(predictions);
    findings = List.copyOf(findings);
    if (best != null && !candidates.contains(best)) {
      throw new IllegalArgumentException("the best law must be one of the candidates");
    }
  }

  /** No models: a series with a single unit count. */
  public static SeriesModels none(Scaling mode) {
    return new SeriesModels(mode, "ranks", Double.NaN, Double.NaN, List.of(), List.of(), null, false, List.of(),
        List.of(), false, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
  }

  /** The law that describes the data best, if the data chose one (not when it was only {@link #assumed}). */
  public Optional<ModelCandidate> choice() {
    return assumed ? Optional.empty() : Optional.ofNullable(best);
  }

  /** True when there is something to show: fits or candidates. */
  public boolean present() {
    return !fits.isEmpty() || !candidates.isEmpty();
  }
}
