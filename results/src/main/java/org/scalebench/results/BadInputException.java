package org.scalebench.results;

/**
 * A problem the user can fix (bad parameter, missing file, impossible matrix). The message is one
 * sentence naming the problem; command lines print it without a stack trace and exit with 2.
 */
public class BadInputException extends RuntimeException {
  public BadInputException(String message) {
    super(message);
  }

  public BadInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
