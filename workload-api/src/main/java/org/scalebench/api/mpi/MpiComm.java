package org.scalebench.api.mpi;

import java.io.Serializable;
import java.nio.Buffer;
import java.util.List;
import org.scalebench.results.PhaseKind;

/**
 * A thin, timed layer over an MPI communicator: the only way a workload reaches MPI. Underneath is
 * the rank runtime's {@link MpiTransport} (today the Open MPI Java bindings); nothing of it shows here.
 * Three ways to call it:
 * <ul>
 *   <li>the methods here, each of which adds one call to its {@code phase} in the rank's {@link
 *       PhaseTimer}: its nanoseconds (serialization included for the object methods), its wait and
 *       its logical bytes;
 *   <li>{@link #block}: the same calls timed as a whole and recorded once, for tight loops whose
 *       per-call bookkeeping would show in the numbers, and for steps of several calls;
 *   <li>{@link #untimed()}: the same calls recorded nowhere, for the harness's and the workloads'
 *       own bookkeeping (gathering host names, reducing timing results), never for the workload's
 *       messages.
 * </ul>
 *
 * <p><b>Buffers.</b> A buffer is a Java array ({@code byte[]}, {@code int[]}, {@code long[]},
 * {@code float[]}, {@code double[]}, matching the {@link BufferType}) or a direct buffer of that
 * type ({@link DirectBuffers}); counts are in elements. The non-blocking calls take direct buffers
 * only. Two bugs of the Open MPI 4.1 Java bindings are worked around here, so that arrays are safe
 * everywhere: {@code scatter} and {@code sendRecv} into an array receive into a direct buffer and
 * copy (the bindings leave an array chunk over 64 KiB untouched), and {@code scatterv}/{@code gatherv} on arrays go
 * through direct copies (the bindings crash the JVM on large ones); see {@code DirectCopies}. The
 * direct stand-ins are kept and reused by every later call (a loop of array scatters allocates
 * once, in its first call, which a warm-up absorbs): a rank holds in direct memory as much as the
 * largest array it staged on the send side plus the largest on the receive side.
 *
 * <p><b>Which rank gets what.</b> {@code bcast}: every rank gets the root's {@code count} elements.
 * {@code scatter}: rank r gets elements {@code [r*chunk, (r+1)*chunk)} of the root's {@code send}.
 * {@code gather}: the root's {@code recv} gets every rank's chunk in rank order; other ranks' {@code
 * recv} is untouched (they may pass an empty array). {@code scatterv}/{@code gatherv}: rank r's
 * chunk is {@code counts[r]} elements at {@code displs[r]} of the root's buffer. {@code reduce}: the
 * root gets the element-wise result over all ranks; {@code allReduce}: every rank gets it. {@code
 * allGather}: every rank gets every chunk in rank order. {@code allToAll}: chunk j of rank i's
 * {@code send} lands as chunk i of rank j's {@code recv}. A {@code send} argument matters only at the
 * root where there is one.
 *
 * <p><b>Bytes</b> are the logical payload this rank sends plus receives under a linear algorithm
 * (the root talks to every other rank; a rank's own chunk does not move): {@code send}/{@code
 * recv}/{@code isend}/{@code irecv}: the message ({@code count} elements); {@code sendRecv}: both
 * messages (none to or from {@link #PROC_NULL}); {@code sendObject}/{@code recvObject}: the serialized bytes; {@code bcast}: root {@code n*(size-1)}, others {@code n};
 * {@code bcastObject}: the same with {@code n} = 4 (the length) + the serialized bytes; {@code
 * scatter}/{@code gather}: root the {@code size-1} other chunks, others their chunk; {@code
 * scatterv}/{@code gatherv}: root all chunks but its own, others their chunk; {@code gatherObjects}:
 * the same over the serialized chunks plus 4 bytes of length per chunk; {@code reduce}: root {@code
 * n*(size-1)}, others {@code n}; {@code allReduce}: {@code 2n}; {@code allGather}/{@code allToAll}:
 * {@code 2*chunk*(size-1)}; barriers, probes and completions: 0. Real algorithms (trees, rings) move
 * data differently; the logical count is stable across them and comparable between runs.
 *
 * <p><b>Wait and transfer.</b> With {@code barrierBeforeCollectives}, each collective called here
 * first waits in a barrier; that time is the phase's wait (load imbalance: ranks arriving late),
 * the rest is transfer. Without it, a collective's wait is 0 and the whole call counts as transfer.
 * A barrier and a blocking probe are all wait. Blocks never add barriers (see {@link MpiBlock}).
 *
 * <p><b>Threads.</b> MPI is initialized without thread support: one thread per rank, the one that
 * runs {@code Workload.run}, calls this communicator, its blocks and its untimed view. Worker
 * threads hand their messages to it. Nothing here is thread-safe.
 */
