package org.scalebench.analysis.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.scalebench.results.Scaling;

/** Intervals stay inside each parameter's domain, and estimates on an edge are flagged. */
class DomainIntervalTest {
  /** The domain of every bounded parameter name the reports print. */
  private static final Map<String, ParameterDomain> DOMAINS = Map.of(
      "f", ParameterDomain.unitInterval(), "alpha", ParameterDomain.unitInterval(),
      "sigma", ParameterDomain.unitInterval(), "kappa", ParameterDomain.nonNegative(),
      "T1", ParameterDomain.positive(), "T0", ParameterDomain.positive(), "lambda", ParameterDomain.positive());

  @Test
  void amdahlOnSlowerRunsIsPinnedAtOneWithAnIntervalInsideTheUnitInterval() {
    // the matching study: 0.28 s at 1 rank, slower at 2 and 4
    FitResult fit = new AmdahlModel().fit(new double[] {1, 1, 1, 2, 2, 2, 4, 4, 4},
        new double[] {0.28, 0.29, 0.27, 0.33, 0.31, 0.35, 0.40, 0.37, 0.42});
    FitParameter f = fit.parameter(AmdahlModel.SERIAL_FRACTION).orElseThrow();
    assertEquals(1.0, f.value(), 0.0);
    assertEquals(Bound.UPPER, f.bound());
    assertTrue(f.ciLow() >= 0 && f.ciHigh() == 1, f.toString());
  }

  @Test
  void profileIntervalMatchesTheAsymptoticOneForANearlyLinearProblem() {
    // Karp-Flatt's trend is linear: profile and t intervals agree up to t(n-k) vs sqrt(F(1, n-k))
    double[] p = {2, 4, 8, 16, 32, 64};
    double[] e = {0.054, 0.058, 0.066, 0.081, 0.115, 0.178};
    FitParameter slope = new KarpFlattModel().fit(p, e).parameter(KarpFlattModel.SLOPE).orElseThrow();
    double half = 2.7764451051977987 * slope.standardError(); // t(0.975; 4)
    assertEquals(slope.value() - half, slope.ciLow(), 1e-6 * Math.abs(slope.value()) + 1e-9);
    assertEquals(slope.value() + half, slope.ciHigh(), 1e-6 * Math.abs(slope.value()) + 1e-9);
  }

  /** Random series of every shape: slower, flat, Amdahl, retrograde; with 1 to 3 repetitions. */
  @Test
  void everyIntervalAndEveryPrintedIntervalLiesInsideItsDomain() {
    SplittableRandom random = new SplittableRandom(2026);
    Pattern printed = Pattern.compile("\\b(f|alpha|sigma|kappa|T1|T0|lambda) = [^ ]+ (?:\\(95% CI )?\\[([^,\\]]+), "
        + "([^\\]]+)\\]");
    int checked = 0;
    for (int trial = 0; trial < 60; trial++) {
      Scaling mode = trial % 3 == 2 ? Scaling.WEAK : Scaling.STRONG;
      int counts = 2 + random.nextInt(5);
      double[] units = new double[counts];
      for (int i = 0; i < counts; i++) {
        units[i] = Math.pow(2, i);
      }
      double t1 = 0.1 + 100 * random.nextDouble();
      double sigma = random.nextDouble() * (trial % 4 == 0 ? 1.5 : 0.3);
      double kappa = random.nextDouble() < 0.5 ? 0 : 0.05 * random.nextDouble();
      double growth = trial % 5 == 0 ? 0.5 * random.nextDouble() : 0;
      int reps = 1 + random.nextInt(3);
      double noise = 0.2 * random.nextDouble();
      List<Observation> obs = SyntheticSeries.of(p -> (mode == Scaling.STRONG
          ? SyntheticSeries.usl(t1, sigma, kappa, p) : t1 * (1 + sigma * (p - 1) + kappa * p * (p - 1)))
          * Math.pow(p, growth), units, reps, noise, random.nextLong());
      SeriesModels m = SeriesModeler.model(mode, obs, ModelOptions.withDefaults().withResamples(100));
      List<FitResult> all = new ArrayList<>(m.fits());
      m.candidates().forEach(c -> all.add(c.fit()));
      for (FitResult fit : all) {
        if (!fit.ok()) {
          continue;
        }
        for (int j = 0; j < fit.parameters().size(); j++) {
          FitParameter p = fit.parameters().get(j);
          ParameterDomain d = fit.model().domains().get(j);
          assertTrue(d.contains(p.value()), p + " outside " + d);
          if (!Double.isNaN(p.ciLow())) {
            assertTrue(p.ciLow() <= p.value() && p.value() <= p.ciHigh(), p.toString());
            assertTrue(p.ciLow() >= d.lower() && p.ciHigh() <= d.upper(), p + " outside " + d + " in " + fit.model().name());
          }
          checked++;
        }
      }
      StringBuilder text = new StringBuilder();
      m.findings().forEach(f -> text.append(f).append('\n'));
      m.candidates().forEach(c -> c.fit().parameters().forEach(p -> text.append(
          org.scalebench.analysis.report.ModelSection.parameter(p)).append('\n')));
      Matcher matcher = printed.matcher(text);
      while (matcher.find()) {
        ParameterDomain d = DOMAINS.get(matcher.group(1));
        double lo = parse(matcher.group(2));
        double hi = parse(matcher.group(3));
        if (lo < d.lower() || hi > d.upper() || (d.lowerOpen() && lo <= d.lower())) {
          fail("printed interval " + matcher.group() + " outside " + d + " in\n" + text);
        }
      }
    }
    assertTrue(checked > 250, "checked " + checked + " parameters");
  }

  private static double parse(String s) {
    return s.equals("inf") ? Double.POSITIVE_INFINITY : s.equals("-inf") ? Double.NEGATIVE_INFINITY
        : Double.parseDouble(s);
  }
}
