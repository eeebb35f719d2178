package org.scalebench.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scalebench.analysis.chart.ChartFormat;
import org.scalebench.results.Scaling;
import org.scalebench.analysis.testing.MixedStudy;
import org.scalebench.analysis.testing.HeadlessChromium;
import org.scalebench.analysis.testing.SyntheticStore;
import org.scalebench.analysis.Analyzer;
import org.scalebench.analysis.StudyAnalysis;

/**
 * Opens rendered reports in headless Chromium: the page must paint (a non-trivial screenshot), every
 * inline image must decode ({@code data-images-loaded} set by the report's own script), and the
 * configuration table and the per-rank view must be in the rendered page, for the synthetic demo and
 * for a study that varies ranks and cpus per task with an oversubscribed point ({@link MixedStudy}).
 * ({@link HeadlessChromium} installs Chromium when it is missing and we are root, and skips otherwise.)
 */
class ReportBrowserIT {
  private static HeadlessChromium chromium;
  private static Path work;
  private static Path report;
  private static Path mixedReport;

  @BeforeAll
  static void renderReport() throws IOException, InterruptedException {
    work = Path.of("target", "report-browser").toAbsolutePath();
    deleteTree(work);
    chromium = HeadlessChromium.inFolder(work);
    Path study = SyntheticStore.demo(work.resolve("store"));
    StudyAnalysis analysis = new Analyzer().analyze(study, Scaling.STRONG);
    new ReportWriter(EnumSet.of(ChartFormat.PNG), null).write(analysis, work);
    report = work.resolve(ReportWriter.REPORT_HTML);
    Path mixed = MixedStudy.write(work.resolve("store"), 3, 0.5);
    new ReportWriter(EnumSet.of(ChartFormat.PNG), null).write(new Analyzer().analyze(mixed, Scaling.STRONG),
        work.resolve("mixed"));
    mixedReport = work.resolve("mixed").resolve(ReportWriter.REPORT_HTML);
  }

  @Test
  void screenshotShowsAPaintedPage() throws IOException, InterruptedException {
    Path shot = work.resolve("report-screenshot.png");
    chromium.screenshot(report, shot, 1280, 2000);
    assertTrue(Files.exists(shot), "no screenshot at " + shot);
    assertTrue(Files.size(shot) > 20_000, "screenshot is only " + Files.size(shot) + " bytes");
    BufferedImage image = ImageIO.read(shot.toFile());
    assertEquals(1280, image.getWidth());
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 7) {
      for (int x = 0; x < image.getWidth(); x += 7) {
        colours.add(image.getRGB(x, y));
      }
    }
    assertTrue(colours.size() > 50, "screenshot looks blank: " + colours.size() + " colours");
  }

  @Test
  void everyImageDecodes() throws IOException, InterruptedException {
    String dom = chromium.dom(report);
    assertTrue(dom.contains("data-images-loaded=\"5\""),
        "the report's images did not all load; body tag: " + dom.substring(Math.max(0, dom.indexOf("<body")),
            Math.min(dom.length(), dom.indexOf("<body") + 200)));
  }

  @Test
  void theConfigurationTableAndThePerRankViewAreInTheRenderedPage() throws IOException, InterruptedException {
    String dom = chromium.dom(report);
    assertTrue(dom.contains("<table class=\"configurations\">"), "no configuration table in the demo");
    assertTrue(dom.contains("<tr class=\"best\"><td>2 nodes x 8 ranks x 1 cpu</td>"), "the demo's best row");
    assertTrue(dom.contains("<div class=\"per-rank\" id=\"series-1-per-rank\">"), "no per-rank view in the demo");

    String mixed = chromium.dom(mixedReport);
    assertTrue(mixed.contains("data-images-loaded=\"5\""), "the mixed report's images did not all load");
    assertTrue(mixed.contains("<tr class=\"best\"><td>2 ranks x 2 cpus</td>"), "the mixed study's best row");
    assertTrue(mixed.contains("<td>4 ranks x 2 cpus</td>") && mixed.contains("oversubscribed, not fitted"),
        "the oversubscribed configuration is not marked");
    int view = mixed.indexOf("<div class=\"per-rank\" id=\"series-1-per-rank\">");
    assertTrue(view > 0, "no per-rank view in the mixed report");
    assertTrue(mixed.indexOf("<table class=\"per-rank\">", view) > view, "no per-rank table");
    assertTrue(mixed.contains("<h2>matching (left=strings_left_17250.csv, right=strings_right_17250.csv, "
        + "strategy=tiles)</h2>"), "the short name is not the heading");
    Path shot = work.resolve("mixed-screenshot.png");
    chromium.screenshot(mixedReport, shot, 1280, 2000);
    assertTrue(Files.size(shot) > 20_000, "the mixed report's screenshot is only " + Files.size(shot) + " bytes");
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
