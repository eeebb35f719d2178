package org.scalebench.transport.ffm;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * MPI on {@code MPI_COMM_WORLD} through {@code java.lang.foreign}: the calls the workloads use,
 * each one downcall into the library's own C function. Buffers are memory segments: native ones
 * (direct buffers, arena memory) go through plain downcalls, heap ones (a Java array wrapped by
 * {@code MemorySegment.ofArray}) through critical downcalls with heap access, without a copy.
 * Counts are in elements of the given {@link Datatype}; ranks are ranks of the world communicator.
 *
 * <p>Not thread-safe: MPI is initialized with {@code MPI_Init} (thread level single), so one thread
 * of a rank calls it, as the timed communicator above it does. Non-blocking calls take native
 * segments only: a heap array may move while the library still writes into it.
 */
public final class FfmMpi implements AutoCloseable {
  private final LibMpi lib;
  private final String version;
  private final long world;
  private final Arena arena = Arena.ofConfined();
  private final MemorySegment intOut = arena.allocate(ValueLayout.JAVA_INT);
  private final MemorySegment flagOut = arena.allocate(ValueLayout.JAVA_INT);
  private final MemorySegment status;
  private final MemorySegment statusIgnore;
  private final int rank;
  private final int size;
  private boolean finalized;
  // the handles of the types and operations, by ordinal: no map lookup per call
  private final long[] datatypes = new long[Datatype.values().length];
  private final long[] ops = new long[Op.values().length];


  private FfmMpi(LibMpi lib, String version) {
    this.lib = lib;
    this.version = version;
    this.world = lib.handle("MPI_COMM_WORLD");
    MpiAbi abi = lib.abi();
    this.status = arena.allocate(abi.statusBytes(), 8);
    this.statusIgnore = MemorySegment.ofAddress(abi.statusIgnore());
    for (Datatype d : Datatype.values()) {
      datatypes[d.ordinal()] = lib.handle(d.cName());
    }
    for (Op o : Op.values()) {
      ops[o.ordinal()] = lib.handle(o.cName());
    }
    LibMpi.active = lib;
    check("MPI_Init", invokeInt(Downcalls.MPI_INIT, MemorySegment.NULL, MemorySegment.NULL));
    this.rank = commQuery("MPI_Comm_rank");
    this.size = commQuery("MPI_Comm_size");
  }

  /** Finds the process's MPI library ({@link LibraryProbe}), loads its ABI table and calls {@code MPI_Init}. */
  public static FfmMpi init() {
    LibraryProbe.Found found = LibraryProbe.find(System.getenv());
    LibMpi lib = LibMpi.of(MpiAbi.of(found.flavour()), found.lookup(), found.library());
    return new FfmMpi(lib, found.version());
  }

  /** The library's {@code MPI_Get_library_version} text. */
  public String libraryVersion() {
    return version;
  }

  public MpiFlavour flavour() {
    return lib.abi().flavour();
  }

  /** The shared object loaded, e.g. {@code libmpich.so.12}. */
  public String library() {
    return lib.library();
  }

  public int rank() {
    return rank;
  }

  public int size() {
    return size;
  }

  /** {@code MPI_ANY_SOURCE} of this library (-1 in Open MPI, -2 in MPICH). */
  public int anySource() {
    return lib.abi().anySource();
  }

  /** {@code MPI_PROC_NULL} of this library (-2 in Open MPI, -1 in MPICH). */
  public int procNull() {
    return lib.abi().procNull();
  }

  /** {@code MPI_ANY_TAG} of this library. */
  public int anyTag() {
    return lib.abi().anyTag();
  }

