package org.scalebench.analysis.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.scalebench.analysis.aggregate.Bootstrap;
import org.scalebench.analysis.text.Numbers;
import org.scalebench.results.Checks;
import org.scalebench.results.Scaling;

/**
 * The one entry point of the modelling: fits the classic laws to a series, compares Amdahl (strong)
 * or Gustafson (weak), the USL and a power law on the same quantity, names the law that describes
 * the data best, predicts with it and says what it found.
 *
 * <p>The comparison fits each law to the log of every repetition's wall time ({@link LogScaleModel}),
 * so AICc values are comparable ({@link ModelSelection}); leave-one-out refits without each unit
 * count check how well each law predicts a point it has not seen. Predictions come with 95%
 * bootstrap intervals over the repetitions ({@link PredictionBootstrap}).
 */
public final class SeriesModeler {
  /** A best measured speedup below this is no speedup (run-to-run noise is a few percent). */
  static final double NO_SPEEDUP = 1.05;
  /** The efficiency a "falls below" finding refers to. */
  static final double HALF = 0.5;
  /** How far beyond the baseline the efficiency crossing is searched, as a power of two. */
  private static final int CROSSING_DOUBLINGS = 30;
  private static final int CROSSING_STEPS_PER_DOUBLING = 16;

  private SeriesModeler() {}

