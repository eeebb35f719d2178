package org.scalebench.analysis.ab;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.text.StringEscapeUtils;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.scalebench.analysis.chart.ChartFormat;
import org.scalebench.analysis.chart.ChartImage;
import org.scalebench.analysis.chart.ChartRenderer;
import org.scalebench.analysis.compare.Verdict;
import org.scalebench.analysis.text.Numbers;
import org.scalebench.analysis.text.Table;
import org.scalebench.results.AtomicFiles;
import org.scalebench.results.EnumText;

/**
 * The formats of an {@link AbResult}, kept apart from the model: the terminal table, {@code ab.md},
 * and {@code ab.html} with one chart of the per-round ratios B/A per benchmark ({@code ab.json} is
 * {@link AbJson}'s).
 */
public final class AbReport {
  private static final int WIDTH = 640;
  private static final int HEIGHT = 300;

  private AbReport() {}

  /** One row per benchmark: verdict, worse factor with interval, adjusted p, rounds, id and the reason. */
  public static Table table(AbResult result) {
    List<List<String>> rows = new ArrayList<>();
    for (PairedVerdict v : result.verdicts().verdicts()) {
      rows.add(List.of(v.verdict().name(), Numbers.sig(v.worseFactor()), Numbers.interval(v.worseLow(), v.worseHigh()),
          Numbers.sig(v.geoMeanWorseFactor()), Numbers.sig(v.adjustedP(), 3), Integer.toString(v.rounds()), v.id(),
          v.reason()));
    }
    return new Table(List.of("verdict", "B/A worse", "95% interval", "geo-mean", "adj. p", "rounds", "benchmark",
        "why"), rows);
  }

  /** The summary lines: the two sides, the mode, the counts, the warnings. */
  public static List<String> summary(AbResult result) {
    List<String> lines = new ArrayList<>();
    lines.add("A (baseline): " + result.a().description());
    lines.add("B (current):  " + result.b().description());
    lines.add("mode " + EnumText.token(result.mode()) + ", " + result.rounds() + " rounds, minimum effect "
        + Numbers.percent(result.settings().minEffect()) + ", alpha " + result.settings().alpha()
        + " over the run (Holm); worse factor > 1 means B is slower");
    lines.add(result.verdicts().summary());
    lines.addAll(result.warnings());
    return lines;
  }

  /** {@code ab.md}, {@code ab.html} and {@code ab.json} in {@code dir}, each atomically. */
  public static List<Path> write(AbResult result, Path dir) throws IOException {
    Files.createDirectories(dir);
    Path md = dir.resolve("ab.md");
    Path html = dir.resolve("ab.html");
    Path json = dir.resolve(AbResult.FILE);
    AtomicFiles.writeString(md, markdown(result));
    AtomicFiles.writeString(html, html(result));
    AbJson.write(json, result);
    return List.of(md, html, json);
  }

  static String markdown(AbResult result) {
    StringBuilder s = new StringBuilder("# A/B: ").append(result.verdicts().summary()).append("\n\n");
    summary(result).forEach(line -> s.append("- ").append(line).append('\n'));
    s.append('\n').append(table(result).markdown());
    return s.toString();
  }

  static String html(AbResult result) {
    ChartRenderer renderer = new ChartRenderer(EnumSet.of(ChartFormat.PNG));
    StringBuilder s = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>scalebench ab</title><style>body{font-family:sans-serif;max-width:1100px;margin:2em auto}"
        + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;font-size:13px}"
        + ".REGRESSION{background:#fdd}.IMPROVEMENT{background:#dfd}</style></head><body>\n");
    s.append("<h1>A/B: ").append(esc(result.verdicts().summary())).append("</h1>\n<ul>\n");
    summary(result).forEach(line -> s.append("<li>").append(esc(line)).append("</li>\n"));
    s.append("</ul>\n<table>\n<tr>");
    Table t = table(result);
    t.header().forEach(h -> s.append("<th>").append(esc(h)).append("</th>"));
    s.append("</tr>\n");
    for (List<String> row : t.rows()) {
      s.append("<tr class=\"").append(esc(row.get(0))).append("\">");
      row.forEach(c -> s.append("<td>").append(esc(c)).append("</td>"));
      s.append("</tr>\n");
    }
    s.append("</table>\n");
    int i = 0;
    for (PairedVerdict v : result.verdicts().verdicts()) {
      ChartImage image = renderer.render("ab-" + i++, chart(v, result.settings()));
      s.append("<h2>").append(esc(v.id())).append("</h2>\n<p>").append(esc(v.verdict().name())).append(": ")
          .append(esc(v.reason())).append("</p>\n<img alt=\"per-round ratios of ").append(esc(v.id()))
          .append("\" src=\"").append(image.pngDataUri()).append("\">\n");
    }
    return s.append("</body></html>\n").toString();
  }

  /** The ratio B/A of every round as a worse factor, with 1, the minimum effect and the interval. */
  static XYChart chart(PairedVerdict v, AbSettings settings) {
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(abbreviate(v.id(), 80))
        .xAxisTitle("round").yAxisTitle("B/A (above 1: B slower)").build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS).setLegendLayout(Styler.LegendLayout.Horizontal)
        .setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setXAxisDecimalPattern("0").setYAxisDecimalPattern("0.###");
    double[] ratios = v.ratios();
    double[] worse = new double[ratios.length];
    for (int k = 0; k < ratios.length; k++) {
      worse[k] = v.direction() == org.scalebench.analysis.compare.Direction.LOWER_IS_BETTER ? ratios[k] : 1 / ratios[k];
    }
    double[] rounds = IntStream.rangeClosed(1, ratios.length).asDoubleStream().toArray();
    XYSeries points = chart.addSeries("round ratio", rounds, worse);
    points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    line(chart, "no change", rounds, 1.0, Color.GRAY);
    line(chart, "minimum effect", rounds, settings.regressionFactor(), new Color(0xCC, 0x88, 0x00));
    if (v.tested() && Double.isFinite(v.worseLow()) && Double.isFinite(v.worseHigh())) {
      line(chart, "interval low", rounds, v.worseLow(), v.verdict() == Verdict.REGRESSION ? Color.RED : Color.BLUE);
      line(chart, "interval high", rounds, v.worseHigh(), v.verdict() == Verdict.REGRESSION ? Color.RED : Color.BLUE);
    }
    return chart;
  }

  private static void line(XYChart chart, String name, double[] rounds, double y, Color color) {
    double[] x = {rounds[0], rounds[rounds.length - 1]};
    XYSeries s = chart.addSeries(name, x, new double[] {y, y});
    s.setMarker(SeriesMarkers.NONE).setLineColor(color);
  }

  private static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 3) + "...";
  }

  private static String esc(String s) {
    return StringEscapeUtils.escapeHtml4(s);
  }
}