public final class MpiComm {
  /** As a {@code source}: a message from any rank. */
  public static final int ANY_SOURCE = -1;
  /** As a {@code tag}: a message with any tag. */
  public static final int ANY_TAG = -1;
  /**
   * As a partner ({@code dest} or {@code source}): no rank. A send to it or a receive from it
   * completes at once and moves nothing (0 bytes), so that the edge ranks of a stencil need no
   * branch of their own.
   */
  public static final int PROC_NULL = -2;

  private final MpiTransport comm;
  private final PhaseTimer timer;
  private final boolean barrierBeforeCollectives;
  private final int rank;
  private final int size;
  private final DirectCopies copies = new DirectCopies();

  /**
   * Made by the rank runtime, once per rank; a workload gets it from {@code RankContext.comm()}.
   *
   * @param comm the library underneath ({@code MPI_COMM_WORLD} of the runtime's transport)
   * @param timer where this rank's calls are recorded
   * @param barrierBeforeCollectives time a barrier before every collective called here, as its wait
   */
  public MpiComm(MpiTransport comm, PhaseTimer timer, boolean barrierBeforeCollectives) throws MpiException {
    this.comm = comm;
    this.timer = timer;
    this.barrierBeforeCollectives = barrierBeforeCollectives;
    this.rank = comm.rank();
    this.size = comm.size();
  }

  /** This rank, {@code 0 .. size() - 1}. */
  public int rank() {
    return rank;
  }

  /** The number of ranks, {@code >= 1}. */
  public int size() {
    return size;
  }

  public PhaseTimer timer() {
    return timer;
  }

  /** Opens a block of calls timed as a whole in {@code phase}; see {@link MpiBlock}. */
  public MpiBlock block(String phase) {
    return new MpiBlock(comm, rank, size, copies, timer, phase);
  }

  /**
   * A view whose calls record nothing: for bookkeeping only (the rank runtime's host gather, a
   * reduction of timing results), never for the messages a workload measures.
   */
  public MpiCalls untimed() {
    return new MpiCalls(comm, rank, size, copies);
  }

  // ---- the timed call ----

  @FunctionalInterface
  private interface Call<T> {
    T run(MpiCalls calls) throws MpiException;
  }

  @FunctionalInterface
  private interface VoidCall {
    void run(MpiCalls calls) throws MpiException;
  }

  /**
   * Every timed call: waits in a barrier first if it is a collective and {@code
   * barrierBeforeCollectives} says so, runs the call, and adds it to {@code phase} as one call with
   * its nanoseconds, its wait (that barrier's and its own: a barrier's, a probe's) and its bytes.
   */
  private <T> T timed(String phase, boolean collective, Call<T> call) throws MpiException {
    MpiCalls calls = new MpiCalls(comm, rank, size, copies);
    long t0 = System.nanoTime();
    if (collective && barrierBeforeCollectives && size > 1) {
      calls.barrier();
    }
    T result = call.run(calls);
    timer.add(phase, PhaseKind.COMM, System.nanoTime() - t0, calls.waitNanos, calls.bytes, 1);
    return result;
  }

  private void timedVoid(String phase, boolean collective, VoidCall call) throws MpiException {
    timed(phase, collective, calls -> {
      call.run(calls);
      return null;
    });
  }

  // ---- point to point ----

