package org.scalebench.analysis.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scalebench.analysis.aggregate.Bootstrap;
import org.scalebench.results.Scaling;
import org.scalebench.results.BadInputException;

/** Compares two inputs of the same kind, metric by metric and (for studies) fit by fit. */
public final class Comparer {
  private final Thresholds thresholds;
  private final Set<String> ignoredParams;
  private final Scaling mode;
  private final Bootstrap bootstrap = new Bootstrap();

  /**
   * @param ignoredParams parameters left out of the ids on both sides
   * @param mode how study points form scaling curves
   */
  public Comparer(Thresholds thresholds, Set<String> ignoredParams, Scaling mode) {
    this.thresholds = thresholds;
    this.ignoredParams = Set.copyOf(ignoredParams);
    this.mode = mode;
  }

  /** @throws BadInputException when the kinds differ or an input is unreadable */
  public CompareReport compare(CompareInput baseline, CompareInput current) {
    if (baseline.kind() != current.kind()) {
      throw new BadInputException("cannot compare a " + baseline.kind().label() + " baseline (" + baseline.given()
          + ") with " + current.kind().label() + " results (" + current.given() + "); give two of the same kind");
    }
    List<String> warnings = new ArrayList<>();
    List<Metric> b;
    List<Metric> c;
    List<ScalingComparison> scaling = List.of();
    if (baseline.kind() == InputKind.JMH) {
      b = JmhResults.read(baseline.data(), ignoredParams);
      c = JmhResults.read(current.data(), ignoredParams);
    } else {
      StudyResults bs = StudyResults.read(baseline.data(), mode, ignoredParams, bootstrap);
      StudyResults cs = StudyResults.read(current.data(), mode, ignoredParams, bootstrap);
      b = bs.points();
      c = cs.points();
      scaling = new ScalingComparator(thresholds).compare(bs.series(), cs.series());
      if (bs.skippedRuns() > 0) {
        warnings.add(bs.skippedRuns() + " failed or incomplete run(s) in the baseline were left out.");
      }
      if (cs.skippedRuns() > 0) {
        warnings.add(cs.skippedRuns() + " failed or incomplete run(s) in the current study were left out.");
      }
    }
    if (baseline.manifest() != null) {
      Machine here = Machine.current();
      Machine there = baseline.manifest().machine();
      if (!there.hostname().equals(here.hostname()) || there.cpus() != here.cpus()) {
        warnings.add("The baseline was measured on " + there.hostname() + " (" + there.cpus() + " cpus), this is "
            + here.hostname() + " (" + here.cpus() + " cpus): differences may be the machine's.");
      }
    }
    Map<String, Metric> currentById = new LinkedHashMap<>();
    c.forEach(m -> currentById.put(m.id(), m));
    SampleComparator comparator = new SampleComparator(thresholds, bootstrap, baseline.kind().sampleNoun());
    List<SampleComparison> rows = new ArrayList<>();
    for (Metric m : b) {
      Metric now = currentById.remove(m.id());
      rows.add(now == null ? SampleComparator.missing(m) : comparator.compare(m, now));
    }
    currentById.values().forEach(m -> rows.add(SampleComparator.added(m)));
    if (rows.stream().noneMatch(r -> r.baselineCount() > 0 && r.currentCount() > 0)) {
      warnings.add("No benchmark or point is in both inputs; nothing was compared"
          + (ignoredParams.isEmpty() ? " (--ignore-param drops a parameter from the match)." : "."));
    }
    return new CompareReport(baseline.kind(), baseline, current, thresholds, rows, scaling, warnings);
  }
}
