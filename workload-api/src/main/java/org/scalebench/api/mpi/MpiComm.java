package org.scalebench.api.mpi;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import mpi.Intracomm;
import mpi.MPI;
import mpi.MPIException;
import mpi.Status;
import org.scalebench.results.PhaseKind;

/**
 * A thin, timed layer over an Open MPI Java communicator. Every call adds to a phase of the rank's
 * {@link PhaseTimer}: its seconds, its bytes and one call.
 *
 * <p>Bytes are the logical payload this rank sends plus receives under a linear algorithm (the root
 * talks to every other rank; a rank's own chunk does not move): {@code send}/{@code recv}: the
 * message; {@code bcast}: root {@code n*(size-1)}, others {@code n}; {@code scatter}/{@code gather}:
 * root the {@code size-1} other chunks, others their chunk; {@code reduce}: root {@code n*(size-1)},
 * others {@code n}; {@code allReduce}: {@code 2n}; {@code allGather}/{@code allToAll}: {@code
 * 2*chunk*(size-1)}. Real algorithms (trees, rings) move data differently; the logical count is
 * stable across them and comparable between runs.
 *
 * <p>With {@code barrierBeforeCollectives}, each collective first waits in a barrier; that time is
 * the phase's wait (load imbalance: ranks arriving late), the rest is transfer. Without it, wait is 0
 * and the whole call counts as transfer.
 */
public final class MpiComm {
  private final Intracomm comm;
  private final PhaseTimer timer;
  private final boolean barrierBeforeCollectives;
  private final int rank;
  private final int size;

  public MpiComm(Intracomm comm, PhaseTimer timer, boolean barrierBeforeCollectives) throws MPIException {
    this.comm = comm;
    this.timer = timer;
    this.barrierBeforeCollectives = barrierBeforeCollectives;
    this.rank = comm.getRank();
    this.size = comm.getSize();
  }

  public int rank() {
    return rank;
  }

  public int size() {
    return size;
  }

  public boolean isRoot(int root) {
    return rank == root;
  }

  public PhaseTimer timer() {
    return timer;
  }

  /** A barrier, all of whose time is wait. */
  public void barrier(String phase) throws MPIException {
    long t0 = System.nanoTime();
    comm.barrier();
    long nanos = System.nanoTime() - t0;
    timer.add(phase, PhaseKind.COMM, nanos, nanos, 0);
  }

  // ---- point to point ----

  public void send(Object array, int count, BufferType type, int dest, int tag, String phase) throws MPIException {
    long t0 = System.nanoTime();
    comm.send(array, count, type.mpi(), dest, tag);
    timer.add(phase, PhaseKind.COMM, System.nanoTime() - t0, 0, (long) count * type.bytes());
  }

  public void recv(Object array, int count, BufferType type, int source, int tag, String phase) throws MPIException {
    long t0 = System.nanoTime();
    comm.recv(array, count, type.mpi(), source, tag);
    timer.add(phase, PhaseKind.COMM, System.nanoTime() - t0, 0, (long) count * type.bytes());
  }

  /** Sends a serialized object (the way mpi4py's lower-case {@code send} pickles). */
  public void sendObject(Serializable value, int dest, int tag, String phase) throws MPIException {
    long t0 = System.nanoTime();
    byte[] bytes = serialize(value);
    comm.send(bytes, bytes.length, MPI.BYTE, dest, tag);
    timer.add(phase, PhaseKind.COMM, System.nanoTime() - t0, 0, bytes.length);
  }

  /** Receives an object sent with {@link #sendObject}. */
  public <T> T recvObject(Class<T> type, int source, int tag, String phase) throws MPIException {
    long t0 = System.nanoTime();
    Status status = comm.probe(source, tag);
    int n = status.getCount(MPI.BYTE);
    byte[] bytes = new byte[n];
    comm.recv(bytes, n, MPI.BYTE, status.getSource(), status.getTag());
    T value = deserialize(bytes, type);
    timer.add(phase, PhaseKind.COMM, System.nanoTime() - t0, 0, n);
    return value;
  }

  // ---- collectives ----

  public void bcast(Object array, int count, BufferType type, int root, String phase) throws MPIException {
    long wait = waitForAll();
    long t0 = System.nanoTime();
    comm.bcast(array, count, type.mpi(), root);
    long n = (long) count * type.bytes();
    record(phase, wait, t0, rank == root ? n * (size - 1) : n);
  }

