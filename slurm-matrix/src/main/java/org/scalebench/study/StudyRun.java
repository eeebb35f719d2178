package org.scalebench.study;

import java.nio.file.Path;
import org.scalebench.results.Checks;

/**
 * One run a study asks for: a point and a repetition, and where it goes in the store.
 *
 * @param point the matrix point
 * @param repetition {@code 1..repetitions}
 * @param runDir {@code <root>/<study>/<point-id>/rep-<repetition>}
 */
public record StudyRun(Point point, int repetition, Path runDir) {
  public StudyRun {
    Checks.notNull("point", point);
    Checks.atLeast("repetition", repetition, 1);
    Checks.notNull("runDir", runDir);
  }

  /** e.g. {@code n2-t4-c1 rep 1}. */
  public String label() {
    return point.id() + " rep " + repetition;
  }
}