  /** Seconds since an arbitrary point in the past ({@code MPI_Wtime}). */
  public double wtime() {
    try {
      return (double) Downcalls.MPI_WTIME.invokeExact();
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  public String processorName() {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment name = a.allocate(1024);
      check("MPI_Get_processor_name", invokeInt(Downcalls.MPI_GET_PROCESSOR_NAME, name, intOut));
      return name.getString(0);
    }
  }

  /** A received message's envelope. */
  public record Status(int source, int tag, int count) {}

  public void send(MemorySegment buf, int count, Datatype type, int dest, int tag) {
    try {
      check("MPI_Send", (int) (buf.isNative() ? Downcalls.MPI_SEND : Downcalls.MPI_SEND_HEAP).invokeExact(buf, count, dt(type), dest, tag, world));
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  /** Receives into {@code buf} (room for {@code count} elements); the status counts elements of {@code type}. */
  public Status recv(MemorySegment buf, int count, Datatype type, int source, int tag) {
    try {
      check("MPI_Recv", (int) (buf.isNative() ? Downcalls.MPI_RECV : Downcalls.MPI_RECV_HEAP).invokeExact(buf, count, dt(type), source, tag, world, status));
    } catch (Throwable t) {
      throw rethrow(t);
    }
    return status(type);
  }

  /**
   * Receives into {@code buf} and returns the sender's rank, without asking the library for the
   * element count: with a given source the status is not even written ({@code MPI_STATUS_IGNORE}),
   * the cheapest receive there is (a ping-pong's inner loop).
   */
  public int recvFrom(MemorySegment buf, int count, Datatype type, int source, int tag) {
    boolean wildcard = source == lib.abi().anySource();
    // a local of the exact type: a conditional as an argument of invokeExact would be typed Object
    MemorySegment into = wildcard ? status : statusIgnore;
    try {
      check("MPI_Recv", (int) (buf.isNative() ? Downcalls.MPI_RECV : Downcalls.MPI_RECV_HEAP).invokeExact(buf, count, dt(type), source, tag, world,
          into));
    } catch (Throwable t) {
      throw rethrow(t);
    }
    return wildcard ? status.get(ValueLayout.JAVA_INT, lib.abi().sourceOffset()) : source;
  }

  public Status sendrecv(MemorySegment send, int sendCount, int dest, int sendTag, MemorySegment recv, int recvCount,
      int source, int recvTag, Datatype type) {
    MethodHandle mh = send.isNative() && recv.isNative() ? Downcalls.MPI_SENDRECV : Downcalls.MPI_SENDRECV_HEAP;
    try {
      check("MPI_Sendrecv", (int) mh.invokeExact(send, sendCount, dt(type), dest, sendTag, recv, recvCount, dt(type),
          source, recvTag, world, status));
    } catch (Throwable t) {
      throw rethrow(t);
    }
    return status(type);
  }

  /** Blocks until a message matches; the count is in elements of {@code type}. */
  public Status probe(int source, int tag, Datatype type) {
    try {
      check("MPI_Probe", (int) Downcalls.MPI_PROBE.invokeExact(source, tag, world, status));
    } catch (Throwable t) {
      throw rethrow(t);
    }
    return status(type);
  }

  /** The envelope of a matching message if one is there, else null; never blocks. */
  public Status iprobe(int source, int tag, Datatype type) {
    try {
      check("MPI_Iprobe", (int) Downcalls.MPI_IPROBE.invokeExact(source, tag, world, flagOut, status));
    } catch (Throwable t) {
      throw rethrow(t);
    }
    return flagOut.get(ValueLayout.JAVA_INT, 0) != 0 ? status(type) : null;
  }

  /** Requests of non-blocking calls, in a native array the library fills. */
  public final class Requests {
    private final MemorySegment handles;
    private final int capacity;
    private int used;

    private Requests(int capacity) {
      this.capacity = capacity;
      this.handles = arena.allocate((long) capacity * lib.abi().handleBytes(), 8);
    }

    public int size() {
      return used;
    }

    private MemorySegment next() {
      if (used == capacity) {
        throw new IllegalStateException("all " + capacity + " requests are in use; wait for them first");
      }
      return handles.asSlice((long) used++ * lib.abi().handleBytes(), lib.abi().handleBytes());
    }
  }

  /** Room for {@code capacity} outstanding requests, {@code >= 1}. */
  public Requests requests(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be >= 1, got " + capacity);
    }
    return new Requests(capacity);
  }

  public void isend(MemorySegment buf, int count, Datatype type, int dest, int tag, Requests into) {
    isend(buf, count, type, dest, tag, into.next());
  }

  public void irecv(MemorySegment buf, int count, Datatype type, int source, int tag, Requests into) {
    irecv(buf, count, type, source, tag, into.next());
  }

  /** Bytes of one {@code MPI_Request} handle of this library (8 or 4). */
  public int requestBytes() {
    return lib.abi().handleBytes();
  }

  /** {@code MPI_Isend} with the request handle written into {@code slot} ({@link #requestBytes()} bytes). */
  public void isend(MemorySegment buf, int count, Datatype type, int dest, int tag, MemorySegment slot) {
    requireNative(buf, "isend");
    try {
      check("MPI_Isend", (int) Downcalls.MPI_ISEND.invokeExact(buf, count, dt(type), dest, tag, world, slot));
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  /** {@code MPI_Irecv} with the request handle written into {@code slot}. */
  public void irecv(MemorySegment buf, int count, Datatype type, int source, int tag, MemorySegment slot) {
    requireNative(buf, "irecv");
    try {
      check("MPI_Irecv", (int) Downcalls.MPI_IRECV.invokeExact(buf, count, dt(type), source, tag, world, slot));
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  /** {@code MPI_Wait} on the request in {@code slot}. */
  public void await(MemorySegment slot) {
    try {
      check("MPI_Wait", (int) Downcalls.MPI_WAIT.invokeExact(slot, statusIgnore));
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  /** {@code MPI_Test} on the request in {@code slot}: true when it has completed. */
  public boolean test(MemorySegment slot) {
    try {
      check("MPI_Test", (int) Downcalls.MPI_TEST.invokeExact(slot, flagOut, statusIgnore));
    } catch (Throwable t) {
      throw rethrow(t);
    }
    return flagOut.get(ValueLayout.JAVA_INT, 0) != 0;
  }

  /** {@code MPI_Waitall} on {@code count} request handles laid out in {@code handles}. */
  public void waitAll(MemorySegment handles, int count) {
    if (count == 0) {
      return;
    }
    try {
      check("MPI_Waitall", (int) Downcalls.MPI_WAITALL.invokeExact(count, handles, statusIgnore));
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  /** Waits for every request of {@code requests} and empties it. */
  public void waitAll(Requests requests) {
    waitAll(requests.handles, requests.used);
    requests.used = 0;
  }

  public void barrier() {
    try {
      check("MPI_Barrier", (int) Downcalls.MPI_BARRIER.invokeExact(world));
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  public void bcast(MemorySegment buf, int count, Datatype type, int root) {
    try {
      check("MPI_Bcast", (int) (buf.isNative() ? Downcalls.MPI_BCAST : Downcalls.MPI_BCAST_HEAP).invokeExact(buf, count, dt(type), root, world));
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  /** Scatters {@code chunk} elements to each rank; {@code send} is read on the root only. */
  public void scatter(MemorySegment send, MemorySegment recv, int chunk, Datatype type, int root) {
    try {
      check("MPI_Scatter", (int) (send.isNative() && recv.isNative() ? Downcalls.MPI_SCATTER : Downcalls.MPI_SCATTER_HEAP).invokeExact(send, chunk, dt(type), recv, chunk,
          dt(type), root, world));
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  public void gather(MemorySegment send, MemorySegment recv, int chunk, Datatype type, int root) {
    try {
      check("MPI_Gather", (int) (send.isNative() && recv.isNative() ? Downcalls.MPI_GATHER : Downcalls.MPI_GATHER_HEAP).invokeExact(send, chunk, dt(type), recv, chunk,
          dt(type), root, world));
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  /** {@code counts} and {@code displs} in elements, one per rank (read on the root). */
  public void scatterv(MemorySegment send, int[] counts, int[] displs, MemorySegment recv, int recvCount, Datatype type,
      int root) {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment c = a.allocateFrom(ValueLayout.JAVA_INT, counts);
      MemorySegment d = a.allocateFrom(ValueLayout.JAVA_INT, displs);
      check("MPI_Scatterv", (int) (send.isNative() && recv.isNative() ? Downcalls.MPI_SCATTERV : Downcalls.MPI_SCATTERV_HEAP).invokeExact(send, c, d, dt(type), recv, recvCount,
          dt(type), root, world));
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  public void gatherv(MemorySegment send, int sendCount, MemorySegment recv, int[] counts, int[] displs, Datatype type,
      int root) {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment c = a.allocateFrom(ValueLayout.JAVA_INT, counts);
      MemorySegment d = a.allocateFrom(ValueLayout.JAVA_INT, displs);
      check("MPI_Gatherv", (int) (send.isNative() && recv.isNative() ? Downcalls.MPI_GATHERV : Downcalls.MPI_GATHERV_HEAP).invokeExact(send, sendCount, dt(type), recv, c, d,
          dt(type), root, world));
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  public void reduce(MemorySegment send, MemorySegment recv, int count, Datatype type, Op op, int root) {
    try {
      check("MPI_Reduce", (int) (send.isNative() && recv.isNative() ? Downcalls.MPI_REDUCE : Downcalls.MPI_REDUCE_HEAP).invokeExact(send, recv, count, dt(type), op(op), root,
          world));
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  public void allReduce(MemorySegment send, MemorySegment recv, int count, Datatype type, Op op) {
    try {
      check("MPI_Allreduce", (int) (send.isNative() && recv.isNative() ? Downcalls.MPI_ALLREDUCE : Downcalls.MPI_ALLREDUCE_HEAP).invokeExact(send, recv, count, dt(type), op(op),
          world));
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  public void allGather(MemorySegment send, MemorySegment recv, int chunk, Datatype type) {
    try {
      check("MPI_Allgather", (int) (send.isNative() && recv.isNative() ? Downcalls.MPI_ALLGATHER : Downcalls.MPI_ALLGATHER_HEAP).invokeExact(send, chunk, dt(type), recv, chunk,
          dt(type), world));
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  public void allToAll(MemorySegment send, MemorySegment recv, int chunk, Datatype type) {
    try {
      check("MPI_Alltoall", (int) (send.isNative() && recv.isNative() ? Downcalls.MPI_ALLTOALL : Downcalls.MPI_ALLTOALL_HEAP).invokeExact(send, chunk, dt(type), recv, chunk,
          dt(type), world));
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  /** Ends every rank of the job with {@code code} ({@code MPI_Abort}); does not return normally. */
  public void abort(int code) {
    invokeInt2(Downcalls.MPI_ABORT, world, code);
  }

  /** {@code MPI_Finalize}, once. */
  @Override
  public void close() {
    if (!finalized) {
      finalized = true;
      check("MPI_Finalize", invokeInt(Downcalls.MPI_FINALIZE));
      arena.close();
    }
  }

  private long dt(Datatype type) {
    return datatypes[type.ordinal()];
  }

  private long op(Op op) {
    return ops[op.ordinal()];
  }



  private static void requireNative(MemorySegment buf, String call) {
    if (!buf.isNative()) {
      throw new IllegalArgumentException(call + " needs a native segment (a direct buffer): a Java array may move "
          + "while the library still uses it");
    }
  }

  private Status status(Datatype type) {
    MpiAbi abi = lib.abi();
    int count;
    try {
      check("MPI_Get_count", (int) Downcalls.MPI_GET_COUNT.invokeExact(status, dt(type), intOut));
    } catch (Throwable t) {
      throw rethrow(t);
    }
    count = intOut.get(ValueLayout.JAVA_INT, 0);
    return new Status(status.get(ValueLayout.JAVA_INT, abi.sourceOffset()), status.get(ValueLayout.JAVA_INT,
        abi.tagOffset()), count);
  }

  private int commQuery(String function) {
    try {
      check(function, (int) lib.call(function).invokeExact(world, intOut));
    } catch (Throwable t) {
      throw rethrow(t);
    }
    return intOut.get(ValueLayout.JAVA_INT, 0);
  }

  private static int invokeInt(MethodHandle mh, Object... args) {
    try {
      return (int) mh.invokeWithArguments(args);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  private static void invokeInt2(MethodHandle mh, long handle, int code) {
    try {
      int ignored = (int) mh.invokeExact(handle, code);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  private static void check(String function, int rc) {
    if (rc != 0) {
      throw new MpiError(function, rc);
    }
  }

  private static RuntimeException rethrow(Throwable t) {
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(t);
  }
}
