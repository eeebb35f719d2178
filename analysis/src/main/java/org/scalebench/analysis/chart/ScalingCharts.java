package org.scalebench.analysis.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.scalebench.analysis.aggregate.PointStats;
import org.scalebench.analysis.aggregate.RankTimes;
import org.scalebench.analysis.aggregate.RunBreakdown;
import org.scalebench.analysis.fit.FitResult;
import org.scalebench.analysis.scaling.Axis;
import org.scalebench.analysis.scaling.ScalingAnalysis;
import org.scalebench.results.Scaling;
import org.scalebench.analysis.scaling.ScalingRow;

/**
 * The charts of one scaling curve. Every chart names the curve by its short name ({@link
 * ScalingAnalysis#name()}) in its title and puts units on its axes; the x axis is the curve's {@link
 * Axis} (ranks, or total cores when the curve varies cpus per task, with one line per cpus per task so
 * that "2 ranks x 1 cpu" and "1 rank x 2 cpus" sit side by side). Oversubscribed points are drawn as
 * hollow circles of their own legend entry. Confidence intervals are drawn as vertical segments
 * (XChart's own error bars are symmetric; bootstrap intervals are not).
 */
public final class ScalingCharts {
  static final int WIDTH = 900;
  static final int HEIGHT = 540;
  private static final Color MEASURED = new Color(0x1f, 0x77, 0xb4);
  static final Color IDEAL = new Color(0x55, 0x55, 0x55);
  private static final Color OVERSUBSCRIBED = new Color(0x22, 0x22, 0x22);
  private static final Color[] MODELS = {new Color(0xd6, 0x27, 0x28), new Color(0x2c, 0xa0, 0x2c),
      new Color(0x94, 0x67, 0xbd)};
  /** One colour per cpus-per-task line; the first is {@link #MEASURED}. */
  private static final Color[] CPUS = {MEASURED, new Color(0xff, 0x7f, 0x0e), new Color(0x8c, 0x56, 0x4b),
      new Color(0xe3, 0x77, 0xc2), new Color(0xbc, 0xbd, 0x22)};
  private static final Color[] STACK = {new Color(0x1f, 0x77, 0xb4), new Color(0xff, 0x7f, 0x0e),
      new Color(0xd6, 0x27, 0x28), new Color(0x2c, 0xa0, 0x2c)};

  private ScalingCharts() {}

  /** Speedup (or scaled speedup) vs ranks, log-log, with the ideal line and the fitted models. */
  public static XYChart speedup(ScalingAnalysis a) {
    boolean strong = a.mode() == Scaling.STRONG;
    String p0 = a.axis().count(a.baselineUnits());
    String yTitle = strong ? "speedup vs " + p0 + " (x)" : "scaled speedup vs " + p0 + " (x)";
    XYChart chart = xy(a, (strong ? "Speedup: " : "Scaled speedup (Gustafson): ") + a.name().text(), yTitle);
    chart.getStyler().setXAxisLogarithmic(true).setXAxisLogarithmicDecadeOnly(false).setYAxisLogarithmic(true).setYAxisLogarithmicDecadeOnly(false);
    double[] ranks = ranks(a);
    double[] ideal = a.rows().stream().mapToDouble(ScalingRow::relativeRanks).toArray();
    line(chart, "ideal (linear)", ranks, ideal, IDEAL, true);
    double[] grid = grid(ranks);
    int m = 0;
    for (FitResult fit : a.fits()) {
      Optional<double[]> curve = speedupCurve(a, fit, grid);
      if (curve.isPresent()) {
        line(chart, fit.model().name() + " fit", grid, curve.get(), MODELS[m++ % MODELS.length], false);
      }
    }
    measured(chart, a, "measured (median, 95% CI)", ScalingRow::speedup, ScalingRow::speedupLow,
        ScalingRow::speedupHigh);
    return chart;
  }