  /** Sends {@code count} elements of {@code buffer} to {@code dest}; blocks until the buffer may be reused. */
  public void send(Object buffer, int count, BufferType type, int dest, int tag, String phase) throws MpiException {
    timedVoid(phase, false, c -> c.send(buffer, count, type, dest, tag));
  }

  /**
   * Receives {@code count} elements into {@code buffer}; the message must be that long (probe first
   * when its size is unknown).
   *
   * @param source the sender, or {@link #ANY_SOURCE}
   * @param tag the tag, or {@link #ANY_TAG}
   * @return the rank the message came from
   */
  public int recv(Object buffer, int count, BufferType type, int source, int tag, String phase) throws MpiException {
    return timed(phase, false, c -> c.recv(buffer, count, type, source, tag));
  }

  /**
   * Sends {@code sendCount} elements of {@code send} to {@code dest} and receives {@code recvCount}
   * into {@code recv} from {@code source}, as one call ({@code MPI_Sendrecv}): the halo exchange of a
   * stencil, where every rank sends and receives at once without deadlock. Either partner may be
   * {@link #PROC_NULL}; {@code source} may be {@link #ANY_SOURCE}, {@code recvTag} {@link #ANY_TAG}.
   * Bytes: the elements sent plus received (none to or from {@code PROC_NULL}). Point to point: no
   * barrier before it.
   */
  public void sendRecv(Object send, int sendCount, int dest, int sendTag, Object recv, int recvCount, int source,
      int recvTag, BufferType type, String phase) throws MpiException {
    timedVoid(phase, false, c -> c.sendRecv(send, sendCount, dest, sendTag, recv, recvCount, source, recvTag, type));
  }

  /** Sends a serialized object (the way mpi4py's lower-case {@code send} pickles). */
  public void sendObject(Serializable value, int dest, int tag, String phase) throws MpiException {
    timedVoid(phase, false, c -> c.sendObject(value, dest, tag));
  }

  /** Receives an object sent with {@link #sendObject}; {@code source} may be {@link #ANY_SOURCE}. */
  public <T> T recvObject(Class<T> type, int source, int tag, String phase) throws MpiException {
    return timed(phase, false, c -> c.recvObject(type, source, tag));
  }

  /**
   * Starts sending {@code count} elements of a direct {@code buffer} and returns at once; the send
   * joins {@code requests}, and the buffer must not change until they are completed ({@link
   * #waitAll}). Its time here is the posting; the transfer shows where it is completed.
   */
  public void isend(Buffer buffer, int count, BufferType type, int dest, int tag, MpiRequests requests,
      String phase) throws MpiException {
    timedVoid(phase, false, c -> c.isend(buffer, count, type, dest, tag, requests));
  }

  /**
   * Starts receiving {@code count} elements into a direct {@code buffer}; the data is there once
   * {@code requests} are completed ({@link #waitAll}). {@code source} may be {@link #ANY_SOURCE}.
   */
  public void irecv(Buffer buffer, int count, BufferType type, int source, int tag, MpiRequests requests,
      String phase) throws MpiException {
    timedVoid(phase, false, c -> c.irecv(buffer, count, type, source, tag, requests));
  }

  /** Blocks until every request of {@code requests} has completed (one call, 0 bytes: the posts counted them). */
  public void waitAll(MpiRequests requests, String phase) throws MpiException {
    timedVoid(phase, false, c -> c.waitAll(requests));
  }

  /**
   * Completes the requests of {@code requests} that are done, without blocking, and drops them;
   * records nothing (a look, not a wait).
   *
   * @return true when none is pending any more
   */
  public boolean test(MpiRequests requests) throws MpiException {
    return requests.test();
  }

  /** Blocks until a matching message waits to be received; all wait. Either argument may be ANY_. */
  public MpiStatus probe(int source, int tag, String phase) throws MpiException {
    return timed(phase, false, c -> c.probe(source, tag));
  }

  /** The matching message waiting to be received, or null; records nothing (a look, not a wait). */
  public MpiStatus iProbe(int source, int tag) throws MpiException {
    return untimed().iProbe(source, tag);
  }

