package org.scalebench.results;

/** A store file that is not in the format this build reads; the message names the file and line. */
public final class StoreFormatException extends RuntimeException {
  public StoreFormatException(String message) {
    super(message);
  }
}
