package org.scalebench.cli;

/** The exit codes of every verb. */
public final class ExitCodes {
  public static final int OK = 0;
  /** A run failed, a rank exited non-zero, or a check found a regression. */
  public static final int FAILED = 1;
  /** The user's input is wrong: bad option, parameter, file or spec. */
  public static final int BAD_INPUT = 2;

  private ExitCodes() {}
}
