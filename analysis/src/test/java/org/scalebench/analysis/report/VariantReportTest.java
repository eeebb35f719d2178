package org.scalebench.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.analysis.Analyzer;
import org.scalebench.analysis.StudyAnalysis;
import org.scalebench.analysis.chart.ChartFormat;
import org.scalebench.analysis.scaling.PhaseContrast;
import org.scalebench.analysis.scaling.ScalingAnalysis;
import org.scalebench.analysis.scaling.VariantComparison;
import org.scalebench.analysis.scaling.VariantRatio;
import org.scalebench.analysis.scaling.VariantRow;
import org.scalebench.analysis.testing.MixedStudy;
import org.scalebench.analysis.testing.SyntheticStore;
import org.scalebench.analysis.testing.VariantStudy;
import org.scalebench.analysis.text.Table;
import org.scalebench.results.Scaling;

/** Studies of two variants over one matrix ({@link VariantStudy}): names, the side-by-side section, summary.csv. */
class VariantReportTest {
  /** How {@link VariantStudy#COMMAND} reads once quoted. */
  private static final String QUOTED = "/usr/bin/python3 -u matching.py --left 'names left.txt' --right 'it'\\''s.txt'";

  @TempDir static Path root;
  private static StudyAnalysis exec;
  private static StudyAnalysis comm;
  private static String html;
  private static String md;

  @BeforeAll
  static void render() throws IOException {
    exec = new Analyzer().analyze(VariantStudy.execVsJava(root, 3), Scaling.STRONG);
    comm = new Analyzer().analyze(VariantStudy.communicating(root, 3), Scaling.STRONG);
    Path out = root.resolve("out");
    new ReportWriter(EnumSet.of(ChartFormat.PNG), null).write(exec, out);
    html = Files.readString(out.resolve(ReportWriter.REPORT_HTML));
    md = Files.readString(out.resolve(ReportWriter.SUMMARY_MD));
  }

  @Test
  void eachVariantIsASeriesNamedByTheVariantAndAnExecSeriesHidesItsCommandFromTheParameters() {
    assertEquals(List.of("java (generate=6000)", "mpi4py"), exec.series().stream().map(a -> a.name().text()).toList());
    ScalingAnalysis mpi4py = exec.series().get(1);
    assertEquals("mpi4py", mpi4py.key().variant());
    assertEquals("exec", mpi4py.key().workload());
    assertTrue(mpi4py.name().parameters().isEmpty(), mpi4py.name().parameters().toString());
    assertEquals(QUOTED, mpi4py.name().command());
    assertNull(exec.series().get(0).name().command());
    assertEquals(List.of("java", "mpi4py"), exec.aggregate().variants());
    int block = html.indexOf("<details class=\"parameters\"><summary>All parameters (0)</summary>");
    assertTrue(block > 0, "the exec series' parameters block");
    String details = html.substring(block, html.indexOf("</details>", block));
    assertTrue(details.contains("<p class=\"runs\">Variant mpi4py runs its own program (exec), one process per rank.</p>"),
        details);
    assertTrue(details.contains("<code>" + HtmlReport.esc(QUOTED) + "</code>"), details);
    assertFalse(details.contains("exec.command"), details);
    assertTrue(html.contains("<p class=\"runs\">Variant java runs the workload matching.</p>"));
    assertTrue(md.contains("Variant mpi4py runs its own program (exec), one process per rank. Command: `" + QUOTED + "`."),
        md);
  }

  @Test
  void variantsOfTheSameWorkloadAndParametersAreStillDifferentSeries() throws IOException {
    SyntheticStore store = new SyntheticStore(root, "same", 3).model(10, 0.1, 0.1, 0, 0);
    for (String v : List.of("b", "a")) {
      store.variant(v);
      store.point("sum", Map.of("n", "100"), 1, 1, 1);
      store.point("sum", Map.of("n", "100"), 1, 2, 1);
    }
    StudyAnalysis s = new Analyzer().analyze(store.studyDir(), Scaling.STRONG);
    assertEquals(List.of("a (n=100)", "b (n=100)"), s.series().stream().map(a -> a.name().text()).toList());
    assertEquals(List.of(2, 2), s.series().stream().map(a -> a.rows().size()).toList());
    assertEquals(List.of("a", "b"), s.variants().curves().stream().map(c -> c.label()).toList());
  }

