package org.scalebench.transport.ffm;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.Buffer;
import java.util.ArrayDeque;
import org.scalebench.api.mpi.BufferType;
import org.scalebench.api.mpi.MpiComm;
import org.scalebench.api.mpi.MpiException;
import org.scalebench.api.mpi.MpiStatus;
import org.scalebench.api.mpi.MpiTransport;
import org.scalebench.api.mpi.ReduceOp;

/**
 * The workload API's transport on {@link FfmMpi}: Java arrays become heap segments (passed by
 * address, no copy), direct buffers native segments from their element 0; the API's wildcards and
 * {@code PROC_NULL} become the library's own values (MPICH and Open MPI differ). Request handles
 * live in native slots taken from a free list, so a window of non-blocking calls allocates no
 * native memory after the first.
 */
final class FfmTransport implements MpiTransport {
  private final FfmMpi mpi;
  private final Arena arena = Arena.ofAuto();
  private final ArrayDeque<MemorySegment> freeSlots = new ArrayDeque<>();
  private MemorySegment scratch = MemorySegment.NULL;

  FfmTransport(FfmMpi mpi) {
    this.mpi = mpi;
  }

  static Datatype type(BufferType type) {
    return switch (type) {
      case BYTE -> Datatype.BYTE;
      case INT -> Datatype.INT;
      case LONG -> Datatype.LONG;
      case FLOAT -> Datatype.FLOAT;
      case DOUBLE -> Datatype.DOUBLE;
    };
  }

  static Op op(ReduceOp op) {
    return switch (op) {
      case SUM -> Op.SUM;
      case MIN -> Op.MIN;
      case MAX -> Op.MAX;
    };
  }

  // the last direct buffer's segment: loops send the same buffer again and again, and
  // MemorySegment.ofBuffer (scope, bounds) is the dearest step of a small send
  private Buffer lastBuffer;
  private MemorySegment lastSegment;

  /** An array or a direct buffer as a segment from its first element. */
  MemorySegment segment(Object buffer) {
    if (buffer instanceof Buffer b) {
      if (b != lastBuffer) {
        lastSegment = MemorySegment.ofBuffer(b.position() == 0 && b.limit() == b.capacity() ? b : b.duplicate().clear());
        lastBuffer = b;
      }
      return lastSegment;
    }
    return switch (buffer) {
      case byte[] a -> MemorySegment.ofArray(a);
      case int[] a -> MemorySegment.ofArray(a);
      case long[] a -> MemorySegment.ofArray(a);
      case float[] a -> MemorySegment.ofArray(a);
      case double[] a -> MemorySegment.ofArray(a);
      case null -> MemorySegment.NULL;
      default -> throw new IllegalArgumentException("a buffer is a primitive array or a direct buffer, got "
          + buffer.getClass().getName());
    };
  }

  private int rank(int r) {
    return r == MpiComm.ANY_SOURCE ? mpi.anySource() : r == MpiComm.PROC_NULL ? mpi.procNull() : r;
  }

  private int tag(int t) {
    return t == MpiComm.ANY_TAG ? mpi.anyTag() : t;
  }

  private static MpiException wrap(RuntimeException e) {
    return new MpiException(e.getMessage(), e);
  }

  @Override
  public int rank() {
    return mpi.rank();
  }

  @Override
  public int size() {
    return mpi.size();
  }

  @Override
  public void send(Object buffer, int count, BufferType type, int dest, int tag) throws MpiException {
    try {
      mpi.send(segment(buffer), count, type(type), rank(dest), tag);
    } catch (MpiError e) {
      throw wrap(e);
    }
  }

  @Override
  public int recv(Object buffer, int count, BufferType type, int source, int tag) throws MpiException {
    try {
      int from = mpi.recvFrom(segment(buffer), count, type(type), rank(source), tag(tag));
      return source == MpiComm.ANY_SOURCE ? from : source; // the API's own PROC_NULL, not the library's
    } catch (MpiError e) {
      throw wrap(e);
    }
  }

  @Override
  public void sendRecv(Object send, int sendCount, int dest, int sendTag, Object recv, int recvCount, int source,
      int recvTag, BufferType type) throws MpiException {
    try {
      mpi.sendrecv(segment(send), sendCount, rank(dest), sendTag, segment(recv), recvCount, rank(source), tag(recvTag),
          type(type));
    } catch (MpiError e) {
      throw wrap(e);
    }
  }

  @Override
  public MpiStatus probe(int source, int tag) throws MpiException {
    try {
      FfmMpi.Status s = mpi.probe(rank(source), tag(tag), Datatype.BYTE);
      return new MpiStatus(s.source(), s.tag(), s.count());
    } catch (MpiError e) {
      throw wrap(e);
    }
  }

  @Override
  public MpiStatus iProbe(int source, int tag) throws MpiException {
    try {
      FfmMpi.Status s = mpi.iprobe(rank(source), tag(tag), Datatype.BYTE);
      return s == null ? null : new MpiStatus(s.source(), s.tag(), s.count());
    } catch (MpiError e) {
      throw wrap(e);
    }
  }

  private MemorySegment takeSlot() {
    MemorySegment slot = freeSlots.pollFirst();
    return slot != null ? slot : arena.allocate(mpi.requestBytes(), 8);
  }

