package org.scalebench.analysis.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.scalebench.analysis.scaling.ScalingAnalysis;
import org.scalebench.analysis.scaling.ScalingRow;
import org.scalebench.analysis.scaling.VariantComparison;
import org.scalebench.analysis.scaling.VariantCurve;
import org.scalebench.results.Scaling;

/**
 * The variants of a study on shared axes: wall time, speedup and efficiency, one colour per variant. A
 * variant whose curve holds several cpus per rank keeps one line per cpus per rank (as {@link
 * ScalingCharts} draws them), told apart by line pattern and marker in the variant's colour; its
 * oversubscribed points are hollow circles in that colour. Every title lists the variants, so the
 * caption and the alt text of a chart name what it shows.
 */
public final class VariantCharts {
  /** One colour per variant (the first ten of Matplotlib's tab10, readable on white). */
  private static final Color[] VARIANTS = {new Color(0x1f, 0x77, 0xb4), new Color(0xff, 0x7f, 0x0e),
      new Color(0x2c, 0xa0, 0x2c), new Color(0xd6, 0x27, 0x28), new Color(0x94, 0x67, 0xbd),
      new Color(0x8c, 0x56, 0x4b), new Color(0xe3, 0x77, 0xc2), new Color(0x7f, 0x7f, 0x7f),
      new Color(0xbc, 0xbd, 0x22), new Color(0x17, 0xbe, 0xcf)};
  /** Within a variant, one pattern per cpus-per-rank line. */
  private static final float[][] DASHES = {null, {8f, 4f}, {2f, 3f}, {8f, 3f, 2f, 3f}};
  private static final Marker[] MARKERS = {SeriesMarkers.CIRCLE, SeriesMarkers.DIAMOND, SeriesMarkers.SQUARE,
      SeriesMarkers.TRIANGLE_UP};

  private VariantCharts() {}

  /** {@code java, mpi4py}: the labels of the compared lines. */
  public static String labels(VariantComparison v) {
    return v.curves().stream().map(VariantCurve::label).collect(Collectors.joining(", "));
  }

  /** The names a chart's legend shows, in drawing order. */
  public static List<String> legend(XYChart chart) {
    return chart.getSeriesCollection().stream().filter(XYSeries::isShowInLegend).map(XYSeries::getName).toList();
  }

  /** True when the configurations span at least two processor counts, so that the curves have a shape. */
  public static boolean drawable(VariantComparison v) {
    return v.present() && v.rows().stream().mapToInt(r -> v.units(r.points().values().iterator().next()))
        .distinct().count() >= 2;
  }

  /** True when some variant's curve spans two processor counts, so that it has a speedup and an efficiency. */
  public static boolean hasRatios(VariantComparison v) {
    return !scaling(v).isEmpty();
  }

  /** The median wall time of every variant per configuration, with its 95% interval; log-log. */
  public static XYChart time(VariantComparison v) {
    XYChart chart = ScalingCharts.xy(v.axis(), "Wall time, variants side by side: " + labels(v),
        "wall time (s), median and 95% CI");
    chart.getStyler().setXAxisLogarithmic(true).setXAxisLogarithmicDecadeOnly(false).setYAxisLogarithmic(true)
        .setYAxisLogarithmicDecadeOnly(false);
    measured(chart, v, ScalingRow::medianSeconds, r -> r.point().wallSeconds().ciLow(),
        r -> r.point().wallSeconds().ciHigh(), false);
    return fitLegend(chart);
  }

  /**
   * Every variant's speedup (scaled speedup in weak scaling) against its own smallest configuration,
   * log-log, with the ideal line from each distinct starting point.
   */
  public static XYChart speedup(VariantComparison v, Scaling mode) {
    boolean strong = mode == Scaling.STRONG;
    XYChart chart = ScalingCharts.xy(v.axis(), (strong ? "Speedup" : "Scaled speedup (Gustafson)")
        + ", variants side by side: " + labels(v), (strong ? "speedup" : "scaled speedup")
        + " vs each variant's smallest configuration (x)");
    chart.getStyler().setXAxisLogarithmic(true).setXAxisLogarithmicDecadeOnly(false).setYAxisLogarithmic(true)
        .setYAxisLogarithmicDecadeOnly(false);
    double maxX = v.rows().stream().flatMap(r -> r.points().values().stream()).mapToDouble(v::units).max()
        .orElse(1);
    TreeSet<Integer> starts = new TreeSet<>();
    scaling(v).forEach(s -> starts.add(v.units(s.rows().get(0))));
    for (int p0 : starts) {
      String name = starts.size() == 1 ? "ideal (linear)" : "ideal (linear) from " + v.axis().count(p0);
      ScalingCharts.line(chart, name, new double[] {p0, maxX}, new double[] {1, maxX / p0}, ScalingCharts.IDEAL,
          true);
    }
    measured(chart, v, ScalingRow::speedup, ScalingRow::speedupLow, ScalingRow::speedupHigh, true);
    return fitLegend(chart);
  }