  @Test
  void theRatioTableGivesEachVariantsTimeAndItsRatioToTheFastest() {
    VariantComparison v = exec.variants();
    assertTrue(v.present());
    for (VariantRow r : v.rows()) {
      VariantRatio ratio = r.ratios().get(0);
      assertEquals("mpi4py", ratio.slower());
      assertEquals("java", ratio.fastest());
      assertEquals(3.0, ratio.ratio(), 1e-12, r.shape().toString());
    }
    Table t = VariantSection.times(v);
    assertEquals(List.of("configuration", "ranks", "cores", "java: median (s) [95% CI]",
        "mpi4py: median (s) [95% CI]", "ratio to the fastest"), t.header());
    assertEquals(List.of(
        List.of("1 rank x 1 cpu", "1", "1", "100 [100, 100]", "300 [300, 300]", "mpi4py / java at 1 rank: 3.0x"),
        List.of("2 ranks x 1 cpu", "2", "2", "55.5 [55.5, 55.5]", "166.5 [166.5, 166.5]",
            "mpi4py / java at 2 ranks: 3.0x"),
        List.of("4 ranks x 1 cpu", "4", "4", "33.5 [33.5, 33.5]", "100.5 [100.5, 100.5]",
            "mpi4py / java at 4 ranks: 3.0x")), t.rows());
    assertTrue(md.contains("| 2 ranks x 1 cpu | 2 | 2 | 55.5 [55.5, 55.5] | 166.5 [166.5, 166.5] | "
        + "mpi4py / java at 2 ranks: 3.0x |"), md);
  }

  @Test
  void ratiosOfNoisyRepetitionsCarryABootstrapInterval() throws IOException {
    VariantComparison v = new Analyzer().analyze(VariantStudy.noisy(root, 5), Scaling.STRONG).variants();
    for (VariantRow r : v.rows()) {
      VariantRatio ratio = r.ratios().get(0);
      assertTrue(ratio.hasInterval());
      assertTrue(ratio.ciLow() < ratio.ciHigh(), ratio.toString());
      assertTrue(ratio.ciLow() <= ratio.ratio() && ratio.ratio() <= ratio.ciHigh(), ratio.toString());
      assertTrue(ratio.ciLow() > 2.5 && ratio.ciHigh() < 3.5, "5% noise around 3x: " + ratio);
      String text = VariantSection.ratio(v, r.shape(), ratio);
      assertTrue(text.matches("mpi4py / java at \\d ranks?: [23]\\.\\dx \\[[23]\\.\\d, [23]\\.\\d\\]"), text);
    }
  }

  @Test
  void configurationsAreNamedWithTheirCpusWhenCpusVary() throws IOException {
    VariantComparison v = new Analyzer().analyze(VariantStudy.mixedCpus(root, 2), Scaling.STRONG).variants();
    assertEquals(4, v.rows().size());
    List<String> ratios = VariantSection.times(v).rows().stream().map(r -> r.get(r.size() - 1)).toList();
    assertEquals(List.of("b / a at 1 rank x 1 cpu: 3.0x", "b / a at 1 rank x 2 cpus: 3.0x",
        "b / a at 2 ranks x 1 cpu: 3.0x", "b / a at 2 ranks x 2 cpus: 3.0x"), ratios);
    assertEquals(org.scalebench.analysis.scaling.Axis.CORES, v.axis());
  }

