package org.scalebench.api.mpi;

import java.nio.Buffer;

/**
 * The MPI library underneath {@link MpiComm}: plain, untimed calls on one communicator. The rank
 * runtime supplies it (today on the Open MPI Java bindings); workloads never see it, they call the
 * timed communicator, which does the timing, the byte counts and the workarounds of array
 * buffers. A new transport (another binding, or one on {@code libmpi} through the FFM API)
 * implements this interface and nothing else.
 *
 * <p>Buffers are Java arrays ({@code byte[] .. double[]}, as {@link BufferType} says) or direct
 * buffers of that type in native byte order ({@link DirectBuffers}); counts are in elements and
 * start at the buffer's first element (position 0). A source may be {@link MpiComm#ANY_SOURCE}, a
 * tag {@link MpiComm#ANY_TAG}, a partner {@link MpiComm#PROC_NULL}; the transport maps them to its
 * library's values. Every method is called by the rank's one MPI thread only.
 */
public interface MpiTransport {
  /** This rank in the communicator, {@code 0 .. size() - 1}. */
  int rank() throws MpiException;

  /** The number of ranks, {@code >= 1}. */
  int size() throws MpiException;

  void send(Object buffer, int count, BufferType type, int dest, int tag) throws MpiException;

  /** @return the rank the message came from */
  int recv(Object buffer, int count, BufferType type, int source, int tag) throws MpiException;

  /**
   * Sends {@code sendCount} elements to {@code dest} and receives {@code recvCount} from {@code
   * source} in one call (no deadlock between two ranks that both send first).
   */
  void sendRecv(Object send, int sendCount, int dest, int sendTag, Object recv, int recvCount, int source,
      int recvTag, BufferType type) throws MpiException;

  /** Blocks until a matching message waits. */
  MpiStatus probe(int source, int tag) throws MpiException;

  /** The matching message waiting, or null. */
  MpiStatus iProbe(int source, int tag) throws MpiException;

  /** A non-blocking send of a direct buffer. */
  Request iSend(Buffer buffer, int count, BufferType type, int dest, int tag) throws MpiException;

  /** A non-blocking receive into a direct buffer. */
  Request iRecv(Buffer buffer, int count, BufferType type, int source, int tag) throws MpiException;

  /** Completes all of {@code requests} (every entry set) in one call where the library has one. */
  void waitAll(Request[] requests) throws MpiException;

  void barrier() throws MpiException;

  void bcast(Object buffer, int count, BufferType type, int root) throws MpiException;

  void scatter(Object send, Object recv, int chunk, BufferType type, int root) throws MpiException;

  void scatterv(Object send, int[] counts, int[] displs, Object recv, int recvCount, BufferType type, int root)
      throws MpiException;

  void gather(Object send, Object recv, int chunk, BufferType type, int root) throws MpiException;

  void gatherv(Object send, int sendCount, Object recv, int[] counts, int[] displs, BufferType type, int root)
      throws MpiException;

  void reduce(Object send, Object recv, int count, BufferType type, ReduceOp op, int root) throws MpiException;

  void allReduce(Object send, Object recv, int count, BufferType type, ReduceOp op) throws MpiException;

  void allGather(Object send, Object recv, int chunk, BufferType type) throws MpiException;

  void allToAll(Object send, Object recv, int chunk, BufferType type) throws MpiException;

  /** A non-blocking operation in flight. */
  interface Request {
    /** Blocks until the operation has completed. */
    void await() throws MpiException;

    /** True when the operation has completed (then it is done with), without blocking. */
    boolean test() throws MpiException;
  }
}
