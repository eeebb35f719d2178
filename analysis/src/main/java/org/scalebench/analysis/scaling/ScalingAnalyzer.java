package org.scalebench.analysis.scaling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.scalebench.analysis.AnalysisOptions;
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

/**
 * Splits a study into scaling curves and computes ratios and model fits for each.
 *
 * <p>In strong scaling, points with the same workload and parameters form one curve whatever their
 * cpus per task; when those differ, the curve's axis is total cores (ranks x cpus per task), so its
 * ratios are per core and the laws are fitted against cores. In weak scaling, cpus per task still
 * splits curves. Oversubscribed points stay on the curve, marked, but only enter the fits when
 * {@link AnalysisOptions#includeOversubscribed()} asks for it.
 */
public final class ScalingAnalyzer {
  private final Scaling mode;
  private final Bootstrap bootstrap;
  private final AnalysisOptions options;

  public ScalingAnalyzer(Scaling mode, Bootstrap bootstrap, AnalysisOptions options) {
    this.mode = mode;
    this.bootstrap = bootstrap;
    this.options = options;
  }

  public ScalingAnalyzer(Scaling mode, Bootstrap bootstrap) {
    this(mode, bootstrap, AnalysisOptions.withDefaults());
  }

  public List<ScalingAnalysis> analyze(StudyAggregate study) {
    Map<SeriesKey, List<PointStats>> series = group(study.points(), mode);
    List<ScalingAnalysis> out = new ArrayList<>(series.size());
    series.forEach((key, points) -> out.add(analyze(key, name(key, study), points, study.missingPoints())));
    return out;
  }

  /**
   * The reader's name of curve {@code key}: what varies among the points of its variant (of its workload in
   * a study without variants), and what the study set.
   */
  static SeriesName name(SeriesKey key, StudyAggregate study) {
    List<PointStats> same = study.points().stream().filter(p -> sameLabel(p.key(), key)).toList();
    SortedSet<String> varying = new TreeSet<>();
    Set<String> names = new TreeSet<>();
    same.forEach(p -> names.addAll(p.key().params().keySet()));
    for (String n : names) {
      if (same.stream().map(p -> p.key().params().getOrDefault(n, "")).distinct().count() > 1) {
        varying.add(n);
      }
    }
    boolean cpusVary = same.stream().mapToInt(p -> p.key().cpusPerTask()).distinct().count() > 1;
    return SeriesName.of(key, varying, study.givenParams(key.label()), cpusVary);
  }

  /** True when the point belongs to the curve's variant and workload (both outside variants). */
  private static boolean sameLabel(PointKey point, SeriesKey key) {
    return Objects.equals(point.variant(), key.variant()) && point.workload().equals(key.workload());
  }

  /**
   * Groups points into curves: same variant and workload and (strong) the same parameters, or (weak) the
   * same cpus per rank and parameters apart from those that change with the rank count. Variants are
   * different curves even when their workload and parameters agree.
   */
  static Map<SeriesKey, List<PointStats>> group(List<PointStats> points, Scaling mode) {
    Map<String, Set<String>> scaledByGroup = new HashMap<>();
    if (mode == Scaling.WEAK) {
      Map<String, List<PointStats>> groups = points.stream().collect(Collectors.groupingBy(ScalingAnalyzer::weakGroup));
      groups.forEach((g, list) -> scaledByGroup.put(g, scaledParams(list)));
    }
    Map<SeriesKey, List<PointStats>> byParams = new TreeMap<>();
    for (PointStats p : points) {
      PointKey k = p.key();
      Set<String> scaled = scaledByGroup.getOrDefault(weakGroup(p), Set.of());
      SortedMap<String, String> fixed = new TreeMap<>(k.params());
      fixed.keySet().removeAll(scaled);
      int cpus = mode == Scaling.STRONG ? SeriesKey.MIXED_CPUS : k.cpusPerTask();
      byParams.computeIfAbsent(new SeriesKey(k.variant(), k.workload(), cpus, fixed, new TreeSet<>(scaled)),
          x -> new ArrayList<>()).add(p);
    }
    // a strong curve whose points share one cpus per task keeps ranks as its axis
    Map<SeriesKey, List<PointStats>> series = new TreeMap<>();
    byParams.forEach((key, list) -> {
      Set<Integer> cpus = list.stream().map(p -> p.key().cpusPerTask()).collect(Collectors.toSet());
      SeriesKey k = cpus.size() == 1 ? new SeriesKey(key.variant(), key.workload(), cpus.iterator().next(),
          key.params(), key.scaledParams()) : key;
      list.sort(Comparator.comparingInt((PointStats p) -> units(k, p)).thenComparingInt(PointStats::ranks)
          .thenComparingInt(p -> p.key().nodes()));
      series.put(k, list);
    });
    return series;
  }

  /** The points among which weak scaling looks for parameters that change with the rank count. */
  private static String weakGroup(PointStats p) {
    return (p.key().variant() == null ? "" : p.key().variant() + "/") + p.key().workload() + "/"
        + p.key().cpusPerTask();
  }

