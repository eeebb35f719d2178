package org.scalebench.analysis.aggregate;

import java.nio.file.Path;
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
}