  /** A request in flight, in its own native slot. */
  private final class SlotRequest implements Request {
    private final MemorySegment slot;
    private boolean done;

    SlotRequest(MemorySegment slot) {
      this.slot = slot;
    }

    @Override
    public void await() throws MpiException {
      if (!done) {
        try {
          mpi.await(slot);
        } catch (MpiError e) {
          throw wrap(e);
        }
        release();
      }
    }

    @Override
    public boolean test() throws MpiException {
      if (!done) {
        try {
          if (mpi.test(slot)) {
            release();
          }
        } catch (MpiError e) {
          throw wrap(e);
        }
      }
      return done;
    }

    void release() {
      done = true;
      freeSlots.addFirst(slot);
    }
  }

  @Override
  public Request iSend(Buffer buffer, int count, BufferType type, int dest, int tag) throws MpiException {
    MemorySegment slot = takeSlot();
    try {
      mpi.isend(segment(buffer), count, type(type), rank(dest), tag, slot);
    } catch (RuntimeException e) {
      freeSlots.addFirst(slot);
      throw wrap(e);
    }
    return new SlotRequest(slot);
  }

  @Override
  public Request iRecv(Buffer buffer, int count, BufferType type, int source, int tag) throws MpiException {
    MemorySegment slot = takeSlot();
    try {
      mpi.irecv(segment(buffer), count, type(type), rank(source), tag(tag), slot);
    } catch (RuntimeException e) {
      freeSlots.addFirst(slot);
      throw wrap(e);
    }
    return new SlotRequest(slot);
  }

  /** One {@code MPI_Waitall}: the pending handles are copied side by side into a scratch array first. */
  @Override
  public void waitAll(Request[] requests) throws MpiException {
    int bytes = mpi.requestBytes();
    if (scratch.byteSize() < (long) requests.length * bytes) {
      scratch = arena.allocate((long) Math.max(requests.length, 64) * bytes, 8);
    }
    int n = 0;
    for (Request r : requests) {
      SlotRequest s = (SlotRequest) r;
      if (!s.done) {
        MemorySegment.copy(s.slot, 0, scratch, (long) n++ * bytes, bytes);
      }
    }
    try {
      mpi.waitAll(scratch, n);
    } catch (MpiError e) {
      throw wrap(e);
    }
    for (Request r : requests) {
      SlotRequest s = (SlotRequest) r;
      if (!s.done) {
        s.release();
      }
    }
  }

  @Override
  public void barrier() throws MpiException {
    try {
      mpi.barrier();
    } catch (MpiError e) {
      throw wrap(e);
    }
  }

  @Override
  public void bcast(Object buffer, int count, BufferType type, int root) throws MpiException {
    try {
      mpi.bcast(segment(buffer), count, type(type), root);
    } catch (MpiError e) {
      throw wrap(e);
    }
  }

  @Override
  public void scatter(Object send, Object recv, int chunk, BufferType type, int root) throws MpiException {
    try {
      mpi.scatter(segment(send), segment(recv), chunk, type(type), root);
    } catch (MpiError e) {
      throw wrap(e);
    }
  }

  @Override
  public void scatterv(Object send, int[] counts, int[] displs, Object recv, int recvCount, BufferType type, int root)
      throws MpiException {
    try {
      mpi.scatterv(segment(send), counts, displs, segment(recv), recvCount, type(type), root);
    } catch (MpiError e) {
      throw wrap(e);
    }
  }

  @Override
  public void gather(Object send, Object recv, int chunk, BufferType type, int root) throws MpiException {
    try {
      mpi.gather(segment(send), segment(recv), chunk, type(type), root);
    } catch (MpiError e) {
      throw wrap(e);
    }
  }

  @Override
  public void gatherv(Object send, int sendCount, Object recv, int[] counts, int[] displs, BufferType type, int root)
      throws MpiException {
    try {
      mpi.gatherv(segment(send), sendCount, segment(recv), counts, displs, type(type), root);
    } catch (MpiError e) {
      throw wrap(e);
    }
  }

  @Override
  public void reduce(Object send, Object recv, int count, BufferType type, ReduceOp op, int root)
      throws MpiException {
    try {
      mpi.reduce(segment(send), segment(recv), count, type(type), op(op), root);
    } catch (MpiError e) {
      throw wrap(e);
    }
  }

  @Override
  public void allReduce(Object send, Object recv, int count, BufferType type, ReduceOp op) throws MpiException {
    try {
      mpi.allReduce(segment(send), segment(recv), count, type(type), op(op));
    } catch (MpiError e) {
      throw wrap(e);
    }
  }

  @Override
  public void allGather(Object send, Object recv, int chunk, BufferType type) throws MpiException {
    try {
      mpi.allGather(segment(send), segment(recv), chunk, type(type));
    } catch (MpiError e) {
      throw wrap(e);
    }
  }

  @Override
  public void allToAll(Object send, Object recv, int chunk, BufferType type) throws MpiException {
    try {
      mpi.allToAll(segment(send), segment(recv), chunk, type(type));
    } catch (MpiError e) {
      throw wrap(e);
    }
  }
}
