package org.scalebench.api.mpi;

import java.io.Serializable;
import java.nio.Buffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import mpi.Intracomm;
import mpi.MPI;
import mpi.MPIException;
import mpi.Status;

/**
 * The calls of {@link MpiComm} without a phase of their own: in an {@link MpiBlock} they are timed
 * together and recorded once; from {@link MpiComm#untimed()} they are recorded nowhere. Each
 * method behaves, and counts its logical bytes, exactly as the {@code MpiComm} method of the same
 * name (see there for which rank gets what, and for the byte counts).
 *
 * <p>What a block adds up: the bytes of each call; one call for each method that moves data or
 * synchronizes the ranks (send, receive, a non-blocking post, a collective, a barrier), however
 * many bindings calls it makes inside; and, as wait, the time in {@link #barrier}, {@link #probe}
 * and {@link #poll} (waiting for other ranks). Probes, {@link #waitAll} and {@link #test} are no
 * calls: they move nothing that a send or receive has not counted. Nothing here allocates per call
 * but the bindings themselves, the object methods (serialization) and the probes' statuses; the
 * direct stand-ins for Java arrays belong to the communicator and are reused.
 *
 * <p>One thread per rank: like {@code MpiComm}, a view is used by the rank's main thread only.
 */
public sealed class MpiCalls permits MpiBlock {
  private final Intracomm comm;
  private final int rank;
  private final int size;
  private final DirectCopies copies;
  long bytes;
  long calls;
  long waitNanos;

  MpiCalls(Intracomm comm, int rank, int size, DirectCopies copies) {
    this.comm = comm;
    this.rank = rank;
    this.size = size;
    this.copies = copies;
  }

  /** This rank, {@code 0 .. size() - 1}. */
  public int rank() {
    return rank;
  }

  /** The number of ranks, {@code >= 1}. */
  public int size() {
    return size;
  }

  private void count(long moved) {
    bytes += moved;
    calls++;
  }

  /** The bytes of a rooted call: the root exchanges {@code n} with every other rank, the others {@code n}. */
  private long rooted(long n, int root) {
    return rank == root ? n * (size - 1) : n;
  }

  private static int source(int source) {
    return source == MpiComm.ANY_SOURCE ? MPI.ANY_SOURCE : source;
  }

  private static int tag(int tag) {
    return tag == MpiComm.ANY_TAG ? MPI.ANY_TAG : tag;
  }

  // ---- point to point ----

  /** See {@link MpiComm#send}. */
  public void send(Object buffer, int count, BufferType type, int dest, int tag) throws MPIException {
    comm.send(buffer, count, type.mpi(), dest, tag);
    count((long) count * type.bytes());
  }

  /** See {@link MpiComm#recv}. */
  public int recv(Object buffer, int count, BufferType type, int source, int tag) throws MPIException {
    Status status = comm.recv(buffer, count, type.mpi(), source(source), tag(tag));
    count((long) count * type.bytes());
    return source == MpiComm.ANY_SOURCE ? status.getSource() : source;
  }

  /** See {@link MpiComm#sendObject}. */
  public void sendObject(Serializable value, int dest, int tag) throws MPIException {
    byte[] serialized = ObjectBytes.write(value, 0);
    comm.send(serialized, serialized.length, MPI.BYTE, dest, tag);
    count(serialized.length);
  }

  /** See {@link MpiComm#recvObject}. */
  public <T> T recvObject(Class<T> type, int source, int tag) throws MPIException {
    Status status = comm.probe(source(source), tag(tag));
    int n = status.getCount(MPI.BYTE);
    byte[] serialized = new byte[n];
    comm.recv(serialized, n, MPI.BYTE, status.getSource(), status.getTag());
    count(n);
    return ObjectBytes.read(serialized, 0, n, type);
  }

  /** See {@link MpiComm#isend}. */
  public void isend(Buffer buffer, int count, BufferType type, int dest, int tag, MpiRequests requests)
      throws MPIException {
    requests.add(comm.iSend(buffer, count, type.mpi(), dest, tag));
    count((long) count * type.bytes());
  }

