package org.scalebench.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.analysis.chart.ChartFormat;
import org.scalebench.results.Scaling;
import org.scalebench.analysis.testing.SyntheticStore;
import org.scalebench.analysis.Analyzer;
import org.scalebench.analysis.StudyAnalysis;

class ReportTest {
  @TempDir Path root;

  @Test
  void reportHasChartsTablesModelsAndProvenance() throws IOException {
    Path dir = SyntheticStore.demo(root);
    Path out = root.resolve("out");
    StudyAnalysis analysis = new Analyzer().analyze(dir, Scaling.STRONG);
    List<Path> files = new ReportWriter(EnumSet.of(ChartFormat.PNG), null).write(analysis, out);
    assertEquals(3, files.size());
    String html = Files.readString(out.resolve(ReportWriter.REPORT_HTML));
    // five charts, each a real PNG (base64 of the PNG signature starts with iVBORw0KGgo)
    Matcher m = Pattern.compile("<img src=\"data:image/png;base64,iVBORw0KGgo").matcher(html);
    int images = 0;
    while (m.find()) {
      images++;
    }
    assertEquals(5, images);
    assertTrue(html.contains("Speedup: matching (n=2000, threshold=0.8)"));
    assertTrue(html.contains("<table class=\"configurations\">"));
    assertTrue(html.contains("<div class=\"per-rank\" id=\"series-1-per-rank\">"));
    assertTrue(html.contains("<table class=\"points\">"));
    assertTrue(html.contains("<table class=\"fits\">"));
    assertTrue(html.contains("Amdahl&#39;s law fits a serial fraction f = "));
    assertTrue(html.contains("The Universal Scalability Law fits contention sigma = "));
    assertTrue(html.contains("Karp-Flatt serial fraction e changes by"));
    assertTrue(html.contains("rank 17 was killed by the OOM killer"));
    assertTrue(html.contains("Point n4-t8-c1 (32 ranks) has no complete run"));
    assertTrue(html.contains("Open MPI v4.1.4") && html.contains("abc1234") && html.contains("17.0.15"));
    assertTrue(html.contains("Time per rank: matching (n=2000, threshold=0.8)"));
    assertTrue(html.contains("Where each rank&#39;s time went: 2 nodes x 8 ranks x 1 cpu"));
    assertFalse(html.contains("src=\"http"), "self-contained: no external resources");
    // German default locale in the test JVM: numbers must still use a decimal point
    assertFalse(Pattern.compile("<td>\\d+,\\d+</td>").matcher(html).find(), "locale-dependent number in HTML");

    String md = Files.readString(out.resolve(ReportWriter.SUMMARY_MD));
    assertTrue(md.startsWith("# Scaling summary: demo"));
    assertTrue(md.contains("| ranks | shape | reps |"));
    List<String> csv = Files.readAllLines(out.resolve(ReportWriter.SUMMARY_CSV));
    assertEquals(6, csv.size());
    assertTrue(csv.get(0).startsWith("schemaVersion,series,workload,params,"));
    assertTrue(csv.get(1).startsWith(CsvSummary.SCHEMA_VERSION + ","), csv.get(1));
    assertTrue(csv.get(1).contains(",1,1,1,1,3,"), csv.get(1));
  }

  @Test
  void svgChartsAreInlined() throws IOException {
    Path dir = SyntheticStore.demo(root);
    StudyAnalysis analysis = new Analyzer().analyze(dir, Scaling.STRONG);
    new ReportWriter(EnumSet.of(ChartFormat.SVG), 4).write(analysis, root.resolve("svg"));
    String html = Files.readString(root.resolve("svg").resolve(ReportWriter.REPORT_HTML));
    assertFalse(html.contains("<img "));
    assertTrue(html.split("<svg", -1).length - 1 >= 5, "five inline SVG charts");
    assertTrue(html.contains("Where each rank&#39;s time went: 4 ranks x 1 cpu"));
  }

  @Test
  void emptyAndDegenerateStudiesStillRender() throws IOException {
    Path empty = Files.createDirectories(root.resolve("empty"));
    SyntheticStore failed = new SyntheticStore(empty.getParent(), "empty", 1);
    failed.run("w", Map.of(), 1, 2, 1, "mpirun could not start");
    StudyAnalysis a = new Analyzer().analyze(empty, Scaling.STRONG);
    new ReportWriter(EnumSet.of(ChartFormat.PNG), null).write(a, empty);
    String html = Files.readString(empty.resolve(ReportWriter.REPORT_HTML));
    assertTrue(html.contains("No complete run was found"));
    assertTrue(html.contains("mpirun could not start"));

    SyntheticStore one = new SyntheticStore(root, "single", 2);
    one.point("w", Map.of(), 1, 4, 1);
    StudyAnalysis b = new Analyzer().analyze(one.studyDir(), Scaling.WEAK);
    new ReportWriter(EnumSet.of(ChartFormat.PNG), null).write(b, one.studyDir());
    String html2 = Files.readString(one.studyDir().resolve(ReportWriter.REPORT_HTML));
    assertTrue(html2.contains("Only one rank count (4) was measured"));
    assertTrue(html2.contains("n/a (1 rep)"));
  }
}
