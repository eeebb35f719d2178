package org.scalebench.slurm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scalebench.results.LaunchSpec;
import org.scalebench.results.RunFinisher;
import org.scalebench.study.StudyRun;
import org.scalebench.study.StudyRuns;
import org.scalebench.study.StudySpec;

/**
 * {@code collect}: the ranks write their runs straight into the store, so collecting means checking
 * that every run is there and closing the ones whose job ended without a result (time limit, cancel,
 * node failure): they are marked failed with the job id and log, so that the analysis lists them and a
 * resumed submit re-queues them. A task that never started (cancelled while queued) has no run
 * directory yet; it gets one, with the launch.json the study asks for, to carry the failure.
 */
public final class StudyCollector {
  private StudyCollector() {}

  /**
   * Marks runs that ended without a result as failed and returns everyone's progress afterwards.
   *
   * @param root the store root (the task logs are under {@code <root>/<study>/slurm/logs})
   */
  public static List<RunProgress> collect(StudySpec spec, Path root, List<StudyRun> runs, JobManifest manifest,
      Map<String, String> queue) throws IOException {
    List<RunProgress> before = StudyProgress.of(runs, manifest, queue);
    List<RunProgress> after = new ArrayList<>(before.size());
    for (RunProgress p : before) {
      if (p.phase() != RunProgress.Phase.ENDED_WITHOUT_RESULT) {
        after.add(p);
        continue;
      }
      Path runDir = p.run().runDir();
      if (!Files.exists(runDir.resolve(LaunchSpec.FILE))) {
        Files.createDirectories(runDir);
        StudyRuns.launchSpec(spec, p.run(), spec.profile().launch().recordedName(), null, false).write(runDir);
      }
      String reason = "Slurm job " + p.jobId() + " ended without writing run.json (time limit, cancel or node "
          + "failure; " + p.detail() + "); see " + SlurmLayout.taskLog(root, spec.name(), p.jobId());
      var stored = RunFinisher.finish(runDir, 1, null, reason);
      after.add(new RunProgress(p.run(), RunProgress.Phase.FAILED, p.jobId(), stored.problem()));
    }
    return after;
  }
}
