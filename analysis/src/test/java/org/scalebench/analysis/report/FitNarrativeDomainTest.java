package org.scalebench.analysis.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.analysis.Analyzer;
import org.scalebench.analysis.scaling.ScalingAnalysis;
import org.scalebench.analysis.testing.SyntheticStore;
import org.scalebench.results.Scaling;

/** The narrative never prints an interval outside a parameter's domain, nor a bound as a value. */
class FitNarrativeDomainTest {
  @TempDir Path root;

  /** name -> {lower, upper} of the bounded parameters the narrative prints. */
  private static final Map<String, double[]> DOMAINS = Map.of("f", new double[] {0, 1}, "alpha", new double[] {0, 1},
      "sigma", new double[] {0, 1}, "kappa", new double[] {0, Double.POSITIVE_INFINITY});

  @Test
  void randomStoresPrintOnlyIntervalsInsideTheDomains() throws IOException {
    SplittableRandom random = new SplittableRandom(15);
    Pattern interval = Pattern.compile("\\b(f|alpha|sigma|kappa) = ([^ ]+) \\(95% CI \\[([^,\\]]+), ([^\\]]+)\\]");
    int printed = 0;
    for (int trial = 0; trial < 24; trial++) {
      Scaling mode = trial % 4 == 3 ? Scaling.WEAK : Scaling.STRONG;
      double f = trial % 3 == 0 ? 1.0 : random.nextDouble() * 0.5;
      SyntheticStore store = new SyntheticStore(root, "s" + trial, random.nextLong())
          .model(0.2 + 50 * random.nextDouble(), f, random.nextDouble(), 0.2 * random.nextDouble(),
              0.15 * random.nextDouble());
      int counts = 2 + random.nextInt(4);
      for (int i = 0; i < counts; i++) {
        store.point("w", Map.of("n", "1"), 1, 1 << i, 1 + random.nextInt(3));
      }
      for (ScalingAnalysis a : new Analyzer().analyze(store.studyDir(), mode).series()) {
        StringBuilder text = new StringBuilder();
        FitNarrative.sentences(a).forEach(s -> text.append(s).append('\n'));
        a.models().findings().forEach(s -> text.append(s).append('\n'));
        Matcher m = interval.matcher(text);
        while (m.find()) {
          double[] d = DOMAINS.get(m.group(1));
          double lo = parse(m.group(3));
          double hi = parse(m.group(4));
          if (lo < d[0] || hi > d[1]) {
            fail("interval outside [" + d[0] + ", " + d[1] + "]: " + m.group() + "\n" + text);
          }
          printed++;
        }
        assertFalse(text.toString().contains("f = 1 ("), text.toString());
        assertFalse(text.toString().contains("sigma = 1 ("), text.toString());
      }
    }
    assertTrue(printed > 20, "printed " + printed + " intervals");
  }

  private static double parse(String s) {
    return s.equals("inf") ? Double.POSITIVE_INFINITY : s.equals("-inf") ? Double.NEGATIVE_INFINITY
        : Double.parseDouble(s);
  }
}
