package org.scalebench.api.mpi;

/**
 * A call of the communicator failed in the MPI library underneath (the transport's own error, with
 * its message and, where there is one, its cause). A workload lets it propagate: the rank runtime
 * then records the rank as failed with this message and aborts the job, so that no other rank waits
 * in a collective.
 */
public class MpiException extends Exception {
  private static final long serialVersionUID = 1L;

  public MpiException(String message) {
    super(message);
  }

  public MpiException(String message, Throwable cause) {
    super(message, cause);
  }
}
