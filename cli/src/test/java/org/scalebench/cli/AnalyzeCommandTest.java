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
import org.scalebench.analysis.testing.SyntheticStore;

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
    assertTrue(csv.size() > 1 && csv.subList(1, csv.size()).stream().allMatch(l -> l.startsWith("1,")), csv.toString());
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
