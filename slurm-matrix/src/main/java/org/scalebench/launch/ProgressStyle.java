package org.scalebench.launch;

/** How a local study shows its progress. */
public enum ProgressStyle {
  /** A bar with the current run and an ETA, redrawn in place: for a terminal. */
  BAR,
  /** One plain line per finished run, with its outcome and an ETA: for logs and pipes. */
  LINES,
  /** Nothing but the study's own messages. */
  NONE;

  /**
   * {@link #BAR} when this process talks to a terminal, {@link #LINES} otherwise (CI logs must not
   * fill with carriage-return frames), {@link #NONE} when progress is turned off.
   */
  public static ProgressStyle forThisProcess(boolean enabled) {
    if (!enabled) {
      return NONE;
    }
    return System.console() != null ? BAR : LINES;
  }
}
