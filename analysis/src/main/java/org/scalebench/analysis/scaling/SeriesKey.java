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
 * @param variant the study variant of the curve's runs, a token; null when the study has no variants
 * @param workload the workload
 * @param cpusPerTask cpus per rank, {@code >= 1}, shared by every point; or {@link #MIXED_CPUS} when the
 *     curve holds points with different cpus per task (a strong-scaling study that varies both ranks and
 *     cpus), whose axis is then total cores
 * @param params the parameters shared by every point of the curve, as the ranks resolved them
 * @param scaledParams in weak scaling, the names of parameters that change with the rank count (the
 *     problem size); empty in strong scaling
 */
public record SeriesKey(String variant, String workload, int cpusPerTask, SortedMap<String, String> params,
    SortedSet<String> scaledParams) implements Comparable<SeriesKey> {

  /** {@link #cpusPerTask()} of a curve whose points differ in cpus per task. */
  public static final int MIXED_CPUS = 0;

  public SeriesKey {
    if (variant != null) {
      Checks.nonBlank("variant", variant);
    }
    Checks.nonBlank("workload", workload);
    Checks.atLeast("cpusPerTask", cpusPerTask, MIXED_CPUS);
    params = Collections.unmodifiableSortedMap(new TreeMap<>(params));
    scaledParams = Collections.unmodifiableSortedSet(new TreeSet<>(scaledParams));
  }

  /** A curve outside any study variant. */
  public SeriesKey(String workload, int cpusPerTask, SortedMap<String, String> params, SortedSet<String> scaledParams) {
    this(null, workload, cpusPerTask, params, scaledParams);
  }

  /** The curve's name before its parameters: the variant when there is one, else the workload. */
  public String label() {
    return variant != null ? variant : workload;
  }

  /** Cores when the curve mixes cpus per task, ranks otherwise. */
  public Axis axis() {
    return cpusPerTask == MIXED_CPUS ? Axis.CORES : Axis.RANKS;
  }

  /** True when a point with {@code cpus} per task belongs on this curve (same workload and parameters). */
  public boolean coversCpus(int cpus) {
    return cpusPerTask == MIXED_CPUS || cpusPerTask == cpus;
  }

  /**
   * Every parameter spelled out, unambiguous (the {@code series} column of summary.csv), e.g. {@code
   * matching (n=2000, threshold=0.8; 1 cpu/rank)}, or {@code java: matching (...)} in variant {@code
   * java}; {@link SeriesName} is what a reader sees.
   */
  public String title() {
    String p = params.isEmpty() ? "no parameters"
        : params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    String scaled = scaledParams.isEmpty() ? "" : "; scaled with ranks: " + String.join(", ", scaledParams);
    String cpus = cpusPerTask == MIXED_CPUS ? "ranks x cpus" : cpusPerTask + " cpu/rank";
    return (variant == null ? "" : variant + ": ") + workload + " (" + p + "; " + cpus + scaled + ")";
  }

  @Override
  public int compareTo(SeriesKey o) {
    return title().compareTo(o.title());
  }
}