  /** Broadcasts a serialized object from {@code root}; other ranks pass null and get the copy. */
  public <T extends Serializable> T bcastObject(T value, Class<T> type, int root, String phase) throws MPIException {
    long wait = waitForAll();
    long t0 = System.nanoTime();
    byte[] bytes = rank == root ? serialize(value) : null;
    int[] length = {bytes == null ? 0 : bytes.length};
    comm.bcast(length, 1, MPI.INT, root);
    if (bytes == null) {
      bytes = new byte[length[0]];
    }
    comm.bcast(bytes, length[0], MPI.BYTE, root);
    T result = rank == root ? value : deserialize(bytes, type);
    long n = 4L + length[0];
    record(phase, wait, t0, rank == root ? n * (size - 1) : n);
    return result;
  }

  /**
   * Scatters {@code chunk} elements to every rank; {@code send} matters only at the root. A Java
   * array receives through a direct buffer: Open MPI 4.1.x's {@code Java_mpi_Comm_scatter} does not
   * copy a chunk above its 64 KiB eager pool back into the array ({@code if(rItem != NULL ...)}),
   * so the array would stay untouched.
   */
  public void scatter(Object send, Object recv, int chunk, BufferType type, int root, String phase) throws MPIException {
    long wait = waitForAll();
    long t0 = System.nanoTime();
    if (recv instanceof java.nio.Buffer) {
      comm.scatter(send, chunk, type.mpi(), recv, chunk, type.mpi(), root);
    } else {
      java.nio.Buffer direct = DirectCopies.allocate(chunk, type);
      comm.scatter(send, chunk, type.mpi(), direct, chunk, type.mpi(), root);
      DirectCopies.copyInto(direct, recv, chunk, type);
    }
    long n = (long) chunk * type.bytes();
    record(phase, wait, t0, rank == root ? n * (size - 1) : n);
  }

  /**
   * Scatters chunks of different sizes: rank r gets {@code counts[r]} elements from {@code
   * displs[r]}. Java arrays go through direct buffers (see {@link DirectCopies} for the binding bug).
   */
  public void scatterv(Object send, int[] counts, int[] displs, Object recv, BufferType type, int root, String phase)
      throws MPIException {
    long wait = waitForAll();
    long t0 = System.nanoTime();
    boolean arrays = !(recv instanceof java.nio.Buffer);
    Object sendBuf = send;
    Object recvBuf = recv;
    if (arrays) {
      sendBuf = rank == root ? DirectCopies.copyOf(send, DirectCopies.length(send), type) : DirectCopies.allocate(0, type);
      recvBuf = DirectCopies.allocate(counts[rank], type);
    }
    comm.scatterv(sendBuf, counts, displs, type.mpi(), recvBuf, counts[rank], type.mpi(), root);
    if (arrays) {
      DirectCopies.copyInto((java.nio.Buffer) recvBuf, recv, counts[rank], type);
    }
    record(phase, wait, t0, vBytes(counts, root, type));
  }

  /**
   * Gathers chunks of different sizes at {@code root}: rank r's {@code counts[r]} elements land at
   * {@code displs[r]} of {@code recv} (root only). Java arrays go through direct buffers.
   */
  public void gatherv(Object send, Object recv, int[] counts, int[] displs, BufferType type, int root, String phase)
      throws MPIException {
    long wait = waitForAll();
    long t0 = System.nanoTime();
    gathervUntimed(send, recv, counts, displs, type, root);
    record(phase, wait, t0, vBytes(counts, root, type));
  }

  /** Bytes a v-collective moves at this rank: the root all chunks but its own, the others their chunk. */
  private long vBytes(int[] counts, int root, BufferType type) {
    long total = 0;
    for (int c : counts) {
      total += c;
    }
    return rank == root ? (total - counts[root]) * type.bytes() : (long) counts[rank] * type.bytes();
  }

  private void gathervUntimed(Object send, Object recv, int[] counts, int[] displs, BufferType type, int root)
      throws MPIException {
    boolean arrays = !(send instanceof java.nio.Buffer);
    int total = 0;
    for (int r = 0; r < size; r++) {
      total = Math.max(total, displs[r] + counts[r]);
    }
    Object sendBuf = arrays ? DirectCopies.copyOf(send, counts[rank], type) : send;
    Object recvBuf = arrays ? DirectCopies.allocate(rank == root ? total : 0, type) : recv;
    comm.gatherv(sendBuf, counts[rank], type.mpi(), recvBuf, counts, displs, type.mpi(), root);
    if (arrays && rank == root) {
      DirectCopies.copyInto((java.nio.Buffer) recvBuf, recv, total, type);
    }
  }

