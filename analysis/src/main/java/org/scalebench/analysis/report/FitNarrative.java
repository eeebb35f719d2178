package org.scalebench.analysis.report;

import java.util.ArrayList;
import java.util.List;
import org.scalebench.analysis.fit.AmdahlModel;
import org.scalebench.analysis.fit.FitResult;
import org.scalebench.analysis.fit.GustafsonModel;
import org.scalebench.analysis.fit.KarpFlattModel;
import org.scalebench.analysis.fit.UslModel;
import org.scalebench.analysis.scaling.ScalingAnalysis;
import org.scalebench.analysis.text.Numbers;

/** The fitted models and the per-point metrics of a curve, in sentences. */
public final class FitNarrative {
  private FitNarrative() {}

  public static List<String> sentences(ScalingAnalysis a) {
    List<String> out = new ArrayList<>();
    for (FitResult fit : a.fits()) {
      if (fit.ok()) {
        out.add(describe(a, fit));
      }
    }
    return out;
  }

  static String describe(ScalingAnalysis a, FitResult fit) {
    String rmse = " (RMS residual " + Numbers.sig(fit.rmse()) + ")";
    return switch (fit.model().name()) {
      case "Amdahl" -> {
        var f = fit.parameter(AmdahlModel.SERIAL_FRACTION).orElseThrow();
        var t1 = fit.parameter(AmdahlModel.T1).orElseThrow();
        yield "Amdahl's law fits a serial fraction f = " + Numbers.sig(f.value()) + " (95% CI "
            + Numbers.interval(f.ciLow(), f.ciHigh()) + ") and a one-rank time T1 = " + Numbers.sig(t1.value()) + " s"
            + (a.baselineRanks() > 1 ? " (extrapolated: the smallest run used " + a.baselineRanks() + " ranks)" : "")
            + "; the speedup over one rank can never exceed 1/f = "
            + (f.value() > 0 ? Numbers.sig(1 / f.value()) : "infinity") + rmse + ".";
      }
      case "Gustafson" -> {
        var alpha = fit.parameter(GustafsonModel.ALPHA).orElseThrow();
        yield "Gustafson's law fits a serial fraction alpha = " + Numbers.sig(alpha.value()) + " (95% CI "
            + Numbers.interval(alpha.ciLow(), alpha.ciHigh()) + "): the scaled speedup at q times the baseline ranks"
            + " is q - alpha (q - 1)" + rmse + ".";
      }
      case "Karp-Flatt" -> {
        var slope = fit.parameter(KarpFlattModel.SLOPE).orElseThrow();
        var e0 = fit.parameter(KarpFlattModel.INTERCEPT).orElseThrow();
        String verdict = KarpFlattModel.grows(fit)
            ? "it grows with the rank count, which points at parallel overhead (communication, waiting, "
                + "imbalance) rather than inherently serial work"
            : slope.hasInterval() && slope.ciHigh() < 0
                ? "it falls with the rank count (superlinear effects such as caches, or a noisy baseline)"
                : "no significant trend: consistent with a fixed serial fraction, as Amdahl assumes";
        yield "The Karp-Flatt serial fraction e changes by " + Numbers.sig(slope.value()) + " per rank (95% CI "
            + Numbers.interval(slope.ciLow(), slope.ciHigh()) + ", e0 = " + Numbers.sig(e0.value()) + "): " + verdict + ".";
      }
      case "USL" -> {
        double sigma = fit.value(UslModel.SIGMA);
        double kappa = fit.value(UslModel.KAPPA);
        var s = fit.parameter(UslModel.SIGMA).orElseThrow();
        var k = fit.parameter(UslModel.KAPPA).orElseThrow();
        double peak = UslModel.peakRanks(sigma, kappa);
        String where = Double.isInfinite(peak)
            ? "kappa is 0, so throughput does not fall; it levels off towards lambda/sigma"
            : Double.isNaN(peak) ? "sigma >= 1: adding ranks does not help at all"
            : "throughput peaks at N* = sqrt((1 - sigma)/kappa) = " + Numbers.sig(peak) + " ranks"
                + (peak < a.rows().get(a.rows().size() - 1).ranks() ? ", below the largest rank count measured"
                    : "");
        yield "The Universal Scalability Law fits contention sigma = " + Numbers.sig(sigma) + " (95% CI "
            + Numbers.interval(s.ciLow(), s.ciHigh()) + ") and coherency kappa = " + Numbers.sig(kappa) + " (95% CI "
            + Numbers.interval(k.ciLow(), k.ciHigh()) + "); " + where + rmse + ".";
      }
      default -> fit.model().name() + " fitted " + fit.parameters() + ".";
    };
  }
}
