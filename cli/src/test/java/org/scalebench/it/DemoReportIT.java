package org.scalebench.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scalebench.analysis.testing.HeadlessChromium;
import org.scalebench.results.ResultStore;
import org.scalebench.results.StoredRun;

/**
 * {@code scalebench demo} as a new user meets it: the shipped specs run under real mpirun with 3
 * repetitions, the log shows one plain progress line per run (stdout is a file here, not a
 * terminal), and the report, opened in headless Chromium, has the configuration table, the
 * per-rank view and the predictions.
 */
class DemoReportIT {
  private static Path work;
  private static Cli.Result demo;

  @BeforeAll
  static void runTheDemo() throws Exception {
    work = Path.of("target", "demo-report").toAbsolutePath();
    if (Files.exists(work)) {
      try (Stream<Path> walk = Files.walk(work)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(work);
    demo = Cli.run("demo", "--out", work.resolve("store").toString(), "--studies",
        Path.of("..", "studies", "demo").toAbsolutePath().normalize().toString());
  }

  @Test
  void everyRunCompletesWithOneProgressLineEach() throws Exception {
    assertEquals(0, demo.exit(), demo.toString());
    List<StoredRun> runs = ResultStore.runsUnder(work.resolve("store").resolve("demo"));
    assertTrue(runs.size() >= 30, "the demo has the matching and grid search matrices, 3 repetitions each: " + runs.size());
    assertTrue(runs.stream().allMatch(StoredRun::isComplete), runs.toString());
    long lines = demo.out().lines().filter(l -> l.matches("scalebench: demo \\[\\d+/\\d+\\] .* ok \\d+\\.\\d\\d s; .*"))
        .count();
    assertEquals(runs.size(), lines, demo.out());
    assertFalse(demo.out().contains("\r"), "no carriage-return frames in a log");
    assertTrue(runs.stream().anyMatch(r -> r.metadata().launch().oversubscribed()), "the demo shows an oversubscribed point");
  }

  @Test
  void theReportAnswersTheStudysQuestions() throws Exception {
    assertEquals(0, demo.exit(), demo.toString());
    Path report = work.resolve("store").resolve("demo").resolve("report.html");
    String dom = HeadlessChromium.inFolder(work).dom(report);
    for (String marker : List.of("class=\"configurations\"", "class=\"per-rank\"", "class=\"predictions\"")) {
      assertTrue(dom.contains(marker), "the rendered demo report has no " + marker);
    }
    assertTrue(dom.contains("matching") && dom.contains("gridsearch"), "both scaling workloads are in the report");
  }
}
