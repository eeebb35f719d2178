package org.scalebench.api.mpi;

import java.util.Arrays;

/**
 * Non-blocking sends and receives in flight ({@link MpiCalls#isend}, {@link MpiCalls#irecv}),
 * completed together by {@code waitAll} or one by one by {@code test}. Each request keeps its
 * buffer reachable until it completes (the bindings hold a reference), so a buffer handed to a
 * non-blocking call may be dropped by its caller at once.
 *
 * <p>Meant to be reused: a loop that posts {@code capacity} requests per round and waits for them
 * allocates nothing of its own. Not thread-safe, like the communicator it belongs to.
 */
public final class MpiRequests {
  private MpiTransport.Request[] requests;
  private int pending;

  /** @param capacity the requests usually in flight at once, {@code >= 1} (more grow the set) */
  public MpiRequests(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be >= 1, got " + capacity);
    }
    requests = new MpiTransport.Request[capacity];
  }

  /** Requests posted and not yet completed. */
  public int pending() {
    return pending;
  }

  void add(MpiTransport.Request request) {
    if (pending == requests.length) {
      requests = Arrays.copyOf(requests, 2 * requests.length);
    }
    requests[pending++] = request;
  }

  /** Blocks until every pending request has completed; then none is pending. */
  void waitAll(MpiTransport transport) throws MpiException {
    if (pending == requests.length) {
      transport.waitAll(requests); // one MPI_Waitall: a full set is the loop's case
    } else {
      for (int i = 0; i < pending; i++) {
        requests[i].await();
      }
    }
    pending = 0;
  }

  /** Completes the requests that are done (without blocking); true when none is pending. */
  boolean test() throws MpiException {
    int kept = 0;
    for (int i = 0; i < pending; i++) {
      if (!requests[i].test()) {
        requests[kept++] = requests[i];
      }
    }
    Arrays.fill(requests, kept, pending, null);
    pending = kept;
    return pending == 0;
  }
}
