package org.scalebench.bench.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.scalebench.analysis.chart.ChartFormat;
import org.scalebench.analysis.Analyzer;
import org.scalebench.analysis.report.ReportWriter;
import org.scalebench.analysis.StudyAnalysis;
import org.scalebench.results.Scaling;
import org.scalebench.analysis.testing.SyntheticStore;

/**
 * Times {@code analyze} (read + aggregate + fit + charts + write) on a generated store of
 * {@code runs} runs of 8 ranks each (default 10,000), spread over two parameter sets and the shapes
 * n1-t8, n2-t4, n4-t2, n8-t1 (so the 8 ranks also give a node-count curve). Not a unit test: run it
 * by hand (see analysis/README.md). Args: {@code [runs] [keep-dir]}.
 */
public final class AnalyzeBenchmark {
  private AnalyzeBenchmark() {}

  public static void main(String[] args) throws IOException {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    Path root = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("sb-bench");
    long t0 = System.nanoTime();
    SyntheticStore store = new SyntheticStore(root, "bench", 1).model(60, 0.04, 0.4, 0.15, 0.02);
    int[][] shapes = {{1, 8}, {2, 4}, {4, 2}, {8, 1}};
    int perPoint = runs / (2 * shapes.length);
    for (String n : new String[] {"1000", "2000"}) {
      for (int[] s : shapes) {
        store.point("matching", Map.of("n", n), s[0], s[1], perPoint);
      }
    }
    long t1 = System.nanoTime();
    System.out.printf(Locale.ROOT, "generated %d runs x 8 ranks in %.1f s%n", perPoint * 8, (t1 - t0) / 1e9);
    for (int i = 1; i <= 3; i++) {
      long a = System.nanoTime();
      StudyAnalysis analysis = new Analyzer().analyze(store.studyDir(), Scaling.STRONG);
      long b = System.nanoTime();
      new ReportWriter(EnumSet.of(ChartFormat.PNG), null).write(analysis, root.resolve("report"));
      long c = System.nanoTime();
      System.out.printf(Locale.ROOT, "run %d: analyze %.2f s (read+aggregate+fit), report %.2f s, total %.2f s%n",
          i, (b - a) / 1e9, (c - b) / 1e9, (c - a) / 1e9);
    }
    if (args.length < 2) {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