  /**
   * Models one series.
   *
   * @param mode strong (fixed total work) or weak (work per unit fixed)
   * @param observations every repetition of every point, at least one
   * @param options predictions, bootstrap and wording
   */
  public static SeriesModels model(Scaling mode, List<Observation> observations, ModelOptions options) {
    Checks.notNull("mode", mode);
    Checks.notNull("options", options);
    if (observations.isEmpty()) {
      throw new IllegalArgumentException("a series needs at least one observation");
    }
    TreeMap<Double, List<Double>> byUnits = new TreeMap<>();
    observations.forEach(o -> byUnits.computeIfAbsent(o.units(), u -> new ArrayList<>()).add(o.seconds()));
    int m = byUnits.size();
    double[] units = new double[m];
    double[] medians = new double[m];
    double[][] logGroups = new double[m][];
    int g = 0;
    for (Map.Entry<Double, List<Double>> e : byUnits.entrySet()) {
      units[g] = e.getKey();
      double[] s = e.getValue().stream().mapToDouble(Double::doubleValue).toArray();
      medians[g] = Bootstrap.median(s);
      logGroups[g++] = Arrays.stream(s).map(Math::log).toArray();
    }
    String unit = options.unitName();
    if (m < 2) {
      return new SeriesModels(mode, unit, units[0], units[0], List.of(), List.of(), null, false, List.of(),
          List.of(String.format(Locale.ROOT, "Only one %s count (%s) was measured, so there is nothing to model.",
              unit, Numbers.sig(units[0]))), false, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    Series s = new Series(mode, units, medians, logGroups, unit);
    List<FitResult> fits = classicFits(s);
    List<ModelCandidate> candidates = ModelSelection.score(candidates(s));
    List<String> findings = new ArrayList<>();
    boolean noSpeedup = noSpeedup(s, fits);
    if (noSpeedup) {
      findings.add(noSpeedupSentence(s));
    }
    if (!noSpeedup) {
      findings.add(ModelSelection.sentence(candidates, unit));
    }
    ModelCandidate best = noSpeedup ? null : ModelSelection.best(candidates).orElse(null);
    boolean assumed = false;
    if (best == null && !noSpeedup && candidates.get(0).fit().ok()) {
      // Too few counts to choose (with two, every two-parameter law passes through both medians): a
      // study on a small machine still gets the classic law's what-if, said to be one.
      best = candidates.get(0);
      assumed = true;
      findings.add(String.format(Locale.ROOT, "With %d %s counts the laws cannot be told apart, so the predictions "
          + "below assume %s, fitted to them: a what-if under that law, not a finding; measure more %s counts to "
          + "test it.", m, singular(unit), lawName(best.name()), singular(unit)));
    }
    if (best == null) {
      if (noSpeedup) {
        findings.add("No predictions: a law fitted to runs that do not get faster says nothing about more " + unit
            + ".");
      }
      return new SeriesModels(mode, unit, units[0], units[m - 1], fits, candidates, null, false, List.of(), findings,
          noSpeedup, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double[] estimate = parameters(best.fit());
    List<double[]> replicates = PredictionBootstrap.resample(best.fit().model(), units, logGroups, estimate,
        options.resamples(), options.seed());
    List<Prediction> predictions = new ArrayList<>();
    for (int target : options.targets(units[m - 1])) {
      predictions.add(predict(s, best.fit().model(), estimate, replicates, target));
    }
    double crossing = crossing(s, best.fit().model(), estimate);
    findings.add(crossingSentence(s, best, crossing, replicates));
    double peak = Double.NaN;
    double[] peakCi = {Double.NaN, Double.NaN};
    if (best.fit().model().name().equals("USL")) {
      FitParameter kappa = best.fit().parameter(UslTimeModel.KAPPA).orElseThrow();
      double sigma = best.fit().value(UslTimeModel.SIGMA);
      if (kappa.bound() == Bound.LOWER) {
        findings.add("Throughput does not peak within the USL fit: no coherency delay was seen (kappa is 0), so it "
            + "levels off towards " + Numbers.sig(1 / Math.max(sigma, 1e-300)) + " times one " + singular(unit)
            + "'s rate instead of falling.");
      } else {
        peak = UslModel.peakRanks(sigma, kappa.value());
        peakCi = PredictionBootstrap.percentiles(replicates.stream()
            .mapToDouble(p -> UslModel.peakRanks(p[1], p[2])).toArray());
        findings.add(peakSentence(s, peak, peakCi));
      }
    }
    return new SeriesModels(mode, unit, units[0], units[m - 1], fits, candidates, best, assumed, predictions, findings,
        false, peak, peakCi[0], peakCi[1], crossing);
  }

  /** The series as arrays: distinct unit counts ascending, median time at each, log times per group. */
  private record Series(Scaling mode, double[] units, double[] medians, double[][] logGroups, String unit) {
    double base() {
      return units[0];
    }

    double largest() {
      return units[units.length - 1];
    }
  }

  private static List<FitResult> classicFits(Series s) {
    int m = s.units().length;
    double t0 = s.medians()[0];
    double[] q = new double[m];
    double[] throughput = new double[m];
    double[] scaled = new double[m];
    for (int i = 0; i < m; i++) {
      q[i] = s.units()[i] / s.base();
      // strong: runs per second; weak: baseline-sized problems per second
      throughput[i] = (s.mode() == Scaling.STRONG ? 1 : q[i]) / s.medians()[i];
      scaled[i] = q[i] * t0 / s.medians()[i];
    }
    List<FitResult> fits = new ArrayList<>();
    if (s.mode() == Scaling.STRONG) {
      fits.add(new AmdahlModel().fit(s.units(), s.medians()));
      List<double[]> beyond = new ArrayList<>();
      for (int i = 1; i < m; i++) {
        double e = KarpFlattModel.serialFraction(t0 / s.medians()[i], q[i]);
        if (Double.isFinite(e)) {
          beyond.add(new double[] {s.units()[i], e});
        }
      }
      fits.add(new KarpFlattModel().fit(beyond.stream().mapToDouble(p -> p[0]).toArray(),
          beyond.stream().mapToDouble(p -> p[1]).toArray()));
    } else {
      fits.add(new GustafsonModel().fit(q, scaled));
    }
    fits.add(new UslModel().fit(s.units(), throughput));
    fits.add(new PowerLawModel().fit(s.units(), s.medians()));
    return fits;
  }

  private static List<ScalingModel> laws(Series s) {
    return s.mode() == Scaling.STRONG
        ? List.of(new AmdahlModel(), new UslTimeModel(Scaling.STRONG), new PowerLawModel())
        : List.of(new GustafsonTimeModel(s.base()), new UslTimeModel(Scaling.WEAK), new PowerLawModel());
  }

  private static List<ModelCandidate> candidates(Series s) {
    int n = Arrays.stream(s.logGroups()).mapToInt(a -> a.length).sum();
    double[] x = new double[n];
    double[] y = new double[n];
    int i = 0;
    for (int g = 0; g < s.units().length; g++) {
      for (double v : s.logGroups()[g]) {
        x[i] = s.units()[g];
        y[i++] = v;
      }
    }
    int counts = s.units().length;
    List<ModelCandidate> out = new ArrayList<>();
    for (ScalingModel law : laws(s)) {
      LogScaleModel model = new LogScaleModel(law);
      int k = law.parameterNames().size();
      FitResult fit = LeastSquaresFitter.fit(model, x, y);
      String ineligible = null;
      if (!fit.ok()) {
        ineligible = fit.message();
      } else if (counts < k + 1) {
        ineligible = String.format(Locale.ROOT, "%d parameters need at least %d %s counts, got %d", k, k + 1,
            singular(s.unit()), counts);
      } else if (n < k + 3) {
        ineligible = String.format(Locale.ROOT, "AICc of %d parameters needs at least %d runs, got %d", k, k + 3, n);
      }
      double rss = fit.ok() ? fit.residuals().stream().mapToDouble(r -> r.residual() * r.residual()).sum()
          : Double.NaN;
      double aicc = ineligible == null ? ModelSelection.aicc(rss, n, k) : Double.NaN;
      double loo = fit.ok() ? leaveOneOut(model, s, x, y) : Double.NaN;
      out.add(new ModelCandidate(fit, n, counts, aicc, Double.NaN, Double.NaN, loo, ineligible));
    }
    return out;
  }

  /** Mean relative error of the median time at each unit count, predicted by a refit without it. */
  private static double leaveOneOut(LogScaleModel model, Series s, double[] x, double[] y) {
    int k = model.parameterNames().size();
    if (s.units().length - 1 < k) {
      return Double.NaN;
    }
    double sum = 0;
    for (int g = 0; g < s.units().length; g++) {
      double left = s.units()[g];
      int kept = (int) Arrays.stream(x).filter(v -> v != left).count();
      double[] kx = new double[kept];
      double[] ky = new double[kept];
      for (int i = 0, j = 0; i < x.length; i++) {
        if (x[i] != left) {
          kx[j] = x[i];
          ky[j++] = y[i];
        }
      }
      if (kept < k) {
        return Double.NaN;
      }
      double[] p = LeastSquaresFitter.estimate(model, kx, ky);
      if (p == null) {
        return Double.NaN;
      }
      double predicted = Math.exp(model.value(p, left));
      sum += Math.abs(predicted - s.medians()[g]) / s.medians()[g];
    }
    return sum / s.units().length;
  }

  private static boolean noSpeedup(Series s, List<FitResult> fits) {
    double best = 0;
    for (int i = 1; i < s.units().length; i++) {
      double ratio = s.medians()[0] / s.medians()[i];
      best = Math.max(best, s.mode() == Scaling.STRONG ? ratio : ratio * s.units()[i] / s.base());
    }
    String law = s.mode() == Scaling.STRONG ? AmdahlModel.SERIAL_FRACTION : GustafsonModel.ALPHA;
    boolean pinned = fits.get(0).ok() && fits.get(0).parameter(law).map(p -> p.bound() == Bound.UPPER).orElse(false);
    return pinned || best < NO_SPEEDUP;
  }

  private static String noSpeedupSentence(Series s) {
    String at = String.format(Locale.ROOT, " (median %s s at %s, %s s at %s)", Numbers.sig(s.medians()[0]),
        count(s.base(), s.unit()), Numbers.sig(s.medians()[s.units().length - 1]), count(s.largest(), s.unit()));
    if (s.mode() == Scaling.WEAK) {
      return "No scaled speedup to model: the time grew at least in proportion to the " + s.unit()
          + ", so the larger problems gained nothing from the extra " + s.unit() + at + ".";
    }
    double last = s.medians()[s.units().length - 1];
    return last > s.medians()[0] * NO_SPEEDUP
        ? "No speedup to model: the runs got slower with more " + s.unit() + at + "."
        : "No speedup to model: the runs took about as long at every " + singular(s.unit()) + " count" + at + ".";
  }

  /** {@code 1 rank}, {@code 4 ranks}. */
  static String count(double units, String unitName) {
    return approx(units) + " " + (units == 1 ? singular(unitName) : unitName);
  }

  private static String singular(String unitName) {
    return unitName.endsWith("s") ? unitName.substring(0, unitName.length() - 1) : unitName;
  }

  private static double[] parameters(FitResult fit) {
    return fit.parameters().stream().mapToDouble(FitParameter::value).toArray();
  }

  private static double seconds(ScalingModel model, double[] p, double units) {
    return Math.exp(model.value(p, units));
  }

  private static double speedup(Series s, ScalingModel model, double[] p, double units) {
    double ratio = seconds(model, p, s.base()) / seconds(model, p, units);
    return s.mode() == Scaling.STRONG ? ratio : ratio * units / s.base();
  }

  private static double efficiency(Series s, ScalingModel model, double[] p, double units) {
    double ratio = seconds(model, p, s.base()) / seconds(model, p, units);
    return s.mode() == Scaling.STRONG ? ratio * s.base() / units : ratio;
  }

  private static Prediction predict(Series s, ScalingModel model, double[] p, List<double[]> replicates,
      double units) {
    double[] t = PredictionBootstrap.percentiles(replicates.stream().mapToDouble(r -> seconds(model, r, units))
        .toArray());
    double[] sp = PredictionBootstrap.percentiles(replicates.stream().mapToDouble(r -> speedup(s, model, r, units))
        .toArray());
    double[] ef = PredictionBootstrap.percentiles(replicates.stream()
        .mapToDouble(r -> efficiency(s, model, r, units)).toArray());
    return new Prediction(units, seconds(model, p, units), t[0], t[1], speedup(s, model, p, units), sp[0], sp[1],
        efficiency(s, model, p, units), ef[0], ef[1]);
  }

  /** The smallest unit count where the law's efficiency falls below 0.5; NaN when it never does in reach. */
  private static double crossing(Series s, ScalingModel model, double[] p) {
    double previous = s.base();
    for (int i = 1; i <= CROSSING_DOUBLINGS * CROSSING_STEPS_PER_DOUBLING; i++) {
      double u = s.base() * Math.pow(2, (double) i / CROSSING_STEPS_PER_DOUBLING);
      if (efficiency(s, model, p, u) < HALF) {
        double lo = previous;
        double hi = u;
        for (int j = 0; j < 50; j++) {
          double mid = 0.5 * (lo + hi);
          if (efficiency(s, model, p, mid) < HALF) {
            hi = mid;
          } else {
            lo = mid;
          }
        }
        return hi;
      }
      previous = u;
    }
    return Double.NaN;
  }

  /** The law as the subject of a sentence: "Amdahl's law", "the USL", "the power law". */
  static String lawName(String name) {
    return switch (name) {
      case "Amdahl", "Gustafson" -> name + "'s law";
      case "USL" -> "the USL";
      default -> "the " + name.toLowerCase(Locale.ROOT);
    };
  }

  private static String crossingSentence(Series s, ModelCandidate best, double crossing, List<double[]> replicates) {
    String law = lawName(best.name());
    if (Double.isNaN(crossing)) {
      return String.format(Locale.ROOT, "By %s, efficiency stays above %s up to at least %s %s.", law,
          Numbers.sig(HALF), approx(s.base() * Math.pow(2, CROSSING_DOUBLINGS)), s.unit());
    }
    double[] ci = PredictionBootstrap.percentiles(replicates.stream()
        .mapToDouble(r -> crossing(s, best.fit().model(), r)).toArray());
    String interval = Double.isNaN(ci[0]) ? "" : " (95% interval " + approxInterval(ci) + ")";
    String where = crossing <= s.largest() ? ", inside the measured range (up to " + approx(s.largest()) + ")"
        : ", beyond the largest measured (" + approx(s.largest()) + ")";
    return "By " + law + ", efficiency falls below " + Numbers.sig(HALF) + " at about " + approx(crossing) + " "
        + s.unit() + interval + where + ".";
  }

  private static String peakSentence(Series s, double peak, double[] ci) {
    String interval = Double.isNaN(ci[0]) ? "" : " (95% interval " + approxInterval(ci) + ")";
    String where = peak < s.largest()
        ? ", inside the measured range: beyond it more " + s.unit() + " make the runs slower"
        : ", beyond the largest measured (" + approx(s.largest()) + ")";
    return "Throughput peaks at N* = sqrt((1 - sigma) / kappa) = " + approx(peak) + " " + s.unit() + interval
        + where + ".";
  }

  /** A unit count for prose: whole numbers below 100, two significant digits above. */
  static String approx(double units) {
    if (Double.isInfinite(units)) {
      return "inf";
    }
    return units < 100 ? Long.toString(Math.round(units)) : Numbers.sig(units, 2);
  }

  private static String approxInterval(double[] ci) {
    return "[" + approx(ci[0]) + ", " + approx(ci[1]) + "]";
  }
}