  /** A fitted model as a speedup relative to the baseline, on {@code grid} ranks; empty when it has none. */
  static Optional<double[]> speedupCurve(ScalingAnalysis a, FitResult fit, double[] grid) {
    if (!fit.ok()) {
      return Optional.empty();
    }
    int p0 = a.baselineUnits();
    double[] out = new double[grid.length];
    switch (fit.model().name()) {
      case "Amdahl" -> { // fitted times: T(p0) / T(p)
        for (int i = 0; i < grid.length; i++) {
          out[i] = fit.predict(p0) / fit.predict(grid[i]);
        }
      }
      case "USL" -> { // fitted throughput, relative to p0
        for (int i = 0; i < grid.length; i++) {
          out[i] = fit.predict(grid[i]) / fit.predict(p0);
        }
      }
      case "Gustafson" -> { // fitted on q = p / p0 directly
        for (int i = 0; i < grid.length; i++) {
          out[i] = fit.predict(grid[i] / p0);
        }
      }
      default -> {
        return Optional.empty();
      }
    }
    return Arrays.stream(out).allMatch(v -> v > 0 && Double.isFinite(v)) ? Optional.of(out) : Optional.empty();
  }

  /** Parallel efficiency (strong) or weak efficiency vs ranks; 1 is ideal. */
  public static XYChart efficiency(ScalingAnalysis a) {
    boolean strong = a.mode() == Scaling.STRONG;
    XYChart chart = xy(a, (strong ? "Parallel efficiency: " : "Weak-scaling efficiency: ") + a.name().text(),
        (strong ? "efficiency S/(p/p0)" : "efficiency T(p0)/T(p)") + (a.axis() == Axis.CORES ? " per core" : "")
            + " (1 = ideal)");
    chart.getStyler().setXAxisLogarithmic(true).setXAxisLogarithmicDecadeOnly(false).setYAxisMin(0.0);
    double[] ranks = ranks(a);
    double[] eff = a.rows().stream().mapToDouble(ScalingRow::efficiency).toArray();
    double max = Arrays.stream(eff).max().orElse(1);
    chart.getStyler().setYAxisMax(Math.max(1.1, max * 1.1));
    line(chart, "ideal", new double[] {ranks[0], ranks[ranks.length - 1]}, new double[] {1, 1}, IDEAL, true);
    measured(chart, a, "measured (median)", ScalingRow::efficiency, null, null);
    return chart;
  }

  /** Median wall time per point with its 95% bootstrap interval and the min-max range. */
  public static XYChart time(ScalingAnalysis a) {
    XYChart chart = xy(a, "Wall time per point: " + a.name().text(), "wall time (s), median and 95% CI");
    chart.getStyler().setXAxisLogarithmic(true).setXAxisLogarithmicDecadeOnly(false).setYAxisLogarithmic(true).setYAxisLogarithmicDecadeOnly(false);
    double[] ranks = ranks(a);
    if (a.mode() == Scaling.STRONG && a.hasScaling()) {
      double t0 = a.baseline().wallSeconds().median();
      double[] ideal = a.rows().stream().mapToDouble(r -> t0 / r.relativeRanks()).toArray();
      line(chart, "ideal (T(p0) p0/p)", ranks, ideal, IDEAL, true);
    }
    a.fit("Amdahl").filter(FitResult::ok).ifPresent(fit -> {
      double[] grid = grid(ranks);
      line(chart, "Amdahl fit", grid, Arrays.stream(grid).map(fit::predict).toArray(), MODELS[0], false);
    });
    measured(chart, a, "measured (median, 95% CI)", ScalingRow::medianSeconds,
        r -> r.point().wallSeconds().ciLow(), r -> r.point().wallSeconds().ciHigh());
    return chart;
  }

  /** Communication share of all rank time, and the waiting share of communication, vs ranks. */
  public static XYChart communication(ScalingAnalysis a) {
    XYChart chart = xy(a, "Communication fraction: " + a.name().text(), "share of time (%)");
    chart.getStyler().setXAxisLogarithmic(true).setXAxisLogarithmicDecadeOnly(false).setYAxisMin(0.0).setYAxisMax(100.0);
    List<Double> x = new ArrayList<>();
    List<Double> comm = new ArrayList<>();
    List<Double> xw = new ArrayList<>();
    List<Double> wait = new ArrayList<>();
    for (ScalingRow r : a.rows()) {
      if (r.point().commFraction() != null) {
        x.add((double) r.units());
        comm.add(100 * r.point().commFraction().median());
      }
      if (r.point().waitShareOfComm() != null) {
        xw.add((double) r.units());
        wait.add(100 * r.point().waitShareOfComm().median());
      }
    }
    if (!x.isEmpty()) {
      style(chart.addSeries("communication / all rank time", x, comm), MEASURED, false);
    }
    if (!xw.isEmpty()) {
      style(chart.addSeries("waiting / communication", xw, wait), MODELS[0], false);
    }
    if (x.isEmpty() && xw.isEmpty()) {
      boolean blind = a.rows().stream().noneMatch(r -> r.point().instrumented());
      style(chart.addSeries(blind ? PointStats.NOT_INSTRUMENTED : "no time recorded", new double[] {1},
          new double[] {0}), IDEAL, false);
    }
    return chart;
  }