  @Test
  void thePhaseComparisonNamesTheBiggestDifference() {
    VariantComparison v = comm.variants();
    PhaseContrast c = v.contrast();
    assertEquals(PhaseContrast.Work.COMMUNICATION, c.kind());
    assertEquals("mpi4py", c.most());
    assertEquals(110.0 / 210, c.mostShare(), 1e-12);
    assertEquals("java", c.least());
    assertEquals(34.0 / 134, c.leastShare(), 1e-12);
    assertEquals("At 4 ranks, mpi4py spends 52.4% of its rank time communicating, java 25.4%.",
        VariantSection.contrast(v));
    Table t = VariantSection.phases(v);
    assertEquals(List.of("4 ranks x 1 cpu", "mpi4py", "42.9%", "14.3%", "38.1%", "4.8%", ""),
        t.rows().get(t.rows().size() - 1));
    // at 1 rank both spend 10 s of 100 reading and no rank waits: the ratio is 1.0x, fastest the first
    assertEquals("mpi4py / java at 1 rank: 1.0x", VariantSection.times(v).rows().get(0).get(5));
  }

  @Test
  void anUninstrumentedVariantSaysSoInsteadOfShowingAllCompute() throws IOException {
    VariantComparison v = exec.variants();
    assertNull(v.contrast());
    Table t = VariantSection.phases(v);
    assertEquals(6, t.rows().size(), "both variants at 1, 2 and 4 ranks");
    assertEquals(List.of("2 ranks x 1 cpu", "mpi4py", "n/a", "n/a", "n/a", "n/a", VariantSection.NOT_INSTRUMENTED),
        t.rows().get(3));
    assertEquals(List.of("2 ranks x 1 cpu", "java", "81.1%", "9.0%", "0.9%", "9.0%", ""), t.rows().get(2));
    assertEquals("At 4 ranks, mpi4py is not instrumented (the ranks recorded their total time only), so where its "
        + "time went cannot be compared with the other variants'.", VariantSection.contrast(v));
    ScalingAnalysis mpi4py = exec.series().get(1);
    List<String> row = Tables.configurations(mpi4py).rows().get(1);
    assertEquals(List.of("n/a", "n/a", "n/a", "n/a"), row.subList(9, 13));
    assertEquals(VariantSection.NOT_INSTRUMENTED, row.get(13));
    assertNull(mpi4py.rows().get(1).point().commFraction(), "a total time is no communication fraction");
    assertTrue(Tables.perRankSummary(mpi4py.largestPoint()).contains("Not instrumented: each rank recorded its "
        + "total time only"));
    CSVRecord csv = csv(exec).get(4);
    assertEquals("mpi4py", csv.get("variant"));
    assertEquals("", csv.get("computeShare"));
    assertEquals("", csv.get("commFraction"));
  }

  @Test
  void theSectionFollowsAtAGlanceWithChartsOfBothVariantsAndTheTables() {
    int overview = html.indexOf("<section id=\"overview\">");
    int section = html.indexOf("<section id=\"variants\">");
    int firstSeries = html.indexOf("<section id=\"series-1\">");
    assertTrue(overview > 0 && overview < section && section < firstSeries, overview + " " + section + " " + firstSeries);
    assertTrue(html.contains("<li><a href=\"#variants\">Variants side by side</a></li>"), "table of contents");
    String body = html.substring(section, firstSeries);
    assertTrue(body.contains("<h2>Variants side by side</h2>"));
    for (String chart : List.of("time", "speedup", "efficiency")) {
      int fig = body.indexOf("<figure id=\"variants-" + chart + "\" data-legend=\"");
      assertTrue(fig > 0, chart);
      String legend = body.substring(fig, body.indexOf('>', fig));
      assertTrue(legend.contains("java") && legend.contains("mpi4py"), legend);
    }
    assertTrue(body.contains("<figcaption>Wall time, variants side by side: java, mpi4py</figcaption>"), body);
    assertTrue(body.contains("<table class=\"variants\">"));
    assertTrue(body.contains("<td>mpi4py / java at 2 ranks: 3.0x</td>"));
    assertTrue(body.contains("<table class=\"variant-phases\">"));
    assertTrue(body.contains("<td>" + VariantSection.NOT_INSTRUMENTED + "</td>"));
    assertTrue(md.indexOf("## Variants side by side") < md.indexOf("## java (generate=6000)"), md);
  }