  /** See {@link MpiComm#irecv}. */
  public void irecv(Buffer buffer, int count, BufferType type, int source, int tag, MpiRequests requests)
      throws MPIException {
    requests.add(comm.iRecv(buffer, count, type.mpi(), source(source), tag(tag)));
    count((long) count * type.bytes());
  }

  /** See {@link MpiComm#waitAll}; no call of its own, its time is the block's. */
  public void waitAll(MpiRequests requests) throws MPIException {
    requests.waitAll();
  }

  /** See {@link MpiComm#test}. */
  public boolean test(MpiRequests requests) throws MPIException {
    return requests.test();
  }

  /** See {@link MpiComm#probe}; its time is wait. */
  public MpiStatus probe(int source, int tag) throws MPIException {
    long t0 = System.nanoTime();
    Status status = comm.probe(source(source), tag(tag));
    waitNanos += System.nanoTime() - t0;
    return MpiStatus.of(status);
  }

  /** See {@link MpiComm#iProbe}. */
  public MpiStatus iProbe(int source, int tag) throws MPIException {
    Status status = comm.iProbe(source(source), tag(tag));
    return status == null ? null : MpiStatus.of(status);
  }

  /** See {@link MpiComm#poll}; its time is wait. */
  public MpiStatus poll(int source, int tag, long pauseNanos) throws MPIException {
    if (pauseNanos < 0) {
      throw new IllegalArgumentException("pauseNanos must be >= 0, got " + pauseNanos);
    }
    long t0 = System.nanoTime();
    Status status;
    while ((status = comm.iProbe(source(source), tag(tag))) == null) {
      LockSupport.parkNanos(pauseNanos);
    }
    waitNanos += System.nanoTime() - t0;
    return MpiStatus.of(status);
  }

  // ---- collectives ----

  /** See {@link MpiComm#barrier}; its time is wait. */
  public void barrier() throws MPIException {
    long t0 = System.nanoTime();
    comm.barrier();
    waitNanos += System.nanoTime() - t0;
    count(0);
  }

  /** See {@link MpiComm#bcast}. */
  public void bcast(Object buffer, int count, BufferType type, int root) throws MPIException {
    comm.bcast(buffer, count, type.mpi(), root);
    count(rooted((long) count * type.bytes(), root));
  }

  /** See {@link MpiComm#bcastObject}. */
  public <T extends Serializable> T bcastObject(T value, Class<T> type, int root) throws MPIException {
    byte[] serialized = rank == root ? ObjectBytes.write(value, 0) : null;
    int[] length = {serialized == null ? 0 : serialized.length};
    comm.bcast(length, 1, MPI.INT, root);
    if (serialized == null) {
      serialized = new byte[length[0]];
    }
    comm.bcast(serialized, length[0], MPI.BYTE, root);
    count(rooted(Integer.BYTES + (long) length[0], root));
    return rank == root ? value : ObjectBytes.read(serialized, 0, serialized.length, type);
  }

  /** See {@link MpiComm#scatter}. */
  public void scatter(Object send, Object recv, int chunk, BufferType type, int root) throws MPIException {
    if (recv instanceof Buffer) {
      comm.scatter(send, chunk, type.mpi(), recv, chunk, type.mpi(), root);
    } else {
      Buffer direct = copies.receiveArea(chunk, type); // the bindings' 64 KiB bug (DirectCopies)
      comm.scatter(send, chunk, type.mpi(), direct, chunk, type.mpi(), root);
      DirectCopies.copyInto(direct, recv, chunk, type);
    }
    count(rooted((long) chunk * type.bytes(), root));
  }

  /** See {@link MpiComm#scatterv}. */
  public void scatterv(Object send, int[] counts, int[] displs, Object recv, BufferType type, int root)
      throws MPIException {
    if (recv instanceof Buffer) {
      comm.scatterv(send, counts, displs, type.mpi(), recv, counts[rank], type.mpi(), root);
    } else { // Java arrays crash the bindings' v-collectives (DirectCopies)
      Buffer sendBuffer = copies.sendCopy(send, rank == root ? DirectCopies.length(send) : 0, type);
      Buffer recvBuffer = copies.receiveArea(counts[rank], type);
      comm.scatterv(sendBuffer, counts, displs, type.mpi(), recvBuffer, counts[rank], type.mpi(), root);
      DirectCopies.copyInto(recvBuffer, recv, counts[rank], type);
    }
    count(vBytes(counts, root, type));
  }

