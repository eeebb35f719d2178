package org.scalebench.analysis.fit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.scalebench.analysis.text.Numbers;

/**
 * Scores laws fitted to the same log times and names the one that describes the data best.
 *
 * <p>AICc is Akaike's criterion with the small-sample correction of Hurvich and Tsai ("Regression
 * and time series model selection in small samples", Biometrika 76(2), 1989, pp. 297-307), for
 * least squares with Gaussian errors: {@code AICc = n ln(RSS / n) + 2K + 2K (K + 1) / (n - K - 1)}
 * with {@code K = k + 1} (the law's parameters and the error variance). Akaike weights are
 * {@code w_i = exp(-delta_i / 2) / sum_j exp(-delta_j / 2)}; a difference below 2 means both laws
 * have substantial support (Burnham and Anderson, <i>Model Selection and Multimodel Inference</i>,
 * 2nd ed., 2002, sec. 2.5-2.6). Leave-one-out error is the out-of-sample check next to it.
 */
public final class ModelSelection {
  /** Below this AICc difference the runner-up has substantial support (Burnham and Anderson 2002). */
  public static final double SUBSTANTIAL_SUPPORT = 2;

  private ModelSelection() {}

  /** AICc of a least-squares fit of {@code k} parameters to {@code n} points; NaN when {@code n <= k + 2}. */
  public static double aicc(double rss, int n, int k) {
    int big = k + 1;
    if (n - big - 1 <= 0) {
      return Double.NaN;
    }
    // a perfect fit has no finite log-likelihood; a floor keeps the comparison defined
    double r = Math.max(rss, n * 1e-300);
    return n * Math.log(r / n) + 2.0 * big + 2.0 * big * (big + 1) / (n - big - 1);
  }

  /** The candidates with deltas and weights filled in for the eligible ones, in the same order. */
  static List<ModelCandidate> score(List<ModelCandidate> candidates) {
    double min = candidates.stream().filter(ModelCandidate::eligible).mapToDouble(ModelCandidate::aicc).min()
        .orElse(Double.NaN);
    double sum = candidates.stream().filter(ModelCandidate::eligible)
        .mapToDouble(c -> Math.exp(-(c.aicc() - min) / 2)).sum();
    List<ModelCandidate> out = new ArrayList<>(candidates.size());
    for (ModelCandidate c : candidates) {
      out.add(c.eligible() ? c.scored(c.aicc() - min, Math.exp(-(c.aicc() - min) / 2) / sum) : c);
    }
    return out;
  }

  /** The eligible candidate with the smallest AICc, when at least two are eligible. */
  static Optional<ModelCandidate> best(List<ModelCandidate> scored) {
    List<ModelCandidate> eligible = scored.stream().filter(ModelCandidate::eligible).toList();
    if (eligible.size() < 2) {
      return Optional.empty();
    }
    return eligible.stream().min(Comparator.comparingDouble(ModelCandidate::aicc));
  }

  /**
   * The choice in one sentence, e.g. "USL describes the data best: AICc 4.1 lower than Amdahl,
   * weight 0.86; leave-one-out error 2.1% vs 7.9%."; or why there is no choice.
   */
  static String sentence(List<ModelCandidate> scored, String unitName) {
    Optional<ModelCandidate> best = best(scored);
    String one = unitName.endsWith("s") ? unitName.substring(0, unitName.length() - 1) : unitName;
    if (best.isEmpty()) {
      long counts = scored.stream().mapToInt(ModelCandidate::unitCounts).max().orElse(0);
      String needs = scored.stream()
          .map(c -> c.name() + " (" + c.parameters() + " parameters) needs " + (c.parameters() + 1) + " "
              + one + " counts and " + (c.parameters() + 3) + " runs")
          .reduce((a, b) -> a + ", " + b).orElse("");
      return String.format(Locale.ROOT, "Too few points to choose a model: %d %s counts were measured; %s. "
          + "Measure more %s counts before trusting any law beyond the data.", counts, one, needs, one);
    }
    ModelCandidate b = best.get();
    ModelCandidate next = scored.stream().filter(c -> c.eligible() && c != b)
        .min(Comparator.comparingDouble(ModelCandidate::aicc)).orElseThrow();
    double delta = next.aicc() - b.aicc();
    String loo = Double.isNaN(b.looError()) || Double.isNaN(next.looError()) ? ""
        : "; leave-one-out error " + Numbers.percent(b.looError()) + " vs " + Numbers.percent(next.looError());
    if (delta < SUBSTANTIAL_SUPPORT) {
      return b.name() + " and " + next.name() + " describe the data about equally well (AICc "
          + Numbers.sig(delta, 2) + " apart, weights " + Numbers.sig(b.weight(), 2) + " and "
          + Numbers.sig(next.weight(), 2) + loo + "); the predictions use " + b.name()
          + ", and the two disagree more the further they reach.";
    }
    return b.name() + " describes the data best: AICc " + Numbers.sig(delta, 2) + " lower than " + next.name()
        + ", weight " + Numbers.sig(b.weight(), 2) + loo + ".";
  }
}
