package org.scalebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.analysis.AnalysisOptions;
import org.scalebench.analysis.report.CsvSummary;
import org.scalebench.analysis.testing.MixedStudy;
import org.scalebench.analysis.testing.SyntheticStore;
import picocli.CommandLine;

class AnalyzeCommandTest {
  @TempDir Path root;

  /** {@code scalebench analyze ARGS} through {@link Main}, the one error path. */
  private static CommandLineTest.Result run(String... args) {
    String[] argv = new String[args.length + 1];
    argv[0] = "analyze";
    System.arraycopy(args, 0, argv, 1, args.length);
    return CommandLineTest.run(argv);
  }

  @Test
  void writesTheThreeFilesIntoOut() throws IOException {
    Path study = SyntheticStore.demo(root);
    Path out = root.resolve("report");
    var o = run(study.toString(), "--out", out.toString(), "--scaling", "strong");
    assertEquals(0, o.exit(), o.err());
    assertTrue(Files.size(out.resolve("report.html")) > 10_000);
    assertTrue(Files.exists(out.resolve("summary.md")));
    assertTrue(Files.exists(out.resolve("summary.csv")));
    List<String> csv = Files.readAllLines(out.resolve("summary.csv"));
    assertTrue(csv.get(0).startsWith("schemaVersion,series,"), csv.get(0));
    assertTrue(csv.size() > 1 && csv.subList(1, csv.size()).stream()
        .allMatch(l -> l.startsWith(CsvSummary.SCHEMA_VERSION + ",")), csv.toString());
    assertTrue(o.out().contains("wrote "));
  }

  @Test
  void defaultsToWritingIntoTheStudyDirectory() throws IOException {
    Path study = SyntheticStore.demo(root);
    assertEquals(0, run(study.toString(), "--scaling", "WEAK", "--formats", "svg,png").exit());
    assertTrue(Files.exists(study.resolve("report.html")));
  }

  @Test
  void theRunsLeftOutAreListedWithTheirReasonOnStderrAndInSummaryMd() throws IOException {
    Path study = SyntheticStore.demo(root);
    var o = run(study.toString());
    assertEquals(0, o.exit(), o.err());
    String failed;
    try (var points = Files.list(study)) {
      failed = points.map(p -> study.relativize(p.resolve("rep-1")).toString()).filter(p -> p.contains("-n4-t8-c1-"))
          .findFirst().orElseThrow();
    }
    assertTrue(o.err().contains("scalebench: 1 run left out of the analysis:"), o.err());
    assertTrue(o.err().contains(failed + ": failed: rank 17 was killed by the OOM killer"), o.err());
    String md = Files.readString(study.resolve("summary.md"));
    assertTrue(md.contains("## Runs left out"), md);
    assertTrue(md.contains("| " + failed + " | failed | rank 17 was killed by the OOM killer |"), md);
  }

  @Test
  void anOutFolderUnderAFileIsBadInputNamedInOneSentence() throws IOException {
    Path study = SyntheticStore.demo(root);
    Path file = Files.writeString(root.resolve("a-file"), "x");
    var o = run(study.toString(), "--out", file.resolve("report").toString());
    assertEquals(2, o.exit(), o.err());
    assertEquals("scalebench: " + file + " is a file, not a folder", o.err().strip());
    assertEquals(1, o.err().strip().lines().count(), o.err());
  }

  @Test
  void missingDirectoryIsBadInputWithOneSentence() {
    var o = run(root.resolve("nope").toString());
    assertEquals(2, o.exit());
    assertEquals(1, o.err().strip().lines().count(), o.err());
    assertTrue(o.err().startsWith("scalebench: " + root.resolve("nope") + " is not a directory"), o.err());
    assertFalse(o.err().contains("Exception"), o.err());
  }

  @Test
  void includeOversubscribedPutsTheOversubscribedPointIntoTheFits() throws IOException {
    Path study = MixedStudy.write(root, 1, 0.5);
    var o = run(study.toString(), "--out", root.resolve("default").toString());
    assertEquals(0, o.exit(), o.err());
    String html = Files.readString(root.resolve("default").resolve("report.html"));
    assertTrue(html.contains("left out of the model fits (analyze --include-oversubscribed puts it in)"));
    var with = run(study.toString(), "--out", root.resolve("with").toString(), "--include-oversubscribed");
    assertEquals(0, with.exit(), with.err());
    String withHtml = Files.readString(root.resolve("with").resolve("report.html"));
    assertTrue(withHtml.contains("fitted like the other points, as --include-oversubscribed asked"));
    assertFalse(withHtml.contains("not fitted</td>"));
  }

  @Test
  void predictionOptionsReachTheAnalysisOptions() {
    AnalyzeCommand command = new AnalyzeCommand();
    new CommandLine(command).parseArgs("somewhere", "--predict", "32,8,16,8", "--predict-up-to", "64",
        "--include-oversubscribed");
    AnalysisOptions options = command.options();
    assertEquals(List.of(8, 16, 32), options.predictRanks());
    assertEquals(64, options.predictUpToRanks());
    assertTrue(options.includeOversubscribed());
    AnalyzeCommand none = new AnalyzeCommand();
    new CommandLine(none).parseArgs("somewhere");
    assertEquals(AnalysisOptions.withDefaults(), none.options());
  }

  @Test
  void aPredictionRankBelowOneIsBadInputInOneSentence() throws IOException {
    Path study = SyntheticStore.demo(root);
    var o = run(study.toString(), "--predict", "4,0");
    assertEquals(2, o.exit(), o.err());
    assertEquals("scalebench: --predict takes rank counts of at least 1, got 0", o.err().strip());
    var upTo = run(study.toString(), "--predict-up-to", "-3");
    assertEquals(2, upTo.exit(), upTo.err());
    assertEquals("scalebench: --predict-up-to takes a rank count of at least 1, got -3", upTo.err().strip());
    var word = run(study.toString(), "--predict", "4,many");
    assertEquals(2, word.exit(), word.err());
    assertTrue(word.err().contains("'many'"), word.err());
  }

  @Test
  void unknownScalingModeOrFormatIsBadInput() throws IOException {
    var o = run(root.toString(), "--scaling", "sideways");
    assertEquals(2, o.exit());
    assertTrue(o.err().startsWith("scalebench: Invalid value for option '--scaling': expected one of [STRONG, WEAK] "
        + "(case-insensitive) but was 'sideways'"), o.err());
    var format = run(root.toString(), "--formats", "png,gif");
    assertEquals(2, format.exit());
    assertTrue(format.err().contains("expected one of [PNG, SVG] (case-insensitive) but was 'gif'"), format.err());
  }
}
