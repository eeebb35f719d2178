package org.scalebench.analysis.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.scalebench.analysis.aggregate.Bootstrap;
import org.scalebench.analysis.aggregate.PointKey;
import org.scalebench.analysis.aggregate.PointStats;
import org.scalebench.analysis.Analyzer;
import org.scalebench.analysis.StudyAnalysis;
import org.scalebench.analysis.scaling.ScalingAnalysis;
import org.scalebench.results.Scaling;
import org.scalebench.analysis.scaling.SeriesKey;
import org.scalebench.results.BadInputException;
import org.scalebench.results.StoreFormatException;

/**
 * A study directory of the result store as comparable metrics: per point, the wall seconds of its
 * complete repetitions (lower is better), and per scaling curve the model fits.
 *
 * @param dir the study directory
 * @param points one metric per point, id {@code workload {params} shape}
 * @param series the scaling curves with their fits, keyed by {@link #seriesId}
 * @param skippedRuns runs that were failed or incomplete and so left out
 */
public record StudyResults(Path dir, List<Metric> points, Map<String, ScalingAnalysis> series, int skippedRuns) {
  public StudyResults {
    points = List.copyOf(points);
    series = Map.copyOf(series);
  }

  /**
   * Reads and analyses {@code dir}.
   *
   * @param ignoredParams workload parameters left out of point and series ids (a size changed on purpose)
   * @throws BadInputException when {@code dir} is not a study directory or holds no run at all
   */
  public static StudyResults read(Path dir, Scaling mode, Set<String> ignoredParams, Bootstrap bootstrap) {
    if (!Files.isDirectory(dir)) {
      throw new BadInputException("no such study directory: " + dir);
    }
    StudyAnalysis analysis;
    try {
      analysis = new Analyzer(bootstrap).analyze(dir, mode);
    } catch (IOException | StoreFormatException e) {
      throw new BadInputException("cannot read the study " + dir + ": " + e.getMessage());
    }
    if (analysis.aggregate().runsRead() == 0) {
      throw new BadInputException(dir + " holds no runs (<point>/rep-<k>/run.json); give a study directory "
          + "of the result store, e.g. results/runs/<study>");
    }
    List<Metric> points = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (PointStats p : analysis.aggregate().points()) {
      String id = pointId(p.key(), ignoredParams);
      if (!ids.add(id)) {
        throw new BadInputException(dir + " has two points that become " + id + " once " + ignoredParams
            + " are ignored");
      }
      points.add(new Metric(id, "s", Direction.LOWER_IS_BETTER, p.wallSamples()));
    }
    Map<String, ScalingAnalysis> series = new TreeMap<>();
    for (ScalingAnalysis s : analysis.series()) {
      if (s.hasScaling()) {
        series.putIfAbsent(seriesId(s.key(), ignoredParams), s);
      }
    }
    return new StudyResults(dir, points, series, analysis.aggregate().skipped().size());
  }

  /** e.g. {@code sum {n=1000000} n1-t4-c1}, or {@code java: matching {...} n1-t4-c1} in variant java. */
  static String pointId(PointKey key, Set<String> ignoredParams) {
    return variantPrefix(key.variant()) + key.workload() + " " + without(key.params(), ignoredParams) + " "
        + key.shape();
  }

  /** e.g. {@code sum {n=1000000} 1 cpu/rank}. */
  static String seriesId(SeriesKey key, Set<String> ignoredParams) {
    String scaled = key.scaledParams().isEmpty() ? "" : " scaled " + key.scaledParams();
    String cpus = key.cpusPerTask() == SeriesKey.MIXED_CPUS ? "ranks x cpus" : key.cpusPerTask() + " cpu/rank";
    return variantPrefix(key.variant()) + key.workload() + " " + without(key.params(), ignoredParams) + " " + cpus
        + scaled;
  }

  /** Two variants may run the same workload with the same parameters: their ids must differ. */
  private static String variantPrefix(String variant) {
    return variant == null ? "" : variant + ": ";
  }

  private static Map<String, String> without(Map<String, String> params, Set<String> ignored) {
    Map<String, String> kept = new TreeMap<>(params);
    kept.keySet().removeAll(ignored);
    return kept;
  }
}
