package org.scalebench.slurm;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.scalebench.results.RunStatus;
import org.scalebench.results.StoredRun;
import org.scalebench.study.StudyRun;
import org.scalebench.study.StudyRuns;

/**
 * Tells where every run of a study stands. Accounting ({@code sacct}) may be off, so a job that left
 * the queue is judged by what it left in the store.
 */
public final class StudyProgress {
  private StudyProgress() {}

  /**
   * @param runs the study's runs
   * @param manifest the submitted jobs
   * @param queue the controller's job states by id ({@link SlurmCommands#queue()}), empty without Slurm
   */
  public static List<RunProgress> of(List<StudyRun> runs, JobManifest manifest, Map<String, String> queue) {
    Map<String, JobManifest.Job> latest = manifest.latest();
    List<RunProgress> out = new ArrayList<>(runs.size());
    for (StudyRun run : runs) {
      JobManifest.Job job = latest.get(run.label());
      String jobId = job == null ? null : job.jobId();
      String state = jobId == null ? null : queue.get(jobId);
      StoredRun stored = StudyRuns.stored(run.runDir());
      RunProgress.Phase phase;
      String detail = null;
      if (stored != null && stored.state() == RunStatus.OK) {
        phase = RunProgress.Phase.COMPLETE;
      } else if (SlurmCommands.isActive(state)) {
        phase = "PENDING".equals(state) ? RunProgress.Phase.QUEUED : RunProgress.Phase.RUNNING;
        detail = state.toLowerCase(java.util.Locale.ROOT);
      } else if (stored != null) {
        phase = RunProgress.Phase.FAILED;
        detail = stored.problem();
      } else if (jobId != null) {
        phase = RunProgress.Phase.ENDED_WITHOUT_RESULT;
        detail = state == null ? "the job left the queue" : "the job is " + state.toLowerCase(java.util.Locale.ROOT);
      } else {
        phase = RunProgress.Phase.NOT_SUBMITTED;
      }
      out.add(new RunProgress(run, phase, jobId, detail));
    }
    return out;
  }

  public static Map<RunProgress.Phase, Integer> counts(List<RunProgress> progress) {
    Map<RunProgress.Phase, Integer> counts = new EnumMap<>(RunProgress.Phase.class);
    for (RunProgress.Phase p : RunProgress.Phase.values()) {
      counts.put(p, 0);
    }
    progress.forEach(p -> counts.merge(p.phase(), 1, Integer::sum));
    return counts;
  }

  /** e.g. {@code 6 complete, 1 failed, 1 running}: the phases that occur. */
  public static String summary(List<RunProgress> progress) {
    List<String> parts = new ArrayList<>();
    counts(progress).forEach((phase, n) -> {
      if (n > 0) {
        parts.add(n + " " + phase.word());
      }
    });
    return parts.isEmpty() ? "no runs" : String.join(", ", parts);
  }
}
