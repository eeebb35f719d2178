package org.scalebench.analysis.scaling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.scalebench.analysis.aggregate.Bootstrap;
import org.scalebench.analysis.aggregate.PointKey;
import org.scalebench.analysis.aggregate.PointStats;
import org.scalebench.analysis.aggregate.StudyAggregate;
import org.scalebench.analysis.fit.FitResult;
import org.scalebench.analysis.fit.KarpFlattModel;
import org.scalebench.analysis.fit.ModelOptions;
import org.scalebench.analysis.fit.Observation;
import org.scalebench.analysis.fit.SeriesModeler;
import org.scalebench.analysis.fit.SeriesModels;
import org.scalebench.results.Scaling;

/** Splits a study into scaling curves and computes ratios and model fits for each. */
public final class ScalingAnalyzer {
  private final Scaling mode;
  private final Bootstrap bootstrap;
  private final ModelOptions modelOptions;

  public ScalingAnalyzer(Scaling mode, Bootstrap bootstrap) {
    this(mode, bootstrap, ModelOptions.withDefaults());
  }

  /** @param modelOptions predictions (e.g. up to a profile's nodes x cores) and bootstrap of the models */
  public ScalingAnalyzer(Scaling mode, Bootstrap bootstrap, ModelOptions modelOptions) {
    this.mode = mode;
    this.bootstrap = bootstrap;
    this.modelOptions = modelOptions;
  }

  public List<ScalingAnalysis> analyze(StudyAggregate study) {
    Map<SeriesKey, List<PointStats>> series = group(study.points(), mode);
    List<ScalingAnalysis> out = new ArrayList<>(series.size());
    series.forEach((key, points) -> out.add(analyze(key, points, study.missingPoints())));
    return out;
  }

  /**
   * Groups points into curves: same workload and cpus per rank, and (strong) the same parameters, or
   * (weak) the same parameters apart from those that change with the rank count.
   */
  static Map<SeriesKey, List<PointStats>> group(List<PointStats> points, Scaling mode) {
    Map<String, Set<String>> scaledByGroup = new HashMap<>();
    if (mode == Scaling.WEAK) {
      Map<String, List<PointStats>> byWorkload = points.stream()
          .collect(Collectors.groupingBy(p -> p.key().workload() + "/" + p.key().cpusPerTask()));
      byWorkload.forEach((g, list) -> scaledByGroup.put(g, scaledParams(list)));
    }
    Map<SeriesKey, List<PointStats>> series = new TreeMap<>();
    for (PointStats p : points) {
      PointKey k = p.key();
      Set<String> scaled = scaledByGroup.getOrDefault(k.workload() + "/" + k.cpusPerTask(), Set.of());
      SortedMap<String, String> fixed = new TreeMap<>(k.params());
      fixed.keySet().removeAll(scaled);
      series.computeIfAbsent(new SeriesKey(k.workload(), k.cpusPerTask(), fixed, new TreeSet<>(scaled)),
          x -> new ArrayList<>()).add(p);
    }
    series.values().forEach(list -> list.sort(Comparator.comparingInt(PointStats::ranks)
        .thenComparingInt(p -> p.key().nodes())));
    return series;
  }

  /** Parameters that take more than one value and exactly one value per rank count. */
  private static Set<String> scaledParams(List<PointStats> points) {
    Set<String> names = new TreeSet<>();
    points.forEach(p -> names.addAll(p.key().params().keySet()));
    Set<String> scaled = new HashSet<>();
    for (String name : names) {
      Map<Integer, Set<String>> valuesByRanks = new HashMap<>();
      Set<String> all = new HashSet<>();
      for (PointStats p : points) {
        String v = p.key().params().getOrDefault(name, "");
        valuesByRanks.computeIfAbsent(p.ranks(), r -> new HashSet<>()).add(v);
        all.add(v);
      }
      boolean functionOfRanks = valuesByRanks.values().stream().allMatch(s -> s.size() == 1);
      if (all.size() > 1 && functionOfRanks) {
        scaled.add(name);
      }
    }
    return scaled;
  }

  ScalingAnalysis analyze(SeriesKey key, List<PointStats> points, List<PointKey> missing) {
    PointStats baseline = points.get(0);
    double t0 = baseline.wallSeconds().median();
    double[] baseSamples = baseline.wallSamples();
    int p0 = baseline.ranks();
    List<ScalingRow> rows = new ArrayList<>(points.size());
    for (PointStats p : points) {
      double q = (double) p.ranks() / p0;
      double ratio = t0 / p.wallSeconds().median();
      Bootstrap.Interval ci = bootstrap.ratioOfMediansInterval(baseSamples, p.wallSamples());
      if (mode == Scaling.STRONG) {
        double kf = p.ranks() > p0 ? KarpFlattModel.serialFraction(ratio, q) : Double.NaN;
        rows.add(new ScalingRow(p, q, ratio, ci.low(), ci.high(), ratio / q, kf));
      } else {
        rows.add(new ScalingRow(p, q, q * ratio, q * ci.low(), q * ci.high(), ratio, Double.NaN));
      }
    }
    List<String> notes = new ArrayList<>();
    long rankCounts = points.stream().mapToInt(PointStats::ranks).distinct().count();
    if (rankCounts < 2) {
      notes.add(String.format(Locale.ROOT, "Only one rank count (%d) was measured for this series, so there is "
          + "no speedup, efficiency or model fit; run the study at two or more rank counts.", p0));
    } else if (p0 != 1) {
      notes.add(String.format(Locale.ROOT, "Speedup and efficiency are relative to the smallest rank count "
          + "measured, %d ranks, not to 1 rank: a speedup of 2 means twice as fast as %d ranks.", p0, p0));
    }
    for (PointKey m : missing) {
      if (m.workload().equals(key.workload()) && m.cpusPerTask() == key.cpusPerTask()
          && m.params().entrySet().containsAll(key.params().entrySet())) {
        notes.add(String.format(Locale.ROOT, "Point %s (%d ranks) has no complete run and is missing from "
            + "this series; see the skipped runs.", m.shape(), m.ranks()));
      }
    }
    SeriesModels models = rankCounts < 2 ? SeriesModels.none(mode) : fit(rows, p0);
    List<FitResult> fits = models.fits();
    for (FitResult f : fits) {
      if (!f.ok()) {
        notes.add(f.model().name() + " was not fitted: " + f.message() + ".");
      }
    }
    return new ScalingAnalysis(key, mode, baseline, rows, fits, notes, models);
  }

  /** Every repetition of every point, at its rank count, through the one modelling entry point. */
  private SeriesModels fit(List<ScalingRow> rows, int p0) {
    List<Observation> observations = new ArrayList<>();
    for (ScalingRow r : rows) {
      for (double seconds : r.point().wallSamples()) {
        observations.add(new Observation(r.ranks(), seconds));
      }
    }
    return SeriesModeler.model(mode, observations, modelOptions);
  }
}
