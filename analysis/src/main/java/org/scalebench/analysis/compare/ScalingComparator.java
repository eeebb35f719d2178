package org.scalebench.analysis.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scalebench.analysis.fit.AmdahlModel;
import org.scalebench.analysis.fit.FitParameter;
import org.scalebench.analysis.fit.FitResult;
import org.scalebench.analysis.fit.UslModel;
import org.scalebench.analysis.scaling.ScalingAnalysis;
import org.scalebench.analysis.scaling.ScalingRow;
import org.scalebench.analysis.text.Numbers;

/**
 * Compares the fitted scaling laws of two studies, so that a change that keeps the one-rank time
 * but adds a serial section or contention is named as what it is.
 *
 * <p>For Amdahl's serial fraction {@code f} and USL's {@code sigma} (contention) and {@code kappa}
 * (coherency), larger is worse. A change is significant when the two 95% intervals do not overlap
 * (conservative: non-overlapping 95% intervals correspond to p well below 0.05; N. Schenker and J. F.
 * Gentleman, "On judging the significance of differences by examining the overlap between confidence
 * intervals", The American Statistician 55, 2001). It matters when the model's prediction at the
 * largest rank count measured in both studies moves by more than the minimum effect: Amdahl's speedup
 * {@code 1 / (f + (1 - f) / p)}, or USL's relative capacity {@code N / (1 + sigma (N - 1) + kappa N (N - 1))}
 * with only this parameter changed. A parameter without an interval (as many points as parameters)
 * gives an inconclusive verdict.
 */
public final class ScalingComparator {
  private final Thresholds thresholds;

  public ScalingComparator(Thresholds thresholds) {
    this.thresholds = thresholds;
  }

  /** One row per series present in both and per parameter (f, sigma, kappa). */
  public List<ScalingComparison> compare(Map<String, ScalingAnalysis> baseline, Map<String, ScalingAnalysis> current) {
    List<ScalingComparison> out = new ArrayList<>();
    baseline.forEach((id, b) -> {
      ScalingAnalysis c = current.get(id);
      if (c != null) {
        int ranks = Math.min(maxRanks(b), maxRanks(c));
        out.add(compare(id, b, c, "Amdahl", AmdahlModel.SERIAL_FRACTION, ranks));
        out.add(compare(id, b, c, "USL", UslModel.SIGMA, ranks));
        out.add(compare(id, b, c, "USL", UslModel.KAPPA, ranks));
      }
    });
    out.removeIf(r -> r == null);
    return out;
  }

  private static int maxRanks(ScalingAnalysis s) {
    return s.rows().stream().mapToInt(ScalingRow::ranks).max().orElse(1);
  }

  private ScalingComparison compare(String id, ScalingAnalysis baseline, ScalingAnalysis current, String model,
      String parameter, int ranks) {
    Optional<FitResult> bf = baseline.fit(model);
    Optional<FitResult> cf = current.fit(model);
    if (bf.isEmpty() && cf.isEmpty()) {
      return null; // the model does not apply in this scaling mode
    }
    Optional<FitParameter> bp = bf.filter(FitResult::ok).flatMap(f -> f.parameter(parameter));
    Optional<FitParameter> cp = cf.filter(FitResult::ok).flatMap(f -> f.parameter(parameter));
    double nan = Double.NaN;
    if (bp.isEmpty() || cp.isEmpty()) {
      String why = bp.isEmpty() ? "the baseline's " + model + " fit failed: " + message(bf)
          : "the current " + model + " fit failed: " + message(cf);
      return new ScalingComparison(id, model, parameter, bp.map(FitParameter::value).orElse(nan),
          bp.map(FitParameter::ciLow).orElse(nan), bp.map(FitParameter::ciHigh).orElse(nan),
          cp.map(FitParameter::value).orElse(nan), cp.map(FitParameter::ciLow).orElse(nan),
          cp.map(FitParameter::ciHigh).orElse(nan), ranks, nan, Verdict.INCONCLUSIVE, why);
    }
    FitParameter b = bp.get();
    FitParameter c = cp.get();
    double worse = worseFactor(bf.get(), parameter, b.value(), c.value(), ranks);
    Verdict verdict;
    String note;
    if (!b.hasInterval() || !c.hasInterval()) {
      verdict = Verdict.INCONCLUSIVE;
      note = "no confidence interval (too few rank counts for " + model + "); measure more rank counts";
    } else if (c.ciLow() > b.ciHigh() && worse > thresholds.regressionFactor()) {
      verdict = Verdict.REGRESSION;
      note = parameter + " rose beyond its interval; the predicted " + predicted(model) + " at " + ranks
          + " ranks falls by " + Numbers.percent(1 - 1 / worse);
    } else if (c.ciHigh() < b.ciLow() && worse < thresholds.improvementFactor()) {
      verdict = Verdict.IMPROVEMENT;
      note = parameter + " fell beyond its interval; the predicted " + predicted(model) + " at " + ranks
          + " ranks rises by " + Numbers.percent(1 / worse - 1);
    } else if (c.ciLow() > b.ciHigh() || c.ciHigh() < b.ciLow()) {
      verdict = Verdict.UNCHANGED;
      note = "the intervals do not overlap, but the effect at " + ranks + " ranks is within "
          + Numbers.percent(thresholds.minEffect());
    } else {
      verdict = Verdict.UNCHANGED;
      note = "the 95% intervals overlap";
    }
    return new ScalingComparison(id, model, parameter, b.value(), b.ciLow(), b.ciHigh(), c.value(), c.ciLow(),
        c.ciHigh(), ranks, worse, verdict, note);
  }

  private static String predicted(String model) {
    return model.equals("USL") ? "capacity" : "speedup";
  }

  private static String message(Optional<FitResult> fit) {
    return fit.map(f -> f.message() == null ? "no parameter" : f.message()).orElse("not fitted");
  }

  /** Prediction with the baseline parameter over prediction with the current one, at {@code ranks}. */
  static double worseFactor(FitResult baselineFit, String parameter, double baseline, double current, int ranks) {
    if (parameter.equals(AmdahlModel.SERIAL_FRACTION)) {
      return AmdahlModel.speedup(baseline, ranks) / AmdahlModel.speedup(current, ranks);
    }
    double sigma = baselineFit.value(UslModel.SIGMA);
    double kappa = baselineFit.value(UslModel.KAPPA);
    double before = UslModel.capacity(sigma, kappa, ranks);
    double after = parameter.equals(UslModel.SIGMA) ? UslModel.capacity(current, kappa, ranks)
        : UslModel.capacity(sigma, current, ranks);
    return before / after;
  }
}