  /** Every variant's parallel (or weak) efficiency against its own smallest configuration; 1 is ideal. */
  public static XYChart efficiency(VariantComparison v, Scaling mode) {
    boolean strong = mode == Scaling.STRONG;
    XYChart chart = ScalingCharts.xy(v.axis(), (strong ? "Parallel efficiency" : "Weak-scaling efficiency")
        + ", variants side by side: " + labels(v), "efficiency vs each variant's smallest configuration (1 = ideal)");
    double max = scaling(v).stream().flatMap(s -> s.rows().stream()).mapToDouble(ScalingRow::efficiency)
        .filter(Double::isFinite).max().orElse(1);
    chart.getStyler().setXAxisLogarithmic(true).setXAxisLogarithmicDecadeOnly(false).setYAxisMin(0.0)
        .setYAxisMax(Math.max(1.1, max * 1.1));
    double minX = v.rows().stream().flatMap(r -> r.points().values().stream()).mapToDouble(v::units).min()
        .orElse(1);
    double maxX = v.rows().stream().flatMap(r -> r.points().values().stream()).mapToDouble(v::units).max()
        .orElse(1);
    ScalingCharts.line(chart, "ideal", new double[] {minX, maxX}, new double[] {1, 1}, ScalingCharts.IDEAL, true);
    measured(chart, v, ScalingRow::efficiency, null, null, true);
    return fitLegend(chart);
  }

  /**
   * Moves the legend to a column right of the plot when its entries would not fit in one row below it
   * (XChart cuts a horizontal legend off at the chart's edge): several variants with several cpus per
   * rank each make many entries.
   */
  private static XYChart fitLegend(XYChart chart) {
    // about 6.5 pixels per character of the legend font, and 40 for the marker and the gaps
    double width = legend(chart).stream().mapToDouble(n -> 6.5 * n.length() + 40).sum();
    if (width > ScalingCharts.WIDTH - 40) {
      chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE).setLegendLayout(Styler.LegendLayout.Vertical);
    }
    return chart;
  }

  /** The curves with ratios (at least two processor counts). */
  private static List<ScalingAnalysis> scaling(VariantComparison v) {
    return v.curves().stream().flatMap(c -> c.series().stream()).filter(ScalingAnalysis::hasScaling).toList();
  }

  /**
   * Per variant, one line per cpus per rank of each of its curves, in the variant's colour; intervals
   * when {@code low} is given; {@code ratiosOnly} leaves out curves without ratios.
   */
  private static void measured(XYChart chart, VariantComparison v, ToDoubleFunction<ScalingRow> y,
      ToDoubleFunction<ScalingRow> low, ToDoubleFunction<ScalingRow> high, boolean ratiosOnly) {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < v.curves().size(); i++) {
      VariantCurve curve = v.curves().get(i);
      Color color = VARIANTS[i % VARIANTS.length];
      List<List<ScalingRow>> lines = new ArrayList<>();
      List<Integer> lineCpus = new ArrayList<>();
      for (ScalingAnalysis s : curve.series()) {
        if (ratiosOnly && !s.hasScaling()) {
          continue;
        }
        for (int c : s.cpusPerTask()) {
          lines.add(s.rows().stream().filter(r -> r.point().key().cpusPerTask() == c).toList());
          lineCpus.add(c);
        }
      }
      for (int j = 0; j < lines.size(); j++) {
        List<ScalingRow> rows = lines.get(j);
        int c = lineCpus.get(j);
        List<ScalingRow> fitted = rows.stream().filter(r -> !r.oversubscribed()).toList();
        String label = lines.size() == 1 ? curve.label()
            : curve.label() + ", " + c + (c == 1 ? " cpu/rank" : " cpus/rank");
        if (!fitted.isEmpty()) {
          XYSeries s = chart.addSeries(unique(label, names), xs(v, fitted), ys(fitted, y));
          s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line).setMarker(MARKERS[j % MARKERS.length])
              .setMarkerColor(color).setLineColor(color).setLineStyle(stroke(j));
        }
        if (low != null) {
          rows.forEach(r -> ScalingCharts.interval(chart, v.units(r), low.applyAsDouble(r), high.applyAsDouble(r),
              color));
        }
      }
      List<ScalingRow> over = lines.stream().flatMap(List::stream).filter(ScalingRow::oversubscribed).toList();
      if (!over.isEmpty()) {
        String label = curve.label() + ", oversubscribed" + (over.stream().allMatch(ScalingRow::inFits) ? ""
            : " (not fitted)");
        XYSeries s = chart.addSeries(unique(label, names), xs(v, over), ys(over, y));
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter).setMarker(new ScalingCharts.HollowCircle())
            .setMarkerColor(color);
      }
    }
  }

  private static BasicStroke stroke(int line) {
    float[] dash = DASHES[line % DASHES.length];
    return dash == null ? new BasicStroke(2f)
        : new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f);
  }

  /** XChart refuses two series of one name. */
  private static String unique(String name, Set<String> taken) {
    String n = name;
    for (int i = 2; !taken.add(n); i++) {
      n = name + " #" + i;
    }
    return n;
  }

  private static double[] xs(VariantComparison v, List<ScalingRow> rows) {
    return rows.stream().mapToDouble(v::units).toArray();
  }

  private static double[] ys(List<ScalingRow> rows, ToDoubleFunction<ScalingRow> y) {
    return rows.stream().mapToDouble(y).toArray();
  }
}
