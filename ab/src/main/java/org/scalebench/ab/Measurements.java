package org.scalebench.ab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scalebench.analysis.ab.PairedSamples;

/**
 * The samples of an A/B run so far, by benchmark (or point), paired by round: {@code baseline[i]} and
 * {@code current[i]} were measured in round {@code i + 1}. Filled by one thread.
 */
public final class Measurements {
  private final Map<String, List<Double>> a = new LinkedHashMap<>();
  private final Map<String, List<Double>> b = new LinkedHashMap<>();
  private final Map<String, Sample> first = new LinkedHashMap<>();
  private final java.util.SortedSet<String> onlyBaseline = new java.util.TreeSet<>();
  private final java.util.SortedSet<String> onlyCurrent = new java.util.TreeSet<>();

  /**
   * Adds one round: the two sides' samples, matched by id. A benchmark that only one side has (added,
   * removed or renamed by the change) cannot be paired: it is listed, not judged.
   */
  void addRound(int round, List<Sample> baseline, List<Sample> current) {
    Map<String, Sample> cur = new LinkedHashMap<>();
    current.forEach(s -> cur.put(s.id(), s));
    for (Sample s : baseline) {
      Sample c = cur.remove(s.id());
      if (c == null) {
        onlyBaseline.add(s.id());
        continue;
      }
      if (!c.unit().equals(s.unit())) {
        throw new AbFailure(s.id() + " is measured in " + s.unit() + " by the baseline but in " + c.unit()
            + " by the current side");
      }
      first.putIfAbsent(s.id(), s);
      a.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(s.value());
      b.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(c.value());
    }
    onlyCurrent.addAll(cur.keySet());
  }

  /** Benchmarks only the baseline measured (removed or renamed by the change). */
  public java.util.SortedSet<String> onlyBaseline() {
    return java.util.Collections.unmodifiableSortedSet(onlyBaseline);
  }

  /** Benchmarks only the current side measured (added or renamed by the change). */
  public java.util.SortedSet<String> onlyCurrent() {
    return java.util.Collections.unmodifiableSortedSet(onlyCurrent);
  }

  /** The paired series, in the order the benchmarks first appeared. */
  public List<PairedSamples> series() {
    List<PairedSamples> out = new ArrayList<>();
    // a benchmark missing from a round on one side is unpaired in that round: only complete series are judged
    int rounds = a.values().stream().mapToInt(List::size).max().orElse(0);
    first.forEach((id, s) -> {
      if (a.get(id).size() == rounds) {
        out.add(new PairedSamples(id, s.unit(), s.direction(), values(a.get(id)), values(b.get(id))));
      }
    });
    return out;
  }

  private static double[] values(List<Double> list) {
    return list.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
