package org.scalebench.analysis.ab;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scalebench.analysis.compare.Verdict;

/**
 * The verdicts of one A/B run, one per benchmark, and what they add up to.
 *
 * @param verdicts one per benchmark, ids unique, in the order the run measured them; may be empty
 */
public record AbVerdicts(List<PairedVerdict> verdicts) {
  /** The four verdicts an A/B run gives, in the order tables count them. */
  public static final List<Verdict> KINDS =
      List.of(Verdict.REGRESSION, Verdict.IMPROVEMENT, Verdict.UNCHANGED, Verdict.INCONCLUSIVE);

  public AbVerdicts {
    verdicts = List.copyOf(verdicts);
    Set<String> ids = new HashSet<>();
    for (PairedVerdict v : verdicts) {
      if (!ids.add(v.id())) {
        throw new IllegalArgumentException("benchmark " + v.id() + " appears twice in one run");
      }
    }
  }

  public long count(Verdict verdict) {
    return verdicts.stream().filter(v -> v.verdict() == verdict).count();
  }

  /** The count of each of {@link #KINDS}, zeros included, in that order. */
  public Map<Verdict, Long> counts() {
    Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
    KINDS.forEach(k -> counts.put(k, count(k)));
    return counts;
  }

  /** True when any benchmark regressed: the gate fails. */
  public boolean anyRegression() {
    return count(Verdict.REGRESSION) > 0;
  }

  /** True when no benchmark could be decided (all inconclusive, or none at all): the gate proves nothing. */
  public boolean nothingTested() {
    return count(Verdict.INCONCLUSIVE) == verdicts.size();
  }

  /** The benchmarks Holm's adjustment ran over (those with rounds enough). */
  public long familySize() {
    return verdicts.stream().filter(PairedVerdict::tested).count();
  }

  /** One line: {@code 1 regression, 0 improvements, 6 unchanged, 1 inconclusive of 8 benchmarks}. */
  public String summary() {
    int n = verdicts.size();
    if (nothingTested()) {
      return n == 0 ? "nothing could be tested: no benchmarks"
          : "nothing could be tested: " + (n == 1 ? "the only benchmark is" : "all " + n + " benchmarks are")
              + " inconclusive";
    }
    long r = count(Verdict.REGRESSION);
    long i = count(Verdict.IMPROVEMENT);
    return r + (r == 1 ? " regression, " : " regressions, ") + i + (i == 1 ? " improvement, " : " improvements, ")
        + count(Verdict.UNCHANGED) + " unchanged, " + count(Verdict.INCONCLUSIVE) + " inconclusive of " + n
        + (n == 1 ? " benchmark" : " benchmarks");
  }
}
