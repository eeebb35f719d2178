package org.scalebench.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.analysis.AnalysisOptions;
import org.scalebench.analysis.Analyzer;
import org.scalebench.analysis.StudyAnalysis;
import org.scalebench.analysis.chart.ChartFormat;
import org.scalebench.analysis.scaling.ScalingAnalysis;
import org.scalebench.analysis.testing.MixedStudy;
import org.scalebench.analysis.text.Table;
import org.scalebench.results.Scaling;

/** The report of a study that varies ranks and cpus per task, with an oversubscribed point (see {@link MixedStudy}). */
class ConfigurationReportTest {
  private static final String NAME = "matching (left=strings_left_17250.csv, right=strings_right_17250.csv, "
      + "strategy=tiles)";

  @TempDir static Path root;
  private static StudyAnalysis analysis;
  private static String html;
  private static String md;

  @BeforeAll
  static void render() throws IOException {
    Path dir = MixedStudy.write(root, 3, 0.5);
    analysis = new Analyzer().analyze(dir, Scaling.STRONG);
    Path out = root.resolve("out");
    new ReportWriter(EnumSet.of(ChartFormat.PNG), null).write(analysis, out);
    html = Files.readString(out.resolve(ReportWriter.REPORT_HTML));
    md = Files.readString(out.resolve(ReportWriter.SUMMARY_MD));
  }

  @Test
  void headingsChartTitlesAndTheTableOfContentsUseTheShortName() {
    String escaped = HtmlReport.esc(NAME);
    assertTrue(html.contains("<h2>" + escaped + "</h2>"), "section heading");
    assertTrue(html.contains("<a href=\"#series-1\">" + escaped + "</a>"), "table of contents");
    for (String chart : List.of("Speedup: ", "Parallel efficiency: ", "Wall time per point: ",
        "Communication fraction: ")) {
      assertTrue(html.contains("<figcaption>" + chart + escaped + "</figcaption>"), chart);
    }
    Matcher captions = Pattern.compile("<figcaption>([^<]*)</figcaption>").matcher(html);
    int n = 0;
    while (captions.find()) {
      n++;
      assertTrue(captions.group(1).endsWith(escaped), captions.group(1));
      assertFalse(captions.group(1).contains("format=") || captions.group(1).contains("/long/path"), captions.group(1));
    }
    assertEquals(5, n);
    assertTrue(md.contains("## " + NAME + "\n"), md);
  }

  @Test
  void theFullParameterListIsInACollapsibleBlock() {
    int start = html.indexOf("<details class=\"parameters\"><summary>All parameters (10)</summary>");
    assertTrue(start > 0, "no parameters block");
    String block = html.substring(start, html.indexOf("</details>", start));
    assertTrue(block.contains("<td>left</td><td>" + MixedStudy.LEFT + "</td><td>set by the study</td><td>yes</td>"),
        block);
    assertTrue(block.contains("<td>format</td><td>auto</td><td>workload default</td><td></td>"), block);
  }

  @Test
  void theConfigurationTableHasOneRowPerShapeWithPerCoreRatiosPhasesAndTheBestMarked() {
    ScalingAnalysis a = analysis.series().get(0);
    Table t = Tables.configurations(a);
    assertEquals(List.of("configuration", "ranks", "cores", "reps", "median (s)",
        "95% CI (s)", "speedup per core", "speedup 95% CI", "efficiency per core", "compute", "wait", "transfer",
        "I/O", "note"), t.header());
    assertEquals(List.of("1 rank x 1 cpu", "1 rank x 2 cpus", "2 ranks x 1 cpu", "2 ranks x 2 cpus",
        "4 ranks x 1 cpu", "4 ranks x 2 cpus"), t.rows().stream().map(r -> r.get(0)).toList());
    List<String> oneByTwo = t.rows().get(1);
    assertEquals(List.of("1", "2", "3", "55"), oneByTwo.subList(1, 5));
    assertEquals("1.818", oneByTwo.get(6), "100 s / 55 s");
    assertEquals("0.9091", oneByTwo.get(8), "per core: 1.818 / 2 cores");
    List<String> twoByOne = t.rows().get(2);
    assertEquals("55.5", twoByOne.get(4));
    assertEquals("0.9009", twoByOne.get(8), "2 ranks x 1 cpu: 100 / 55.5 / 2 cores");
    // 2x2: 10 s serial read (io) on rank 0, 22.5 s compute per rank, 0.5 s transfer; rank 1 waits the 10 s
    List<String> twoByTwo = t.rows().get(3);
    assertEquals("best", twoByTwo.get(13), "33 s: the fastest of the points the cores allow");
    assertEquals(List.of("68.2%", "15.2%", "1.5%", "15.2%"), twoByTwo.subList(9, 13));
    assertEquals("oversubscribed, not fitted", t.rows().get(5).get(13));
    assertEquals(3, Tables.bestRow(a));
    assertTrue(html.contains("<tr class=\"best\"><td>2 ranks x 2 cpus</td>"), "best row highlighted");
    assertTrue(md.contains("| 2 ranks x 2 cpus | 2 | 4 | 3 | 33 |"), md);
    Table overview = Tables.overview(analysis);
    assertEquals(List.of(NAME, "2 ranks x 2 cpus", "4", "33", "3.03", "0.7576", "1 rank x 1 cpu"), overview.rows().get(0));
  }

