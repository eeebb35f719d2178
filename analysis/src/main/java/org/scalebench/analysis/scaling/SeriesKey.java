package org.scalebench.analysis.scaling;

import java.util.Collections;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.scalebench.results.Checks;

/**
 * What stays fixed along one scaling curve.
 *
 * @param workload the workload
 * @param cpusPerTask cpus per rank
 * @param params the parameters shared by every point of the curve
 * @param scaledParams in weak scaling, the names of parameters that change with the rank count (the
 *     problem size); empty in strong scaling
 */
public record SeriesKey(String workload, int cpusPerTask, SortedMap<String, String> params,
    SortedSet<String> scaledParams) implements Comparable<SeriesKey> {

  public SeriesKey {
    Checks.nonBlank("workload", workload);
    params = Collections.unmodifiableSortedMap(new TreeMap<>(params));
    scaledParams = Collections.unmodifiableSortedSet(new TreeSet<>(scaledParams));
  }

  /** e.g. {@code matching: n=2000, threshold=0.8; 1 cpu/rank; size scaled: n}. */
  public String title() {
    String p = params.isEmpty() ? "no parameters"
        : params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    String scaled = scaledParams.isEmpty() ? "" : "; scaled with ranks: " + String.join(", ", scaledParams);
    return workload + " (" + p + "; " + cpusPerTask + " cpu/rank" + scaled + ")";
  }

  @Override
  public int compareTo(SeriesKey o) {
    return title().compareTo(o.title());
  }
}
