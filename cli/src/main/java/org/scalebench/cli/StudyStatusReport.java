package org.scalebench.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.scalebench.slurm.RunProgress;
import org.scalebench.slurm.StudyProgress;

/** What {@code status} and {@code collect} print: the unfinished runs (or all) and a summary line. */
final class StudyStatusReport {
  /** Without --all, at most this many unfinished runs are listed. */
  static final int LISTED = 40;

  private StudyStatusReport() {}

  /** Prints the table and the summary line; the exit code: 0 when every run is complete, else 1. */
  static int print(PrintWriter out, String study, List<RunProgress> progress, boolean all) {
    print(out, progress, all);
    out.printf(Locale.ROOT, "scalebench: study %s: %d run(s): %s%n", study, progress.size(),
        StudyProgress.summary(progress));
    out.flush();
    return progress.stream().allMatch(p -> p.phase() == RunProgress.Phase.COMPLETE) ? ExitCodes.OK : ExitCodes.FAILED;
  }

  static void print(PrintWriter out, List<RunProgress> progress, boolean all) {
    int listed = 0;
    for (RunProgress p : progress) {
      if (!all && p.phase() == RunProgress.Phase.COMPLETE) {
        continue;
      }
      if (!all && listed == LISTED) {
        out.println("  ... (--all lists every run)");
        break;
      }
      out.printf(Locale.ROOT, "  %-28s rep %-3d %-22s %-8s %s%n", p.run().point().id(), p.run().repetition(),
          p.phase().word(), p.jobId() == null ? "-" : p.jobId(), p.detail() == null ? "" : p.detail());
      listed++;
    }
  }

}
