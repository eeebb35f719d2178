package org.scalebench.analysis.aggregate;

import java.nio.file.Path;
import java.util.Locale;
import org.scalebench.results.Checks;
import org.scalebench.results.RunStatus;

/**
 * A run left out of the statistics, and why.
 *
 * @param dir the run directory
 * @param state failed, incomplete, or complete but unusable (e.g. zero wall time)
 * @param reason one sentence
 * @param point the point the run belongs to, or null when its {@code run.json} is unreadable
 */
public record SkippedRun(Path dir, RunStatus state, String reason, PointKey point) {
  public SkippedRun {
    Checks.notNull("dir", dir);
    Checks.notNull("state", state);
    Checks.nonBlank("reason", reason);
  }

  /** The run directory relative to {@code studyDir} ({@code <point>/rep-<k>}), or as is when outside it. */
  public String relativeDir(Path studyDir) {
    return dir.startsWith(studyDir) ? studyDir.relativize(dir).toString() : dir.toString();
  }

  /** {@code failed}, {@code incomplete} or {@code ok} (complete but unusable). */
  public String stateLabel() {
    return state.name().toLowerCase(Locale.ROOT);
  }

  /** One line for the terminal: {@code <point>/rep-<k>: failed: <reason>}. */
  public String line(Path studyDir) {
    return relativeDir(studyDir) + ": " + stateLabel() + ": " + reason;
  }
}
