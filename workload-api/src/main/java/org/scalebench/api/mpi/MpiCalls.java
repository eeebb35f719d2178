package org.scalebench.api.mpi;

import java.io.Serializable;
import java.nio.Buffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

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
  private final MpiTransport comm;
  private final int rank;
  private final int size;
  private final DirectCopies copies;
  long bytes;
  long calls;
  long waitNanos;

  MpiCalls(MpiTransport comm, int rank, int size, DirectCopies copies) {
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

  // ---- point to point ----

  /** See {@link MpiComm#send}. */
  public void send(Object buffer, int count, BufferType type, int dest, int tag) throws MpiException {
    comm.send(buffer, count, type, dest, tag);
    count(dest == MpiComm.PROC_NULL ? 0 : (long) count * type.bytes());
  }

  /** See {@link MpiComm#recv}. */
  public int recv(Object buffer, int count, BufferType type, int source, int tag) throws MpiException {
    int from = comm.recv(buffer, count, type, source, tag);
    count(source == MpiComm.PROC_NULL ? 0 : (long) count * type.bytes());
    return from;
  }

  /** See {@link MpiComm#sendRecv}. */
  public void sendRecv(Object send, int sendCount, int dest, int sendTag, Object recv, int recvCount, int source,
      int recvTag, BufferType type) throws MpiException {
    // nothing moves to or from PROC_NULL: a count of 0 keeps the bindings from copying their
    // temporary buffer over the caller's array (measured: an array received from PROC_NULL came back zeroed)
    int sends = dest == MpiComm.PROC_NULL ? 0 : sendCount;
    if (recv instanceof Buffer || source == MpiComm.PROC_NULL) {
      comm.sendRecv(send, sends, dest, sendTag, recv, source == MpiComm.PROC_NULL ? 0 : recvCount, source, recvTag,
          type);
    } else {
      // received into a direct stand-in like scatter's, whose array receive the bindings left
      // untouched over 64 KiB (DirectCopies); not measured for sendRecv, and a halo row's copy is cheap
      Buffer direct = copies.receiveArea(recvCount, type);
      comm.sendRecv(send, sends, dest, sendTag, direct, recvCount, source, recvTag, type);
      DirectCopies.copyInto(direct, recv, recvCount, type);
    }
    count(((dest == MpiComm.PROC_NULL ? 0L : sendCount) + (source == MpiComm.PROC_NULL ? 0L : recvCount))
        * type.bytes());
  }

  /** See {@link MpiComm#sendObject}. */
  public void sendObject(Serializable value, int dest, int tag) throws MpiException {
    byte[] serialized = ObjectBytes.write(value, 0);
    comm.send(serialized, serialized.length, BufferType.BYTE, dest, tag);
    count(serialized.length);
  }

  /** See {@link MpiComm#recvObject}. */
  public <T> T recvObject(Class<T> type, int source, int tag) throws MpiException {
    MpiStatus status = comm.probe(source, tag);
    int n = status.bytes();
    byte[] serialized = new byte[n];
    comm.recv(serialized, n, BufferType.BYTE, status.source(), status.tag());
    count(n);
    return ObjectBytes.read(serialized, 0, n, type);
  }

  /** See {@link MpiComm#isend}. */
  public void isend(Buffer buffer, int count, BufferType type, int dest, int tag, MpiRequests requests)
      throws MpiException {
    requests.add(comm.iSend(buffer, count, type, dest, tag));
    count((long) count * type.bytes());
  }

  /** See {@link MpiComm#irecv}. */
  public void irecv(Buffer buffer, int count, BufferType type, int source, int tag, MpiRequests requests)
      throws MpiException {
    requests.add(comm.iRecv(buffer, count, type, source, tag));
    count((long) count * type.bytes());
  }

  /** See {@link MpiComm#waitAll}; no call of its own, its time is the block's. */
  public void waitAll(MpiRequests requests) throws MpiException {
    requests.waitAll(comm);
  }

  /** See {@link MpiComm#test}. */
  public boolean test(MpiRequests requests) throws MpiException {
    return requests.test();
  }

  /** See {@link MpiComm#probe}; its time is wait. */
  public MpiStatus probe(int source, int tag) throws MpiException {
    long t0 = System.nanoTime();
    MpiStatus status = comm.probe(source, tag);
    waitNanos += System.nanoTime() - t0;
    return status;
  }

  /** See {@link MpiComm#iProbe}. */
  public MpiStatus iProbe(int source, int tag) throws MpiException {
    return comm.iProbe(source, tag);
  }

  /** See {@link MpiComm#poll}; its time is wait. */
  public MpiStatus poll(int source, int tag, long pauseNanos) throws MpiException {
    if (pauseNanos < 0) {
      throw new IllegalArgumentException("pauseNanos must be >= 0, got " + pauseNanos);
    }
    long t0 = System.nanoTime();
    MpiStatus status;
    while ((status = comm.iProbe(source, tag)) == null) {
      LockSupport.parkNanos(pauseNanos);
    }
    waitNanos += System.nanoTime() - t0;
    return status;
  }

  // ---- collectives ----

  /** See {@link MpiComm#barrier}; its time is wait. */
  public void barrier() throws MpiException {
    long t0 = System.nanoTime();
    comm.barrier();
    waitNanos += System.nanoTime() - t0;
    count(0);
  }

  /** See {@link MpiComm#bcast}. */
  public void bcast(Object buffer, int count, BufferType type, int root) throws MpiException {
    comm.bcast(buffer, count, type, root);
    count(rooted((long) count * type.bytes(), root));
  }

  /** See {@link MpiComm#bcastObject}. */
  public <T extends Serializable> T bcastObject(T value, Class<T> type, int root) throws MpiException {
    byte[] serialized = rank == root ? ObjectBytes.write(value, 0) : null;
    int[] length = {serialized == null ? 0 : serialized.length};
    comm.bcast(length, 1, BufferType.INT, root);
    if (serialized == null) {
      serialized = new byte[length[0]];
    }
    comm.bcast(serialized, length[0], BufferType.BYTE, root);
    count(rooted(Integer.BYTES + (long) length[0], root));
    return rank == root ? value : ObjectBytes.read(serialized, 0, serialized.length, type);
  }

  /** See {@link MpiComm#scatter}. */
  public void scatter(Object send, Object recv, int chunk, BufferType type, int root) throws MpiException {
    if (recv instanceof Buffer) {
      comm.scatter(send, recv, chunk, type, root);
    } else {
      Buffer direct = copies.receiveArea(chunk, type); // the bindings' 64 KiB bug (DirectCopies)
      comm.scatter(send, direct, chunk, type, root);
      DirectCopies.copyInto(direct, recv, chunk, type);
    }
    count(rooted((long) chunk * type.bytes(), root));
  }

  /** See {@link MpiComm#scatterv}. */
  public void scatterv(Object send, int[] counts, int[] displs, Object recv, BufferType type, int root)
      throws MpiException {
    if (recv instanceof Buffer) {
      comm.scatterv(send, counts, displs, recv, counts[rank], type, root);
    } else { // Java arrays crash the bindings' v-collectives (DirectCopies)
      Buffer sendBuffer = copies.sendCopy(send, rank == root ? DirectCopies.length(send) : 0, type);
      Buffer recvBuffer = copies.receiveArea(counts[rank], type);
      comm.scatterv(sendBuffer, counts, displs, recvBuffer, counts[rank], type, root);
      DirectCopies.copyInto(recvBuffer, recv, counts[rank], type);
    }
    count(vBytes(counts, root, type));
  }

  /** See {@link MpiComm#gather}. */
  public void gather(Object send, Object recv, int chunk, BufferType type, int root) throws MpiException {
    comm.gather(send, recv, chunk, type, root);
    count(rooted((long) chunk * type.bytes(), root));
  }

  /** See {@link MpiComm#gatherv}. */
  public void gatherv(Object send, Object recv, int[] counts, int[] displs, BufferType type, int root)
      throws MpiException {
    gathervUncounted(send, recv, counts, displs, type, root);
    count(vBytes(counts, root, type));
  }

  private void gathervUncounted(Object send, Object recv, int[] counts, int[] displs, BufferType type, int root)
      throws MpiException {
    if (send instanceof Buffer) {
      comm.gatherv(send, counts[rank], recv, counts, displs, type, root);
      return;
    }
    int total = 0;
    for (int r = 0; r < size; r++) {
      total = Math.max(total, displs[r] + counts[r]);
    }
    Buffer sendBuffer = copies.sendCopy(send, counts[rank], type);
    Buffer recvBuffer = copies.receiveArea(rank == root ? total : 0, type);
    comm.gatherv(sendBuffer, counts[rank], recvBuffer, counts, displs, type, root);
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
  public <T extends Serializable> List<T> gatherObjects(T value, Class<T> type, int root) throws MpiException {
    byte[] serialized = ObjectBytes.write(value, 0);
    int[] lengths = new int[size];
    comm.gather(new int[] {serialized.length}, lengths, 1, BufferType.INT, root);
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
      throws MpiException {
    comm.reduce(send, recv, count, type, op, root);
    count(rooted((long) count * type.bytes(), root));
  }

  /** See {@link MpiComm#allReduce}. */
  public void allReduce(Object send, Object recv, int count, BufferType type, ReduceOp op) throws MpiException {
    comm.allReduce(send, recv, count, type, op);
    count(2L * count * type.bytes());
  }

  /** See {@link MpiComm#allGather}. */
  public void allGather(Object send, Object recv, int chunk, BufferType type) throws MpiException {
    comm.allGather(send, recv, chunk, type);
    count(2L * chunk * type.bytes() * (size - 1));
  }

  /** See {@link MpiComm#allToAll}. */
  public void allToAll(Object send, Object recv, int chunk, BufferType type) throws MpiException {
    comm.allToAll(send, recv, chunk, type);
    count(2L * chunk * type.bytes() * (size - 1));
  }
}
