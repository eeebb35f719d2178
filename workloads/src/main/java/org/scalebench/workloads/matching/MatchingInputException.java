package org.scalebench.workloads.matching;

import org.scalebench.results.BadInputException;

/**
 * Input a user can get wrong (a missing file or column, invalid UTF-8, malformed CSV), with a
 * one-sentence message that names the file and, where there is one, the line; the command line
 * prints the message and exits with status 2 (it is a {@link BadInputException}).
 */
public final class MatchingInputException extends BadInputException {
  private static final long serialVersionUID = 1L;

  public MatchingInputException(String message) {
    super(message);
  }

  public MatchingInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
