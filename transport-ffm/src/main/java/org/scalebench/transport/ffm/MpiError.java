package org.scalebench.transport.ffm;

/** An MPI call returned an error code (with the default error handler the library aborts first). */
public final class MpiError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int code;

  MpiError(String function, int code) {
    super(function + " returned MPI error " + code);
    this.code = code;
  }

  /** The error code the call returned, {@code != 0}. */
  public int code() {
    return code;
  }
}