  /**
   * Stacked compute / wait / transfer / I/O seconds per rank, for the repetition of {@code point}
   * with the median wall time: a rank whose bar is mostly waiting, or shorter than the others, shows
   * the imbalance at a glance. (Vertical bars: XChart's horizontal bar chart cannot stack.)
   */
  public static CategoryChart rankBreakdown(ScalingAnalysis a, PointStats point) {
    RunBreakdown run = point.representative();
    CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
        .title("Time per rank: " + a.name().text())
        .xAxisTitle(String.format(Locale.ROOT, "rank, of %s (%s), repetition %d%s", point.key().shapeWords(),
            point.key().shape(), run.repetition(), point.oversubscribed() ? ", oversubscribed" : ""))
        .yAxisTitle("time (s)").build();
    Styler styler = chart.getStyler();
    styler.setLegendPosition(Styler.LegendPosition.OutsideS).setLegendLayout(Styler.LegendLayout.Horizontal);
    fitTitle(styler, chart.getTitle());
    chart.getStyler().setStacked(true).setOverlapped(false).setAvailableSpaceFill(0.8)
        .setXAxisLabelRotation(run.ranks().size() > 32 ? 90 : 0).setXAxisMaxLabelCount(64);
    chart.getStyler().setChartBackgroundColor(Color.WHITE).setSeriesColors(STACK);
    List<Integer> ranks = run.ranks().stream().map(RankTimes::rank).toList();
    if (!point.instrumented()) {
      chart.addSeries("total time (not instrumented)", ranks, run.ranks().stream().map(RankTimes::totalSeconds)
          .toList());
      return chart;
    }
    chart.addSeries("compute", ranks, run.ranks().stream().map(RankTimes::computeSeconds).toList());
    chart.addSeries("comm: wait", ranks, run.ranks().stream().map(RankTimes::waitSeconds).toList());
    chart.addSeries("comm: transfer", ranks, run.ranks().stream().map(RankTimes::transferSeconds).toList());
    chart.addSeries("I/O", ranks, run.ranks().stream().map(RankTimes::ioSeconds).toList());
    return chart;
  }

  private static XYChart xy(ScalingAnalysis a, String title, String yTitle) {
    return xy(a.axis(), title, yTitle);
  }

