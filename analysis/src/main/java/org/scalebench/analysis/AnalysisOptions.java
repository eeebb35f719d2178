package org.scalebench.analysis;

import java.util.List;
import java.util.TreeSet;
import org.scalebench.results.Checks;

/**
 * What the analysis is asked to do beyond its defaults.
 *
 * @param includeOversubscribed fit oversubscribed points (more ranks x cpus than cores) like any other;
 *     by default they are drawn and tabulated, marked, but left out of the fits, since their times
 *     measure time sharing rather than parallel speedup
 * @param predictRanks processor counts (ranks, or total cores on a series whose axis is cores) at which
 *     the chosen model predicts time, speedup and efficiency; each {@code >= 1}, kept sorted and
 *     distinct; empty for none asked
 * @param predictUpToRanks predict up to this processor count, {@code >= 1}; null when not asked
 */
public record AnalysisOptions(boolean includeOversubscribed, List<Integer> predictRanks, Integer predictUpToRanks) {
  public AnalysisOptions {
    predictRanks = List.copyOf(new TreeSet<>(predictRanks == null ? List.of() : predictRanks));
    predictRanks.forEach(p -> Checks.atLeast("predictRanks", p, 1));
    if (predictUpToRanks != null) {
      Checks.atLeast("predictUpToRanks", predictUpToRanks, 1);
    }
  }

  /** Oversubscribed points out of the fits, no prediction asked for. */
  public static AnalysisOptions withDefaults() {
    return new AnalysisOptions(false, List.of(), null);
  }

  public AnalysisOptions withIncludeOversubscribed(boolean include) {
    return new AnalysisOptions(include, predictRanks, predictUpToRanks);
  }

  public AnalysisOptions withPredictRanks(List<Integer> ranks) {
    return new AnalysisOptions(includeOversubscribed, ranks, predictUpToRanks);
  }

  public AnalysisOptions withPredictUpToRanks(Integer ranks) {
    return new AnalysisOptions(includeOversubscribed, predictRanks, ranks);
  }
}