  private static int units(SeriesKey key, PointStats p) {
    return key.axis() == Axis.CORES ? p.cores() : p.ranks();
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

  ScalingAnalysis analyze(SeriesKey key, SeriesName name, List<PointStats> points, List<PointKey> missing) {
    Axis axis = key.axis();
    PointStats baseline = points.get(0);
    double t0 = baseline.wallSeconds().median();
    double[] baseSamples = baseline.wallSamples();
    int p0 = units(key, baseline);
    List<ScalingRow> rows = new ArrayList<>(points.size());
    for (PointStats p : points) {
      int units = units(key, p);
      double q = (double) units / p0;
      double ratio = t0 / p.wallSeconds().median();
      boolean inFits = options.includeOversubscribed() || !p.oversubscribed();
      Bootstrap.Interval ci = bootstrap.ratioOfMediansInterval(baseSamples, p.wallSamples());
      if (mode == Scaling.STRONG) {
        double kf = units > p0 ? KarpFlattModel.serialFraction(ratio, q) : Double.NaN;
        rows.add(new ScalingRow(p, units, q, ratio, ci.low(), ci.high(), ratio / q, kf, inFits));
      } else {
        rows.add(new ScalingRow(p, units, q, q * ratio, q * ci.low(), q * ci.high(), ratio, Double.NaN, inFits));
      }
    }
    String unit = axis == Axis.CORES ? "core" : "rank";
    List<String> notes = new ArrayList<>();
    long counts = rows.stream().mapToInt(ScalingRow::units).distinct().count();
    if (axis == Axis.CORES) {
      notes.add("This series varies both ranks and cpus per task, so its axis is total cores (ranks x cpus per "
          + "task): speedup and efficiency are per core, relative to " + baseline.key().shapeWords()
          + ", and the models are fitted against cores.");
    }
    if (counts < 2) {
      notes.add(String.format(Locale.ROOT, "Only one %s count (%d) was measured for this series, so there is "
          + "no speedup, efficiency or model fit; run the study at two or more %s counts.", unit, p0, unit));
    } else if (p0 != 1) {
      notes.add(String.format(Locale.ROOT, "Speedup and efficiency are relative to the smallest %s count "
          + "measured, %s, not to 1 %s: a speedup of 2 means twice as fast as %s.", unit, axis.count(p0), unit,
          axis.count(p0)));
    }
    for (PointKey m : missing) {
      if (sameLabel(m, key) && key.coversCpus(m.cpusPerTask())
          && m.params().entrySet().containsAll(key.params().entrySet())) {
        notes.add(String.format(Locale.ROOT, "Point %s (%d ranks) has no complete run and is missing from "
            + "this series; see the skipped runs.", m.shape(), m.ranks()));
      }
    }
    List<ScalingRow> fitted = rows.stream().filter(ScalingRow::inFits).toList();
    long fittedCounts = fitted.stream().mapToInt(ScalingRow::units).distinct().count();
    oversubscriptionNote(rows, counts >= 2 && fittedCounts < 2, unit).ifPresent(notes::add);
    SeriesModels models = fittedCounts < 2 ? SeriesModels.none(mode) : fit(fitted, axis);
    List<FitResult> fits = models.fits();
    for (FitResult f : fits) {
      if (!f.ok()) {
        notes.add(f.model().name() + " was not fitted: " + f.message() + ".");
      }
    }
    return new ScalingAnalysis(key, name, mode, baseline, rows, fits, notes, models);
  }

  /** What happened to the oversubscribed points of a curve, in a sentence; empty when it has none. */
  private Optional<String> oversubscriptionNote(List<ScalingRow> rows, boolean nothingLeftToFit, String unit) {
    List<String> shapes = rows.stream().filter(ScalingRow::oversubscribed)
        .map(r -> r.point().key().shapeWords()).toList();
    if (shapes.isEmpty()) {
      return Optional.empty();
    }
    boolean one = shapes.size() == 1;
    String which = String.join(", ", shapes) + " ran oversubscribed (more ranks x cpus than cores), so "
        + (one ? "its time measures" : "their times measure") + " time sharing as much as parallel work; "
        + (one ? "it is" : "they are") + " marked \"oversubscribed\" in the tables and drawn hollow in the charts";
    if (options.includeOversubscribed()) {
      return Optional.of(which + ", and fitted like the other points, as --include-oversubscribed asked.");
    }
    return Optional.of(which + ", and left out of the model fits (analyze --include-oversubscribed puts "
        + (one ? "it" : "them") + " in)"
        + (nothingLeftToFit ? "; without " + (one ? "it" : "them") + " only one " + unit
            + " count is left, so no model was fitted." : "."));
  }

  /** Every repetition of the rows as an observation at its processor count on the curve's axis. */
  private SeriesModels fit(List<ScalingRow> rows, Axis axis) {
    List<Observation> observations = new ArrayList<>();
    for (ScalingRow r : rows) {
      for (double seconds : r.point().wallSamples()) {
        observations.add(new Observation(r.units(), seconds));
      }
    }
    return SeriesModeler.model(mode, observations, modelOptions(axis));
  }

  /** The analysis options as the models take them, counted in the curve's axis. */
  private ModelOptions modelOptions(Axis axis) {
    ModelOptions m = ModelOptions.withDefaults().withUnitName(axis == Axis.CORES ? "cores" : "ranks");
    if (!options.predictRanks().isEmpty()) {
      return m.withPredictAt(options.predictRanks().stream().mapToInt(Integer::intValue).toArray());
    }
    return options.predictUpToRanks() != null ? m.withPredictUpTo(options.predictUpToRanks()) : m;
  }
}
