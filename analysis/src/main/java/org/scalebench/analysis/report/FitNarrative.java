package org.scalebench.analysis.report;

import java.util.ArrayList;
import java.util.List;
import org.scalebench.analysis.fit.AmdahlModel;
import org.scalebench.analysis.fit.Bound;
import org.scalebench.analysis.fit.FitParameter;
import org.scalebench.analysis.fit.FitResult;
import org.scalebench.analysis.fit.GustafsonModel;
import org.scalebench.analysis.fit.KarpFlattModel;
import org.scalebench.analysis.fit.PowerLawModel;
import org.scalebench.analysis.fit.UslModel;
import org.scalebench.analysis.scaling.ScalingAnalysis;
import org.scalebench.analysis.scaling.ScalingRow;
import org.scalebench.analysis.text.Numbers;
import org.scalebench.results.Scaling;

/**
 * The fitted models and the per-point metrics of a curve, in sentences. Every interval printed is
 * the fit's profile-likelihood interval, inside the parameter's domain; an estimate on an edge of
 * its domain is said in words (what the data did), never printed as a measured value.
 */
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

  /**
   * {@code name = value (95% CI [low, high])}; an estimate on an edge of its domain reads
   * {@code name at its lower limit of 0 (95% CI [0, high])}, so it is not mistaken for a measurement.
   */
  static String estimate(FitParameter p) {
    String ci = " (95% CI " + Numbers.interval(p.ciLow(), p.ciHigh()) + ")";
    return switch (p.bound()) {
      case NONE -> p.name() + " = " + Numbers.sig(p.value()) + ci;
      case LOWER -> p.name() + " at its lower limit of " + Numbers.sig(p.value()) + ci;
      case UPPER -> p.name() + " at its upper limit of " + Numbers.sig(p.value()) + ci;
    };
  }

  private static boolean slower(ScalingAnalysis a) {
    List<ScalingRow> rows = a.rows();
    return rows.get(rows.size() - 1).medianSeconds() > a.baseline().wallSeconds().median();
  }

  static String describe(ScalingAnalysis a, FitResult fit) {
    String rmse = " (RMS residual " + Numbers.sig(fit.rmse()) + ")";
    return switch (fit.model().name()) {
      case "Amdahl" -> amdahl(a, fit, rmse);
      case "Gustafson" -> {
        FitParameter alpha = fit.parameter(GustafsonModel.ALPHA).orElseThrow();
        yield switch (alpha.bound()) {
          case UPPER -> "No scaled speedup to model: the time grew at least in proportion to the ranks, which "
              + "Gustafson's law cannot describe (it needs a serial fraction alpha below 1).";
          case LOWER -> "Gustafson's law finds no serial fraction (" + estimate(alpha) + "): the scaled speedup "
              + "grows in proportion to the ranks over the measured range" + rmse + ".";
          case NONE -> "Gustafson's law fits a serial fraction " + estimate(alpha) + ": the scaled speedup at q "
              + "times the baseline ranks is q - alpha (q - 1)" + rmse + ".";
        };
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
        yield "The Karp-Flatt serial fraction e changes by " + Numbers.sig(slope.value()) + " per "
            + a.axis().unit().replaceAll("s$", "") + " (95% CI "
            + Numbers.interval(slope.ciLow(), slope.ciHigh()) + ", e0 = " + Numbers.sig(e0.value()) + "): " + verdict + ".";
      }
      case "USL" -> usl(a, fit, rmse);
      case "Power law" -> {
        FitParameter b = fit.parameter(PowerLawModel.EXPONENT).orElseThrow();
        String verdict;
        if (a.mode() == Scaling.WEAK) {
          verdict = "each doubling of the ranks (and of the problem) multiplies the time by 2^-b = "
              + Numbers.sig(Math.pow(2, -b.value())) + " (1 is ideal weak scaling)";
        } else if (b.hasInterval() && b.ciHigh() < 0) {
          verdict = "the time grows with the rank count";
        } else if (b.hasInterval() && b.ciLow() <= 0) {
          verdict = "no significant change of the time with the rank count";
        } else {
          verdict = "each doubling of the ranks divides the time by 2^b = " + Numbers.sig(Math.pow(2, b.value()))
              + " (2 is ideal strong scaling)";
        }
        yield "A power law T(p) = T1 p^-b fits " + estimate(b) + ": " + verdict + rmse + ".";
      }
      default -> fit.model().name() + " fitted " + fit.parameters() + ".";
    };
  }

  private static String amdahl(ScalingAnalysis a, FitResult fit, String rmse) {
    FitParameter f = fit.parameter(AmdahlModel.SERIAL_FRACTION).orElseThrow();
    FitParameter t1 = fit.parameter(AmdahlModel.T1).orElseThrow();
    if (f.bound() == Bound.UPPER) {
      return "No speedup to model: the runs " + (slower(a) ? "got slower" : "got no faster")
          + " with more ranks, which Amdahl's law cannot describe (it needs a serial fraction f below 1).";
    }
    String extrapolated = a.baselineRanks() > 1
        ? " (extrapolated: the smallest run used " + a.baselineRanks() + " ranks)" : "";
    if (f.bound() == Bound.LOWER) {
      return "Amdahl's law finds no serial fraction (" + estimate(f) + "): over the measured ranks the time falls "
          + "as fast as 1/p, so the data show no limit to the speedup yet; one-rank time T1 = "
          + Numbers.sig(t1.value()) + " s" + extrapolated + rmse + ".";
    }
    return "Amdahl's law fits a serial fraction " + estimate(f) + " and a one-rank time T1 = "
        + Numbers.sig(t1.value()) + " s" + extrapolated + "; the speedup over one rank can never exceed 1/f = "
        + Numbers.sig(1 / f.value()) + rmse + ".";
  }

  private static String usl(ScalingAnalysis a, FitResult fit, String rmse) {
    FitParameter s = fit.parameter(UslModel.SIGMA).orElseThrow();
    FitParameter k = fit.parameter(UslModel.KAPPA).orElseThrow();
    if (s.bound() == Bound.UPPER) {
      return "The Universal Scalability Law finds that adding ranks does not raise throughput at all: "
          + "contention takes the whole gain (sigma reaches its limit of 1)" + rmse + ".";
    }
    String where;
    if (k.bound() == Bound.LOWER) {
      where = s.bound() == Bound.LOWER
          ? "neither contention nor coherency delay is visible: throughput grows in proportion to the ranks "
              + "over the measured range"
          : "no coherency delay is visible, so throughput levels off towards lambda/sigma = "
              + Numbers.sig(fit.value(UslModel.LAMBDA) / s.value()) + " rather than peaking";
    } else {
      double peak = UslModel.peakRanks(s.value(), k.value());
      String unit = a.axis().unit();
      where = "throughput peaks at N* = sqrt((1 - sigma)/kappa) = " + Numbers.sig(peak) + " " + unit
          + (peak < a.rows().get(a.rows().size() - 1).units() ? ", below the largest " + unit.replaceAll("s$", "")
              + " count measured" : "");
    }
    return "The Universal Scalability Law fits contention " + estimate(s) + " and coherency " + estimate(k) + "; "
        + where + rmse + ".";
  }
}