  @Test
  void oversubscribedPointsAreMarkedEverywhereAndLeftOutOfTheFits() throws IOException {
    assertTrue(html.contains("<td>n1-t4-c2 (oversubscribed)</td>"), "points and phases tables");
    assertTrue(html.contains("4 ranks x 2 cpus ran oversubscribed"), "the note");
    assertTrue(html.contains("left out of the model fits (analyze --include-oversubscribed puts it in)"));
    assertTrue(html.contains("<figcaption>Time per rank: " + HtmlReport.esc(NAME)), "the per-rank chart");
    assertTrue(html.contains("of 4 ranks x 2 cpus (oversubscribed)."), "the per-rank view says so");
    ScalingAnalysis a = analysis.series().get(0);
    a.fits().stream().filter(f -> f.ok()).forEach(f ->
        assertFalse(f.residuals().stream().anyMatch(r -> r.x() == 8), f.model().name() + " fitted the 8-core point"));
    List<CSVRecord> csv = CSVFormat.RFC4180.builder().setHeader().build()
        .parse(new StringReader(CsvSummary.render(analysis))).getRecords();
    assertEquals(6, csv.size());
    CSVRecord last = csv.get(5);
    assertEquals("true", last.get("oversubscribed"));
    assertEquals("false", last.get("inFits"));
    assertEquals("8", last.get("cores"));
    assertEquals("8", last.get("axisUnits"));
    assertEquals("true", csv.get(3).get("best"));
    assertEquals(a.key().title(), last.get("series"), "the CSV keeps the unambiguous full title");
  }

  @Test
  void includeOversubscribedFitsThePoint() throws IOException {
    StudyAnalysis with = new Analyzer(AnalysisOptions.withDefaults().withIncludeOversubscribed(true))
        .analyze(analysis.aggregate().studyDir(), Scaling.STRONG);
    ScalingAnalysis a = with.series().get(0);
    assertTrue(a.fit("Amdahl").orElseThrow().residuals().stream().anyMatch(r -> r.x() == 8));
    assertEquals("oversubscribed", Tables.configurations(a).rows().get(5).get(13));
    assertTrue(with.options().includeOversubscribed());
  }

  @Test
  void svgChartsDrawTheHollowMarkersToo() throws IOException {
    Path out = root.resolve("svg");
    new ReportWriter(EnumSet.of(ChartFormat.SVG), null).write(analysis, out);
    String svg = Files.readString(out.resolve(ReportWriter.REPORT_HTML));
    assertEquals(5, svg.split("<svg", -1).length - 1, "five inline SVG charts");
    assertFalse(svg.contains("<img "));
  }

  @Test
  void thePerRankViewShowsTheLargestPointsRanks() {
    int start = html.indexOf("<div class=\"per-rank\" id=\"series-1-per-rank\">");
    assertTrue(start > 0, "no per-rank view");
    String view = html.substring(start, html.indexOf("</div>", start));
    assertTrue(view.contains("<figure id=\"series-1-ranks\"><img src=\"data:image/png;base64,"), view.substring(0, 200));
    assertTrue(view.contains("<table class=\"per-rank\">"));
    assertEquals(4, view.split("<tr><td>", -1).length - 1, "one row per rank of 4 ranks x 2 cpus");
    assertTrue(view.contains("(the median wall time, 33.5 s) of 4 ranks x 2 cpus (oversubscribed)."), view);
    assertTrue(view.contains("rank 1 waited longest, 10 s"), view);
    assertTrue(html.contains("Where each rank&#39;s time went: 4 ranks x 2 cpus</h3>"));
  }
}
