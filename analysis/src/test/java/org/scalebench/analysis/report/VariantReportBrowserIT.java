package org.scalebench.analysis.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scalebench.analysis.Analyzer;
import org.scalebench.analysis.chart.ChartFormat;
import org.scalebench.analysis.testing.HeadlessChromium;
import org.scalebench.analysis.testing.VariantStudy;
import org.scalebench.results.Scaling;

/**
 * Opens the report of a two-variant study ({@link VariantStudy#execVsJava}: java, and an mpi4py program 3x
 * slower) in headless Chromium: the side-by-side section is in the rendered page after "At a glance", its
 * charts decode and name both variants in their legends, and the ratio table shows the ratio.
 */
class VariantReportBrowserIT {
  private static HeadlessChromium chromium;
  private static Path work;
  private static Path report;

  @BeforeAll
  static void renderReport() throws IOException, InterruptedException {
    work = Path.of("target", "variant-report-browser").toAbsolutePath();
    deleteTree(work);
    chromium = HeadlessChromium.inFolder(work);
    Path study = VariantStudy.execVsJava(work.resolve("store"), 3);
    new ReportWriter(EnumSet.of(ChartFormat.PNG), null).write(new Analyzer().analyze(study, Scaling.STRONG), work);
    report = work.resolve(ReportWriter.REPORT_HTML);
  }

  @Test
  void theSideBySideSectionShowsBothVariantsAndTheRatio() throws IOException, InterruptedException {
    String dom = chromium.dom(report);
    // 3 side-by-side charts, then 4 charts and the per-rank bars of each of the two variants
    assertTrue(dom.contains("data-images-loaded=\"13\""), "the report's images did not all load; body tag: "
        + dom.substring(Math.max(0, dom.indexOf("<body")), Math.min(dom.length(), dom.indexOf("<body") + 200)));
    int overview = dom.indexOf("<section id=\"overview\">");
    int section = dom.indexOf("<section id=\"variants\">");
    int series = dom.indexOf("<section id=\"series-1\">");
    assertTrue(overview > 0 && section > overview && series > section, "the section follows At a glance: "
        + overview + " " + section + " " + series);
    String body = dom.substring(section, series);
    assertTrue(body.contains("<h2>Variants side by side</h2>"), body.substring(0, Math.min(400, body.length())));

    Matcher time = Pattern.compile("<figure id=\"variants-time\" data-legend=\"([^\"]*)\"><img src=\"data:image/png;"
        + "base64,[^\"]+\" alt=\"([^\"]*)\"").matcher(body);
    assertTrue(time.find(), "no time chart in the section");
    assertTrue(time.group(1).equals("java; mpi4py"), "legend: " + time.group(1));
    assertTrue(time.group(2).endsWith(": java, mpi4py"), "alt text: " + time.group(2));
    assertTrue(body.contains("<figure id=\"variants-speedup\" data-legend=\"ideal (linear); java; mpi4py\">"),
        "speedup chart's legend");

    assertTrue(body.contains("<table class=\"variants\">"), "no ratio table");
    assertTrue(body.contains("<th>java: median (s) [95% CI]</th><th>mpi4py: median (s) [95% CI]</th>"), "columns");
    assertTrue(body.contains("<td>mpi4py / java at 2 ranks: 3.0x</td>"), "the ratio at 2 ranks");
    assertTrue(body.contains("<td>mpi4py</td><td>n/a</td><td>n/a</td><td>n/a</td><td>n/a</td><td>"
        + VariantSection.NOT_INSTRUMENTED + "</td>"), "the uninstrumented variant's phases");

    Path shot = work.resolve("variants-screenshot.png");
    chromium.screenshot(report, shot, 1280, 2400);
    assertTrue(Files.size(shot) > 20_000, "the screenshot is only " + Files.size(shot) + " bytes");
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