  public void gather(Object send, Object recv, int chunk, BufferType type, int root, String phase) throws MPIException {
    long wait = waitForAll();
    long t0 = System.nanoTime();
    comm.gather(send, chunk, type.mpi(), recv, chunk, type.mpi(), root);
    long n = (long) chunk * type.bytes();
    record(phase, wait, t0, rank == root ? n * (size - 1) : n);
  }

  /** Gathers a serialized object from every rank; the root gets them in rank order, others null. */
  public <T extends Serializable> List<T> gatherObjects(T value, Class<T> type, int root, String phase)
      throws MPIException {
    long wait = waitForAll();
    long t0 = System.nanoTime();
    byte[] bytes = serialize(value);
    int[] lengths = new int[size];
    comm.gather(new int[] {bytes.length}, 1, MPI.INT, lengths, 1, MPI.INT, root);
    lengths[rank] = bytes.length; // non-roots know only their own length, all the v-call needs from them
    int[] displs = new int[size];
    int total = 0;
    for (int r = 0; r < size; r++) {
      displs[r] = total;
      total += lengths[r];
    }
    byte[] all = rank == root ? new byte[total] : new byte[0];
    gathervUntimed(bytes, all, lengths, displs, BufferType.BYTE, root);
    List<T> result = null;
    if (rank == root) {
      result = new ArrayList<>(size);
      for (int r = 0; r < size; r++) {
        byte[] one = new byte[lengths[r]];
        System.arraycopy(all, displs[r], one, 0, lengths[r]);
        result.add(deserialize(one, type));
      }
    }
    long moved = rank == root ? total - bytes.length + 4L * (size - 1) : bytes.length + 4L;
    record(phase, wait, t0, moved);
    return result;
  }

  public void reduce(Object send, Object recv, int count, BufferType type, ReduceOp op, int root, String phase)
      throws MPIException {
    long wait = waitForAll();
    long t0 = System.nanoTime();
    comm.reduce(send, recv, count, type.mpi(), op.mpi(), root);
    long n = (long) count * type.bytes();
    record(phase, wait, t0, rank == root ? n * (size - 1) : n);
  }

  public void allReduce(Object send, Object recv, int count, BufferType type, ReduceOp op, String phase)
      throws MPIException {
    long wait = waitForAll();
    long t0 = System.nanoTime();
    comm.allReduce(send, recv, count, type.mpi(), op.mpi());
    record(phase, wait, t0, 2L * count * type.bytes());
  }

  public void allGather(Object send, Object recv, int chunk, BufferType type, String phase) throws MPIException {
    long wait = waitForAll();
    long t0 = System.nanoTime();
    comm.allGather(send, chunk, type.mpi(), recv, chunk, type.mpi());
    record(phase, wait, t0, 2L * chunk * type.bytes() * (size - 1));
  }

  public void allToAll(Object send, Object recv, int chunk, BufferType type, String phase) throws MPIException {
    long wait = waitForAll();
    long t0 = System.nanoTime();
    comm.allToAll(send, chunk, type.mpi(), recv, chunk, type.mpi());
    record(phase, wait, t0, 2L * chunk * type.bytes() * (size - 1));
  }

  /** The underlying communicator, for calls the layer does not wrap (untimed). */
  public Intracomm raw() {
    return comm;
  }

  private long waitForAll() throws MPIException {
    if (!barrierBeforeCollectives || size == 1) {
      return 0;
    }
    long t0 = System.nanoTime();
    comm.barrier();
    return System.nanoTime() - t0;
  }

  private void record(String phase, long waitNanos, long transferStart, long bytes) {
    long transfer = System.nanoTime() - transferStart;
    timer.add(phase, PhaseKind.COMM, waitNanos + transfer, waitNanos, bytes);
  }

  static byte[] serialize(Serializable value) {
    return ObjectBytes.write(value, 0);
  }

  static <T> T deserialize(byte[] bytes, Class<T> type) {
    return ObjectBytes.read(bytes, 0, bytes.length, type);
  }
}
