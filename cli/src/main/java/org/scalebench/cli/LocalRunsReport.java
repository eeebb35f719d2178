package org.scalebench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.scalebench.results.EnumText;
import org.scalebench.results.RunStatus;
import org.scalebench.results.Scaling;
import org.scalebench.results.StoredRun;

/** What {@code demo} and {@code run-study} print after a local study: one line per run, then the analysis. */
final class LocalRunsReport {
  private LocalRunsReport() {}

  /** Prints the runs of a local study, analyzes it, and returns the exit code. */
  static int print(List<StoredRun> runs, int skipped, Path studyDir, Scaling scaling, boolean analyze,
      PrintWriter stdout, PrintWriter err) throws IOException {
    stdout.println();
    if (!runs.isEmpty()) {
      stdout.printf(Locale.ROOT, "%-18s %5s %-10s %10s  %s%n", "workload", "ranks", "state", "wall [s]", "run");
    }
    int failed = 0;
    for (StoredRun run : runs) {
      var m = run.metadata();
      String wall = m == null ? "-" : String.format(Locale.ROOT, "%.4f", m.wallSeconds());
      stdout.printf(Locale.ROOT, "%-18s %5s %-10s %10s  %s%n", m == null ? "?" : m.launch().seriesLabel(),
          m == null ? "?" : Integer.toString(m.launch().ranks()), EnumText.token(run.state()), wall,
          studyDir.getParent().toAbsolutePath().relativize(run.dir().toAbsolutePath()));
      if (run.state() != RunStatus.OK) {
        failed++;
        stdout.println("         problem: " + run.problem());
      }
    }
    stdout.println();
    stdout.println(failed == 0
        ? "scalebench: " + runs.size() + " run(s) complete" + (skipped > 0 ? ", " + skipped + " kept from before" : "")
            + " in " + studyDir
        : "scalebench: " + failed + " of " + runs.size() + " run(s) failed; rerun the same command to retry them");
    stdout.flush();
    if (analyze && Files.isDirectory(studyDir)) {
      StudyAnalysisStep.analyze(studyDir, scaling, stdout, err);
    }
    return failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
  }
}
