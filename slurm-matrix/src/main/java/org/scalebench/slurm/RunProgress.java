package org.scalebench.slurm;

import org.scalebench.results.EnumText;
import org.scalebench.study.StudyRun;

/**
 * Where one run of a study stands, from the store, the manifest and the queue.
 *
 * @param run the run
 * @param phase where it stands
 * @param jobId its latest Slurm job, or null
 * @param detail the failure reason or queue state, or null
 */
public record RunProgress(StudyRun run, Phase phase, String jobId, String detail) {
  /** The phases of a run, in the order a status table lists them. */
  public enum Phase {
    /** run.json says ok and every rank's records are there. */
    COMPLETE,
    /** run.json says failed (submit re-queues it). */
    FAILED,
    /** Its job waits in the queue. */
    QUEUED,
    /** Its job runs. */
    RUNNING,
    /** Its job ended without run.json (time limit, cancel, node failure): collect marks it failed. */
    ENDED_WITHOUT_RESULT,
    /** No job was submitted for it yet. */
    NOT_SUBMITTED;

    public String word() {
      return EnumText.words(this);
    }
  }
}
