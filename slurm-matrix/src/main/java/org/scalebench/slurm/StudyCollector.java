package org.scalebench.slurm;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scalebench.results.LaunchSpec;
import org.scalebench.results.RunFinisher;
import org.scalebench.study.StudyRun;

/**
 * {@code collect}: the ranks write their runs straight into the store, so collecting means checking
 * that every run is there and closing the ones whose job ended without a result (time limit, cancel,
 * node failure): they are marked failed with the job id and log, so that the analysis lists them and a
 * resumed submit re-queues them.
 */
public final class StudyCollector {
  private StudyCollector() {}

  /** Marks runs that ended without a result as failed and returns everyone's progress afterwards. */
  public static List<RunProgress> collect(List<StudyRun> runs, JobManifest manifest, Map<String, String> queue)
      throws IOException {
    List<RunProgress> before = StudyProgress.of(runs, manifest, queue);
    List<RunProgress> after = new ArrayList<>(before.size());
    for (RunProgress p : before) {
      if (p.phase() == RunProgress.Phase.ENDED_WITHOUT_RESULT
          && java.nio.file.Files.exists(p.run().runDir().resolve(LaunchSpec.FILE))) {
        String reason = "Slurm job " + p.jobId() + " ended without writing run.json (time limit, cancel or node "
            + "failure; " + p.detail() + "); see slurm-" + p.jobId() + ".out in the run directory";
        var stored = RunFinisher.finish(p.run().runDir(), 1, null, reason);
        after.add(new RunProgress(p.run(), RunProgress.Phase.FAILED, p.jobId(), stored.problem()));
      } else {
        after.add(p);
      }
    }
    return after;
  }
}