  /** An XY chart of the house style: {@code axis} along x, the legend below, numbers in {@link Locale#ROOT}. */
  static XYChart xy(Axis axis, String title, String yTitle) {
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
        .xAxisTitle(axis.title()).yAxisTitle(yTitle).build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS)
        .setLegendLayout(Styler.LegendLayout.Horizontal)
        .setChartBackgroundColor(Color.WHITE);
    fitTitle(chart.getStyler(), title);
    chart.getStyler().setXAxisDecimalPattern("#,##0.###").setYAxisDecimalPattern("#,##0.###");
    return chart;
  }

  /**
   * Shrinks the title font until the title fits the chart's width (XChart cuts a long title off), and
   * formats axis numbers with {@link Locale#ROOT} (XChart uses the default locale: {@code 0,5}).
   */
  static void fitTitle(Styler styler, String title) {
    styler.setLocale(Locale.ROOT);
    Font font = styler.getChartTitleFont();
    // a bold sans-serif character is about 0.55 em wide on average
    int fits = (int) Math.floor((WIDTH - 20) / (0.55 * Math.max(1, title.length())));
    int size = Math.max(9, Math.min(font.getSize(), fits));
    styler.setChartTitleFont(font.deriveFont((float) size));
  }

  /** The x values: processors on the curve's axis. */
  private static double[] ranks(ScalingAnalysis a) {
    return a.rows().stream().mapToDouble(ScalingRow::units).toArray();
  }

  /** 50 points spaced evenly in log between the smallest and largest rank count. */
  private static double[] grid(double[] ranks) {
    double lo = Math.log(Arrays.stream(ranks).min().orElse(1));
    double hi = Math.log(Arrays.stream(ranks).max().orElse(1));
    double[] g = new double[50];
    for (int i = 0; i < g.length; i++) {
      g[i] = Math.exp(lo + (hi - lo) * i / (g.length - 1));
    }
    return g;
  }

  static void line(XYChart chart, String name, double[] x, double[] y, Color color, boolean dashed) {
    XYSeries s = chart.addSeries(name, x, y);
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line).setMarker(SeriesMarkers.NONE)
        .setLineColor(color);
    if (dashed) {
      s.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
          new float[] {6f, 4f}, 0f));
    } else {
      s.setLineStyle(new BasicStroke(2f));
    }
  }

  /**
   * The measured values, one line per cpus per task (one line when the curve has one), with their
   * intervals when {@code low} and {@code high} are given; oversubscribed points as hollow circles.
   */
  private static void measured(XYChart chart, ScalingAnalysis a, String name, ToDoubleFunction<ScalingRow> y,
      ToDoubleFunction<ScalingRow> low, ToDoubleFunction<ScalingRow> high) {
    List<Integer> cpus = a.cpusPerTask();
    boolean split = cpus.size() > 1;
    for (int i = 0; i < cpus.size(); i++) {
      int c = cpus.get(i);
      Color color = CPUS[i % CPUS.length];
      List<ScalingRow> rows = a.rows().stream()
          .filter(r -> r.point().key().cpusPerTask() == c && !r.oversubscribed()).toList();
      if (!rows.isEmpty()) {
        String label = split ? "measured, " + c + (c == 1 ? " cpu/rank" : " cpus/rank") : name;
        style(chart.addSeries(label, xs(rows), ys(rows, y)), color, false);
      }
      if (low != null) {
        for (ScalingRow r : a.rows()) {
          if (r.point().key().cpusPerTask() == c) {
            interval(chart, r.units(), low.applyAsDouble(r), high.applyAsDouble(r), color);
          }
        }
      }
    }
    List<ScalingRow> over = a.rows().stream().filter(ScalingRow::oversubscribed).toList();
    if (!over.isEmpty()) {
      String label = "oversubscribed" + (over.stream().allMatch(ScalingRow::inFits) ? "" : " (not fitted)");
      XYSeries s = chart.addSeries(label, xs(over), ys(over, y));
      s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter).setMarker(new HollowCircle())
          .setMarkerColor(OVERSUBSCRIBED);
    }
  }

  private static double[] xs(List<ScalingRow> rows) {
    return rows.stream().mapToDouble(ScalingRow::units).toArray();
  }

  private static double[] ys(List<ScalingRow> rows, ToDoubleFunction<ScalingRow> y) {
    return rows.stream().mapToDouble(y).toArray();
  }

  private static void style(XYSeries s, Color color, boolean hideLegend) {
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line).setMarker(SeriesMarkers.CIRCLE)
        .setMarkerColor(color).setLineColor(color).setLineStyle(new BasicStroke(1.5f));
    s.setShowInLegend(!hideLegend);
  }

  /** A vertical segment from {@code low} to {@code high} at {@code x}, not in the legend. */
  static void interval(XYChart chart, double x, double low, double high, Color color) {
    if (!(low > 0 && high >= low) || high == low) {
      return;
    }
    // series names must be unique; nothing else identifies an interval
    String name = String.format(Locale.ROOT, "ci %s %s %s", x, low, high);
    if (chart.getSeries(name) != null) {
      return; // the same segment is already drawn
    }
    XYSeries s = chart.addSeries(name, new double[] {x, x}, new double[] {low, high});
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line).setMarker(SeriesMarkers.NONE)
        .setMarkerColor(color).setLineColor(color).setLineStyle(new BasicStroke(1.5f));
    s.setShowInLegend(false);
  }

  /** A circle drawn as an outline: XChart's own markers are all filled. */
  static final class HollowCircle extends Marker {
    @Override
    public void paint(Graphics2D g, double x, double y, int size) {
      g.setStroke(new BasicStroke(2f));
      double half = size / 2.0 + 1;
      g.draw(new Ellipse2D.Double(x - half, y - half, 2 * half, 2 * half));
    }
  }
}