  /**
   * Like {@link #probe}, but looks with {@code MPI_Iprobe} and sleeps {@code pauseNanos} between
   * looks instead of spinning: Open MPI busy-polls inside a blocking call, which takes the core from
   * the rank's worker threads. All wait.
   *
   * @param pauseNanos the sleep between looks, {@code >= 0}
   */
  public MpiStatus poll(int source, int tag, long pauseNanos, String phase) throws MpiException {
    return timed(phase, false, c -> c.poll(source, tag, pauseNanos));
  }

  // ---- collectives ----

  /** A barrier, all of whose time is wait (no barrier before it). */
  public void barrier(String phase) throws MpiException {
    timedVoid(phase, false, MpiCalls::barrier);
  }

  public void bcast(Object buffer, int count, BufferType type, int root, String phase) throws MpiException {
    timedVoid(phase, true, c -> c.bcast(buffer, count, type, root));
  }

  /**
   * Broadcasts a serialized object from {@code root}: the root gets {@code value} itself back, the
   * others (which pass null) a copy.
   */
  public <T extends Serializable> T bcastObject(T value, Class<T> type, int root, String phase) throws MpiException {
    return timed(phase, true, c -> c.bcastObject(value, type, root));
  }

  /** Scatters {@code chunk} elements to every rank; {@code send} ({@code size * chunk}) matters only at the root. */
  public void scatter(Object send, Object recv, int chunk, BufferType type, int root, String phase)
      throws MpiException {
    timedVoid(phase, true, c -> c.scatter(send, recv, chunk, type, root));
  }

  /**
   * Scatters chunks of different sizes: rank r gets {@code counts[r]} elements from {@code
   * displs[r]} of the root's {@code send}. {@code counts} and {@code displs} have one entry per rank
   * on every rank; a non-root needs only its own count right.
   */
  public void scatterv(Object send, int[] counts, int[] displs, Object recv, BufferType type, int root, String phase)
      throws MpiException {
    timedVoid(phase, true, c -> c.scatterv(send, counts, displs, recv, type, root));
  }

  /** Gathers {@code chunk} elements of every rank at {@code root}, in rank order. */
  public void gather(Object send, Object recv, int chunk, BufferType type, int root, String phase) throws MpiException {
    timedVoid(phase, true, c -> c.gather(send, recv, chunk, type, root));
  }

  /**
   * Gathers chunks of different sizes at {@code root}: rank r's {@code counts[r]} elements land at
   * {@code displs[r]} of {@code recv} (root only; a non-root needs only its own count right).
   */
  public void gatherv(Object send, Object recv, int[] counts, int[] displs, BufferType type, int root, String phase)
      throws MpiException {
    timedVoid(phase, true, c -> c.gatherv(send, recv, counts, displs, type, root));
  }

  /** Gathers a serialized object from every rank; the root gets them in rank order (copies), others null. */
  public <T extends Serializable> List<T> gatherObjects(T value, Class<T> type, int root, String phase)
      throws MpiException {
    return timed(phase, true, c -> c.gatherObjects(value, type, root));
  }

  public void reduce(Object send, Object recv, int count, BufferType type, ReduceOp op, int root, String phase)
      throws MpiException {
    timedVoid(phase, true, c -> c.reduce(send, recv, count, type, op, root));
  }

  public void allReduce(Object send, Object recv, int count, BufferType type, ReduceOp op, String phase)
      throws MpiException {
    timedVoid(phase, true, c -> c.allReduce(send, recv, count, type, op));
  }

  /** Every rank gets every rank's {@code chunk} elements, in rank order ({@code recv}: {@code size * chunk}). */
  public void allGather(Object send, Object recv, int chunk, BufferType type, String phase) throws MpiException {
    timedVoid(phase, true, c -> c.allGather(send, recv, chunk, type));
  }

  /** Chunk j of rank i's {@code send} becomes chunk i of rank j's {@code recv} (both {@code size * chunk}). */
  public void allToAll(Object send, Object recv, int chunk, BufferType type, String phase) throws MpiException {
    timedVoid(phase, true, c -> c.allToAll(send, recv, chunk, type));
  }
}