  @Test
  void variantsThatShareNoConfigurationAreListedButNotCompared() throws IOException {
    SyntheticStore store = new SyntheticStore(root, "apart", 4).model(10, 0.1, 0.1, 0, 0);
    store.variant("a").point("sum", Map.of(), 1, 1, 2);
    store.variant("b").point("sum", Map.of(), 1, 2, 2);
    StudyAnalysis s = new Analyzer().analyze(store.studyDir(), Scaling.STRONG);
    VariantComparison v = s.variants();
    assertTrue(v.present());
    assertTrue(v.commonRows().isEmpty());
    assertNull(v.contrast());
    assertEquals(List.of("only a ran here", "only b ran here"),
        VariantSection.times(v).rows().stream().map(r -> r.get(5)).toList());
    assertEquals("No configuration was run by two variants, so their times and phases cannot be compared.",
        VariantSection.contrast(v));
    Path out = root.resolve("apart-out");
    new ReportWriter(EnumSet.of(ChartFormat.SVG), null).write(s, out);
    String page = Files.readString(out.resolve(ReportWriter.REPORT_HTML));
    assertTrue(page.contains("<figure id=\"variants-time\" data-legend=\"a; b\">"), "the times still share a chart");
    assertFalse(page.contains("variants-speedup"), "no variant has two rank counts to draw a speedup");

    SyntheticStore single = new SyntheticStore(root, "single-variant", 5).model(10, 0.1, 0.1, 0, 0).variant("only");
    single.point("sum", Map.of(), 1, 1, 1);
    single.point("sum", Map.of(), 1, 2, 1);
    StudyAnalysis one = new Analyzer().analyze(single.studyDir(), Scaling.STRONG);
    assertFalse(one.variants().present(), "one variant has nothing to be compared with");
    assertEquals("only", one.series().get(0).name().text());
  }

  @Test
  void aStudyWithoutVariantsHasNoSideBySideSection() throws IOException {
    StudyAnalysis mixed = new Analyzer().analyze(MixedStudy.write(root.resolve("plain"), 1, 0.5), Scaling.STRONG);
    assertFalse(mixed.variants().present());
    Path out = root.resolve("plain-out");
    new ReportWriter(EnumSet.of(ChartFormat.PNG), null).write(mixed, out);
    assertFalse(Files.readString(out.resolve(ReportWriter.REPORT_HTML)).contains("Variants side by side"));
    assertFalse(Files.readString(out.resolve(ReportWriter.SUMMARY_MD)).contains("Variants side by side"));
    assertTrue(csv(mixed).stream().allMatch(r -> r.get("variant").isEmpty()));
  }

  /**
   * summary.csv of both kinds of study, byte for byte ({@code -Dgolden.update=true} rewrites the files):
   * schema 3, the variant last, an exec series' command in its parameters, empty shares where not instrumented.
   */
  @Test
  void summaryCsvMatchesTheGoldenFiles() throws IOException {
    StudyAnalysis mixed = new Analyzer().analyze(MixedStudy.write(root.resolve("golden"), 3, 0.5), Scaling.STRONG);
    golden("golden/summary-v3-variants.csv", CsvSummary.render(exec));
    golden("golden/summary-v3-mixed.csv", CsvSummary.render(mixed));
  }

  private static void golden(String name, String csv) throws IOException {
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(Path.of("src/test/resources", name), csv);
      return;
    }
    try (InputStream in = VariantReportTest.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing; run with -Dgolden.update=true once");
      }
      assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), csv, name);
    }
  }

  private static List<CSVRecord> csv(StudyAnalysis s) throws IOException {
    return CSVFormat.RFC4180.builder().setHeader().build().parse(new StringReader(CsvSummary.render(s))).getRecords();
  }
}