  /** See {@link MpiComm#gather}. */
  public void gather(Object send, Object recv, int chunk, BufferType type, int root) throws MPIException {
    comm.gather(send, chunk, type.mpi(), recv, chunk, type.mpi(), root);
    count(rooted((long) chunk * type.bytes(), root));
  }

  /** See {@link MpiComm#gatherv}. */
  public void gatherv(Object send, Object recv, int[] counts, int[] displs, BufferType type, int root)
      throws MPIException {
    gathervUncounted(send, recv, counts, displs, type, root);
    count(vBytes(counts, root, type));
  }

  private void gathervUncounted(Object send, Object recv, int[] counts, int[] displs, BufferType type, int root)
      throws MPIException {
    if (send instanceof Buffer) {
      comm.gatherv(send, counts[rank], type.mpi(), recv, counts, displs, type.mpi(), root);
      return;
    }
    int total = 0;
    for (int r = 0; r < size; r++) {
      total = Math.max(total, displs[r] + counts[r]);
    }
    Buffer sendBuffer = copies.sendCopy(send, counts[rank], type);
    Buffer recvBuffer = copies.receiveArea(rank == root ? total : 0, type);
    comm.gatherv(sendBuffer, counts[rank], type.mpi(), recvBuffer, counts, displs, type.mpi(), root);
    if (rank == root) {
      DirectCopies.copyInto(recvBuffer, recv, total, type);
    }
  }

  /** Bytes a v-collective moves at this rank: the root all chunks but its own, the others their chunk. */
  private long vBytes(int[] counts, int root, BufferType type) {
    long total = 0;
    for (int c : counts) {
      total += c;
    }
    return rank == root ? (total - counts[root]) * type.bytes() : (long) counts[rank] * type.bytes();
  }

  /** See {@link MpiComm#gatherObjects}. */
  public <T extends Serializable> List<T> gatherObjects(T value, Class<T> type, int root) throws MPIException {
    byte[] serialized = ObjectBytes.write(value, 0);
    int[] lengths = new int[size];
    comm.gather(new int[] {serialized.length}, 1, MPI.INT, lengths, 1, MPI.INT, root);
    lengths[rank] = serialized.length; // non-roots know only their own length, all the v-call needs from them
    int[] displs = new int[size];
    int total = 0;
    for (int r = 0; r < size; r++) {
      displs[r] = total;
      total = Math.addExact(total, lengths[r]);
    }
    byte[] all = new byte[rank == root ? total : 0];
    gathervUncounted(serialized, all, lengths, displs, BufferType.BYTE, root);
    count(rank == root ? total - serialized.length + (long) Integer.BYTES * (size - 1)
        : serialized.length + (long) Integer.BYTES);
    if (rank != root) {
      return null;
    }
    List<T> result = new ArrayList<>(size);
    for (int r = 0; r < size; r++) {
      result.add(ObjectBytes.read(all, displs[r], lengths[r], type));
    }
    return result;
  }

  /** See {@link MpiComm#reduce}. */
  public void reduce(Object send, Object recv, int count, BufferType type, ReduceOp op, int root)
      throws MPIException {
    comm.reduce(send, recv, count, type.mpi(), op.mpi(), root);
    count(rooted((long) count * type.bytes(), root));
  }

  /** See {@link MpiComm#allReduce}. */
  public void allReduce(Object send, Object recv, int count, BufferType type, ReduceOp op) throws MPIException {
    comm.allReduce(send, recv, count, type.mpi(), op.mpi());
    count(2L * count * type.bytes());
  }

  /** See {@link MpiComm#allGather}. */
  public void allGather(Object send, Object recv, int chunk, BufferType type) throws MPIException {
    comm.allGather(send, chunk, type.mpi(), recv, chunk, type.mpi());
    count(2L * chunk * type.bytes() * (size - 1));
  }

  /** See {@link MpiComm#allToAll}. */
  public void allToAll(Object send, Object recv, int chunk, BufferType type) throws MPIException {
    comm.allToAll(send, chunk, type.mpi(), recv, chunk, type.mpi());
    count(2L * chunk * type.bytes() * (size - 1));
  }
}
