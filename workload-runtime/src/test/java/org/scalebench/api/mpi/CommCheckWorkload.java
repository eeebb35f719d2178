package org.scalebench.api.mpi;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.scalebench.api.ApiVersion;
import org.scalebench.api.ParamDef;
import org.scalebench.api.RankContext;
import org.scalebench.api.Workload;
import org.scalebench.api.WorkloadApi;
import org.scalebench.api.mpi.MpiException;
import org.scalebench.results.RankRecord;

/**
 * A test-only workload that calls every public method of the timed communicator, its blocks and
 * its untimed view on every rank and checks what each rank received; a wrong value fails the rank
 * with a sentence naming the call. {@link MpiCommIT} checks the records it leaves (bytes, calls,
 * wait). Every phase below is entered once per rank unless its comment says otherwise, and the
 * untimed barrier between sections keeps one section's messages out of the next one's wildcards.
 */
@ApiVersion(WorkloadApi.VERSION)
public final class CommCheckWorkload implements Workload {
  static final String NAME = "comm-check";

  /** Elements of the small messages. */
  static final int K = 5;
  /** Doubles per rank of the array scatter: 160,000 bytes, above the bindings' 64 KiB pool. */
  static final int BIG = 20_000;
  /** Rank r's chunk of the uneven array v-collectives is {@code V * (r + 1)} elements. */
  static final int V = 10_000;
  /** Rounds of the loop block. */
  static final int ROUNDS = 10;
  /** Sends of the allocation check (per path below). */
  static final int ALLOC_SENDS = 20_000;
  static final int ALLOC_TIMED_SENDS = 1_000;
  /** The allocation a loop of {@link #ALLOC_SENDS} block sends may show in all (JIT, class loading). */
  static final long ALLOC_SLACK_BYTES = 64 * 1024;

  static final String SEND = "send";
  static final String RECV = "recv";
  /** Rank 0: {@code size - 1} calls. */
  static final String RECV_ANY = "recv-any";
  static final String SEND_TO_ZERO = "send-to-zero";
  /**
   * A chain without wrap-around, as a stencil's halo: rank r sends {@link #BIG} doubles to r + 1
   * and receives as many from r - 1 in one call, {@link MpiComm#PROC_NULL} past either end.
   */
  static final String SENDRECV = "sendrecv";
  /** Rank 0: {@code size - 1} calls each. */
  static final String SEND_OBJECT = "send-object";
  static final String RECV_OBJECT = "recv-object";
  /** Two calls each. */
  static final String ISEND = "isend";
  static final String IRECV = "irecv";
  static final String WAIT_ALL = "waitall";
  /** Rank 0: three calls; rank 1 receives them (three calls) after probing. */
  static final String PROBE_SEND = "probe-send";
  static final String PROBE_RECV = "probe-recv";
  static final String PROBE = "probe";
  static final String POLL = "poll";
  static final String BARRIER = "barrier";
  static final String BCAST = "bcast";
  static final String BCAST_OBJECT = "bcast-object";
  static final String SCATTER_ARRAY = "scatter-array";
  static final String SCATTER_DIRECT = "scatter-direct";
  static final String SCATTERV_ARRAY = "scatterv-array";
  static final String SCATTERV_DIRECT = "scatterv-direct";
  static final String GATHER = "gather";
  static final String GATHERV_ARRAY = "gatherv-array";
  static final String GATHERV_DIRECT = "gatherv-direct";
  static final String GATHER_OBJECTS = "gather-objects";
  static final String REDUCE = "reduce";
  static final String REDUCE_MAX = "reduce-max";
  static final String ALL_REDUCE = "allreduce";
  static final String ALL_GATHER = "allgather";
  static final String ALL_TO_ALL = "alltoall";
  /** Blocks: {@link #ROUNDS} rounds of a ring send, receive and barrier. */
  static final String LOOP = "loop";
  static final String BLOCK_MIXED = "block-mixed";
  static final String BLOCK_EMPTY = "block-empty";
  /** Ranks 0 and 1: {@link #ALLOC_SENDS} one-byte messages from 0 to 1 in a block. */
  static final String ALLOC_BLOCK = "alloc-block";
  /** Ranks 0 and 1: {@link #ALLOC_TIMED_SENDS} one-byte messages through the per-call path. */
  static final String ALLOC_PER_CALL = "alloc-per-call";

  /** The collectives called through the per-call path: their wait is the optional barrier's. */
  static final List<String> COLLECTIVES = List.of(BCAST, BCAST_OBJECT, SCATTER_ARRAY, SCATTER_DIRECT,
      SCATTERV_ARRAY, SCATTERV_DIRECT, GATHER, GATHERV_ARRAY, GATHERV_DIRECT, GATHER_OBJECTS, REDUCE, REDUCE_MAX,
      ALL_REDUCE, ALL_GATHER, ALL_TO_ALL);

  private static final int TAG_RING = 1;
  private static final int TAG_OBJECT = 3;
  private static final int TAG_PROBE = 4;
  private static final int TAG_IPROBE = 5;
  private static final int TAG_POLL = 6;
  private static final int TAG_NEVER = 99;
  private static final int TAG_ALLOC = 8;

  /** What rank 0 sends to rank r in the object exchange, and what r answers. */
  static String objectTo(int rank) {
    return "to rank " + rank;
  }

  static Integer objectAnswer(int rank) {
    return rank * 3;
  }

  static ArrayList<String> broadcastList() {
    return new ArrayList<>(List.of("a", "bb", "ccc"));
  }

  static String gathered(int rank) {
    return "rank " + rank;
  }

  /** Rank r's element count in the uneven v-collectives on arrays. */
  static int[] arrayCounts(int size) {
    int[] counts = new int[size];
    for (int r = 0; r < size; r++) {
      counts[r] = V * (r + 1);
    }
    return counts;
  }

  /** Rank r's element count in the uneven v-collectives on direct buffers. */
  static int[] directCounts(int size) {
    int[] counts = new int[size];
    for (int r = 0; r < size; r++) {
      counts[r] = r + 2;
    }
    return counts;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String summary() {
    return "test only: every call of the timed communicator, checked";
  }

  @Override
  public List<ParamDef> params() {
    return List.of();
  }

  @Override
  public int minRanks() {
    return 2;
  }

  @Override
  public void run(RankContext ctx) throws Exception {
    MpiComm comm = ctx.comm();
    require(comm.rank() == ctx.rank() && comm.size() == ctx.size() && comm.timer() == ctx.timer(),
        "rank(), size() and timer() agree with the context");
    MpiCalls between = comm.untimed();
    pointToPoint(comm);
    between.barrier();
    objects(comm);
    between.barrier();
    nonBlocking(comm);
    between.barrier();
    probes(comm);
    between.barrier();
    comm.barrier(BARRIER);
    rooted(comm);
    between.barrier();
    vCollectives(comm);
    between.barrier();
    reductions(comm);
    between.barrier();
    blocks(comm);
    between.barrier();
    allocation(comm);
    between.barrier();
    untimed(comm, ctx);
  }

  private static void require(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("comm-check failed: " + what);
    }
  }

  private static int prev(MpiComm comm) {
    return (comm.rank() - 1 + comm.size()) % comm.size();
  }

  private static int next(MpiComm comm) {
    return (comm.rank() + 1) % comm.size();
  }

  private static int[] ints(int count, int base) {
    int[] a = new int[count];
    for (int i = 0; i < count; i++) {
      a[i] = base + i;
    }
    return a;
  }

  /** A ring: rank 0 sends first, every other rank receives first, so no two wait on each other. */
  private static void pointToPoint(MpiComm comm) throws MpiException {
    int[] out = ints(K, comm.rank() * 100);
    int[] in = new int[K];
    int from;
    if (comm.rank() == 0) {
      comm.send(out, K, BufferType.INT, next(comm), TAG_RING, SEND);
      from = comm.recv(in, K, BufferType.INT, prev(comm), TAG_RING, RECV);
    } else {
      from = comm.recv(in, K, BufferType.INT, prev(comm), TAG_RING, RECV);
      comm.send(out, K, BufferType.INT, next(comm), TAG_RING, SEND);
    }
    require(from == prev(comm), "recv returns the sender it was given");
    require(Arrays.equals(in, ints(K, prev(comm) * 100)), "ring message from rank " + prev(comm));

    double[] row = new double[BIG];
    for (int i = 0; i < BIG; i++) {
      row[i] = comm.rank() * 1e6 + i;
    }
    double[] halo = new double[BIG];
    Arrays.fill(halo, -1);
    int up = comm.rank() == comm.size() - 1 ? MpiComm.PROC_NULL : comm.rank() + 1;
    int down = comm.rank() == 0 ? MpiComm.PROC_NULL : comm.rank() - 1;
    comm.sendRecv(row, BIG, up, TAG_RING, halo, BIG, down, TAG_RING, BufferType.DOUBLE, SENDRECV);
    for (int i = 0; i < BIG; i++) {
      double want = down == MpiComm.PROC_NULL ? -1 : down * 1e6 + i;
      require(halo[i] == want, "sendRecv element " + i + " from rank " + down + ": " + halo[i]);
    }

    long[] one = new long[1];
    if (comm.rank() == 0) {
      Set<Integer> sources = new HashSet<>();
      for (int i = 1; i < comm.size(); i++) {
        int source = comm.recv(one, 1, BufferType.LONG, MpiComm.ANY_SOURCE, MpiComm.ANY_TAG, RECV_ANY);
        require(one[0] == 7L * source, "recv from ANY_SOURCE names the sender " + source + " of " + one[0]);
        sources.add(source);
      }
      require(sources.size() == comm.size() - 1 && !sources.contains(0), "each other rank once: " + sources);
    } else {
      one[0] = 7L * comm.rank();
      comm.send(one, 1, BufferType.LONG, 0, 100 + comm.rank(), SEND_TO_ZERO);
    }
  }

  private static void objects(MpiComm comm) throws MpiException {
    if (comm.rank() == 0) {
      for (int r = 1; r < comm.size(); r++) {
        comm.sendObject(objectTo(r), r, TAG_OBJECT, SEND_OBJECT);
      }
      Set<Integer> answers = new HashSet<>();
      for (int r = 1; r < comm.size(); r++) {
        answers.add(comm.recvObject(Integer.class, MpiComm.ANY_SOURCE, TAG_OBJECT, RECV_OBJECT));
      }
      for (int r = 1; r < comm.size(); r++) {
        require(answers.contains(objectAnswer(r)), "rank " + r + " answered: " + answers);
      }
    } else {
      String got = comm.recvObject(String.class, 0, TAG_OBJECT, RECV_OBJECT);
      require(got.equals(objectTo(comm.rank())), "recvObject got '" + got + "'");
      comm.sendObject(objectAnswer(comm.rank()), 0, TAG_OBJECT, SEND_OBJECT);
    }
  }

  /** Two ring rounds of irecv + isend: one completed by waitAll, one by test; the set grows past 1. */
  private static void nonBlocking(MpiComm comm) throws MpiException {
    MpiRequests requests = new MpiRequests(1);
    for (int round = 0; round < 2; round++) {
      IntBuffer out = DirectBuffers.ints(K).put(ints(K, comm.rank() * 10 + round));
      IntBuffer in = DirectBuffers.ints(K);
      comm.irecv(in, K, BufferType.INT, prev(comm), TAG_RING, requests, IRECV);
      comm.isend(out, K, BufferType.INT, next(comm), TAG_RING, requests, ISEND);
      require(requests.pending() == 2, "two requests pending, got " + requests.pending());
      if (round == 0) {
        comm.waitAll(requests, WAIT_ALL);
      } else {
        while (!comm.test(requests)) {
          Thread.onSpinWait();
        }
      }
      require(requests.pending() == 0, "none pending after completion, got " + requests.pending());
      int[] got = new int[K];
      in.get(0, got);
      require(Arrays.equals(got, ints(K, prev(comm) * 10 + round)),
          "irecv round " + round + ": " + Arrays.toString(got));
    }
  }

  /** Rank 0 sends three messages to rank 1, which finds them by probe, iProbe and poll. */
  private static void probes(MpiComm comm) throws MpiException {
    if (comm.rank() == 0) {
      comm.send(new int[] {1, 2, 3}, 3, BufferType.INT, 1, TAG_PROBE, PROBE_SEND);
      comm.send(new long[] {4, 5}, 2, BufferType.LONG, 1, TAG_IPROBE, PROBE_SEND);
      comm.send(new byte[7], 7, BufferType.BYTE, 1, TAG_POLL, PROBE_SEND);
    } else if (comm.rank() == 1) {
      require(comm.iProbe(0, TAG_NEVER) == null, "iProbe finds nothing that was never sent");
      MpiStatus s = comm.probe(0, TAG_PROBE, PROBE);
      require(s.equals(new MpiStatus(0, TAG_PROBE, 12)) && s.count(BufferType.INT) == 3, "probe: " + s);
      try {
        s.count(BufferType.LONG);
        require(false, "12 bytes are no whole number of longs");
      } catch (IllegalStateException expected) {
        // the sentence is the point of MpiStatus.count
      }
      int[] three = new int[3];
      comm.recv(three, s.count(BufferType.INT), BufferType.INT, s.source(), s.tag(), PROBE_RECV);
      require(Arrays.equals(three, new int[] {1, 2, 3}), "probed message: " + Arrays.toString(three));
      MpiStatus i;
      while ((i = comm.iProbe(MpiComm.ANY_SOURCE, MpiComm.ANY_TAG)) == null) {
        Thread.onSpinWait();
      }
      require(i.equals(new MpiStatus(0, TAG_IPROBE, 16)), "iProbe with wildcards: " + i);
      long[] two = new long[2];
      comm.recv(two, 2, BufferType.LONG, 0, TAG_IPROBE, PROBE_RECV);
      require(Arrays.equals(two, new long[] {4, 5}), "iProbed message: " + Arrays.toString(two));
      MpiStatus p = comm.poll(0, TAG_POLL, 1_000, POLL);
      require(p.equals(new MpiStatus(0, TAG_POLL, 7)), "poll: " + p);
      comm.recv(new byte[7], 7, BufferType.BYTE, 0, TAG_POLL, PROBE_RECV);
    }
  }

  private static void rooted(MpiComm comm) throws MpiException {
    int rank = comm.rank();
    int size = comm.size();
    int last = size - 1;
    long[] b = new long[K];
    if (rank == last) {
      for (int i = 0; i < K; i++) {
        b[i] = 1000L + i;
      }
    }
    comm.bcast(b, K, BufferType.LONG, last, BCAST);
    require(b[0] == 1000 && b[K - 1] == 1000 + K - 1, "bcast from the last rank: " + Arrays.toString(b));

    ArrayList<String> list = rank == 0 ? broadcastList() : null;
    @SuppressWarnings("unchecked")
    ArrayList<String> got = comm.bcastObject(list, ArrayList.class, 0, BCAST_OBJECT);
    require(rank == 0 ? got == list : got.equals(broadcastList()), "bcastObject: " + got);

    double[] all = new double[rank == 0 ? size * BIG : 0];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    double[] chunk = new double[BIG];
    comm.scatter(all, chunk, BIG, BufferType.DOUBLE, 0, SCATTER_ARRAY);
    for (int i = 0; i < BIG; i++) {
      require(chunk[i] == (double) rank * BIG + i, "array scatter above 64 KiB, element " + i + ": " + chunk[i]);
    }

    DoubleBuffer directAll = DirectBuffers.doubles(rank == 0 ? size * K : 0);
    for (int i = 0; i < directAll.capacity(); i++) {
      directAll.put(i, i);
    }
    DoubleBuffer directChunk = DirectBuffers.doubles(K);
    comm.scatter(directAll, directChunk, K, BufferType.DOUBLE, 0, SCATTER_DIRECT);
    require(directChunk.get(K - 1) == rank * K + K - 1, "direct scatter: " + directChunk.get(K - 1));

    int[] mine = ints(K, rank * 1000);
    int[] gathered = new int[rank == 0 ? size * K : 0];
    comm.gather(mine, gathered, K, BufferType.INT, 0, GATHER);
    if (rank == 0) {
      for (int r = 0; r < size; r++) {
        require(gathered[r * K + 1] == r * 1000 + 1, "gather, chunk of rank " + r);
      }
    }

    List<String> names = comm.gatherObjects(gathered(rank), String.class, 0, GATHER_OBJECTS);
    if (rank == 0) {
      List<String> want = new ArrayList<>();
      for (int r = 0; r < size; r++) {
        want.add(gathered(r));
      }
      require(want.equals(names), "gatherObjects in rank order: " + names);
    } else {
      require(names == null, "gatherObjects gives a non-root null");
    }
  }

  private static int[] displs(int[] counts) {
    int[] displs = new int[counts.length];
    for (int r = 1; r < counts.length; r++) {
      displs[r] = displs[r - 1] + counts[r - 1];
    }
    return displs;
  }

  private static void vCollectives(MpiComm comm) throws MpiException {
    int rank = comm.rank();
    int size = comm.size();
    int[] counts = arrayCounts(size);
    int[] displs = displs(counts);
    int total = displs[size - 1] + counts[size - 1];
    long[] all = new long[rank == 0 ? total : 0];
    for (int i = 0; i < all.length; i++) {
      all[i] = 3L * i;
    }
    long[] mine = new long[counts[rank]];
    comm.scatterv(all, counts, displs, mine, BufferType.LONG, 0, SCATTERV_ARRAY);
    for (int i = 0; i < mine.length; i++) {
      require(mine[i] == 3L * (displs[rank] + i), "array scatterv, element " + i + ": " + mine[i]);
    }

    double[] back = new double[counts[rank]];
    for (int i = 0; i < back.length; i++) {
      back[i] = -mine[i];
    }
    double[] together = new double[rank == 0 ? total : 0];
    comm.gatherv(back, together, counts, displs, BufferType.DOUBLE, 0, GATHERV_ARRAY);
    if (rank == 0) {
      for (int i = 0; i < total; i++) {
        require(together[i] == -3.0 * i, "array gatherv, element " + i + ": " + together[i]);
      }
    }

    int[] small = directCounts(size);
    int[] smallDispls = displs(small);
    int smallTotal = smallDispls[size - 1] + small[size - 1];
    LongBuffer directAll = DirectBuffers.longs(rank == 0 ? smallTotal : 0);
    for (int i = 0; i < directAll.capacity(); i++) {
      directAll.put(i, 5L * i);
    }
    LongBuffer directMine = DirectBuffers.longs(small[rank]);
    comm.scatterv(directAll, small, smallDispls, directMine, BufferType.LONG, 0, SCATTERV_DIRECT);
    require(directMine.get(small[rank] - 1) == 5L * (smallDispls[rank] + small[rank] - 1), "direct scatterv");

    DoubleBuffer directBack = DirectBuffers.doubles(small[rank]);
    for (int i = 0; i < small[rank]; i++) {
      directBack.put(i, directMine.get(i) + 0.5);
    }
    DoubleBuffer directTogether = DirectBuffers.doubles(rank == 0 ? smallTotal : 0);
    comm.gatherv(directBack, directTogether, small, smallDispls, BufferType.DOUBLE, 0, GATHERV_DIRECT);
    if (rank == 0) {
      for (int i = 0; i < smallTotal; i++) {
        require(directTogether.get(i) == 5.0 * i + 0.5, "direct gatherv, element " + i);
      }
    }
  }

  private static void reductions(MpiComm comm) throws MpiException {
    int rank = comm.rank();
    int size = comm.size();
    long[] sum = new long[K];
    long[] mine = new long[K];
    for (int i = 0; i < K; i++) {
      mine[i] = rank + i;
    }
    comm.reduce(mine, sum, K, BufferType.LONG, ReduceOp.SUM, 0, REDUCE);
    if (rank == 0) {
      require(sum[2] == (long) size * (size - 1) / 2 + 2L * size, "reduce SUM: " + Arrays.toString(sum));
    }

    int[] max = new int[K];
    comm.reduce(ints(K, rank * 10), max, K, BufferType.INT, ReduceOp.MAX, size - 1, REDUCE_MAX);
    if (rank == size - 1) {
      require(Arrays.equals(max, ints(K, (size - 1) * 10)), "reduce MAX at the last rank: " + Arrays.toString(max));
    }

    double[] values = new double[K];
    for (int i = 0; i < K; i++) {
      values[i] = (rank + 1) * (i + 1.5);
    }
    double[] min = new double[K];
    comm.allReduce(values, min, K, BufferType.DOUBLE, ReduceOp.MIN, ALL_REDUCE);
    require(min[3] == 4.5, "allReduce MIN: " + Arrays.toString(min));

    int[] everyone = new int[size * K];
    comm.allGather(ints(K, rank * 10), everyone, K, BufferType.INT, ALL_GATHER);
    for (int r = 0; r < size; r++) {
      require(everyone[r * K + 4] == r * 10 + 4, "allGather, chunk of rank " + r);
    }

    int[] send = new int[size * K];
    for (int j = 0; j < size; j++) {
      for (int i = 0; i < K; i++) {
        send[j * K + i] = rank * 100 + j * 10 + i;
      }
    }
    int[] recv = new int[size * K];
    comm.allToAll(send, recv, K, BufferType.INT, ALL_TO_ALL);
    for (int q = 0; q < size; q++) {
      require(recv[q * K + 3] == q * 100 + rank * 10 + 3, "allToAll, chunk from rank " + q);
    }
  }

  private static void blocks(MpiComm comm) throws MpiException {
    int rank = comm.rank();
    MpiBlock loop = comm.block(LOOP);
    require(loop.phase().equals(LOOP) && loop.rank() == rank && loop.size() == comm.size(), "a block's identity");
    int[] out = ints(K, rank);
    int[] in = new int[K];
    for (int round = 0; round < ROUNDS; round++) {
      if (rank == 0) {
        loop.send(out, K, BufferType.INT, next(comm), TAG_RING);
        loop.recv(in, K, BufferType.INT, prev(comm), TAG_RING);
      } else {
        loop.recv(in, K, BufferType.INT, prev(comm), TAG_RING);
        loop.send(out, K, BufferType.INT, next(comm), TAG_RING);
      }
      loop.barrier();
    }
    require(Arrays.equals(in, ints(K, prev(comm))), "the loop's ring message");
    require(loop.calls() == 3L * ROUNDS && loop.bytes() == 2L * ROUNDS * K * Integer.BYTES,
        "the loop counts " + loop.calls() + " calls and " + loop.bytes() + " bytes before finishing");
    long waited = loop.waitNanos();
    long nanos = loop.finish();
    require(nanos > 0 && waited > 0 && waited <= nanos,
        "the loop's " + nanos + " ns include " + waited + " ns of wait");
    try {
      loop.finish();
      require(false, "a block finishes once");
    } catch (IllegalStateException expected) {
      // recorded once
    }

    MpiBlock mixed = comm.block(BLOCK_MIXED);
    long[] b = new long[K];
    if (rank == 0) {
      Arrays.fill(b, 42);
    }
    mixed.bcast(b, K, BufferType.LONG, 0);
    require(b[K - 1] == 42, "block bcast");
    MpiRequests requests = new MpiRequests(2);
    IntBuffer ringIn = DirectBuffers.ints(K);
    mixed.irecv(ringIn, K, BufferType.INT, prev(comm), TAG_RING, requests);
    mixed.isend(DirectBuffers.ints(K).put(ints(K, rank)), K, BufferType.INT, next(comm), TAG_RING, requests);
    mixed.waitAll(requests);
    require(ringIn.get(K - 1) == prev(comm) + K - 1 && mixed.test(requests), "block isend/irecv/waitAll/test");
    require(mixed.iProbe(MpiComm.ANY_SOURCE, TAG_NEVER) == null, "block iProbe finds nothing");
    int[] one = new int[1];
    if (rank == 0) {
      mixed.send(new int[] {9}, 1, BufferType.INT, 1, TAG_PROBE);
      MpiStatus s = mixed.poll(1, TAG_POLL, 1_000);
      mixed.recv(one, s.count(BufferType.INT), BufferType.INT, s.source(), s.tag());
      require(one[0] == 10, "block poll and recv: " + one[0]);
    } else if (rank == 1) {
      MpiStatus s = mixed.probe(0, TAG_PROBE);
      mixed.recv(one, 1, BufferType.INT, s.source(), s.tag());
      mixed.send(new int[] {one[0] + 1}, 1, BufferType.INT, 0, TAG_POLL);
    }
    mixed.finish();

    comm.block(BLOCK_EMPTY).finish();
  }

  private static long allocatedBytes() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
  }

  /**
   * The loop path allocates nothing per call: rank 0's {@link #ALLOC_SENDS} sends in a block
   * allocate less than {@link #ALLOC_SLACK_BYTES} in all, while the per-call path, which does
   * allocate (its bookkeeping), shows in the same measurement, so the measurement works.
   */
  private static void allocation(MpiComm comm) throws MpiException {
    if (comm.rank() > 1) {
      return;
    }
    ByteBuffer message = DirectBuffers.bytes(1);
    MpiBlock block = comm.block(ALLOC_BLOCK);
    long before = allocatedBytes();
    for (int i = 0; i < ALLOC_SENDS; i++) {
      if (comm.rank() == 0) {
        block.send(message, 1, BufferType.BYTE, 1, TAG_ALLOC);
      } else {
        block.recv(message, 1, BufferType.BYTE, 0, TAG_ALLOC);
      }
    }
    long blockBytes = allocatedBytes() - before;
    block.finish();
    before = allocatedBytes();
    for (int i = 0; i < ALLOC_TIMED_SENDS; i++) {
      if (comm.rank() == 0) {
        comm.send(message, 1, BufferType.BYTE, 1, TAG_ALLOC, ALLOC_PER_CALL);
      } else {
        comm.recv(message, 1, BufferType.BYTE, 0, TAG_ALLOC, ALLOC_PER_CALL);
      }
    }
    long perCallBytes = allocatedBytes() - before;
    if (comm.rank() == 0) {
      require(perCallBytes >= ALLOC_TIMED_SENDS, "the per-call path shows its allocation (" + perCallBytes
          + " bytes for " + ALLOC_TIMED_SENDS + " sends), so the measurement sees allocations");
      require(blockBytes < ALLOC_SLACK_BYTES, "a block's " + ALLOC_SENDS + " sends allocated " + blockBytes + " bytes");
    }
  }

  /** The untimed view: every kind of call again, checked, and not one record more. */
  private static void untimed(MpiComm comm, RankContext ctx) throws MpiException {
    List<RankRecord> before = ctx.timer().records(ctx.rank(), ctx.host());
    MpiCalls u = comm.untimed();
    int rank = comm.rank();
    int size = comm.size();
    require(u.rank() == rank && u.size() == size, "the untimed view's rank and size");
    u.barrier();

    int[] in = new int[K];
    if (rank == 0) {
      u.send(ints(K, 77), K, BufferType.INT, next(comm), TAG_RING);
      u.recv(in, K, BufferType.INT, prev(comm), TAG_RING);
    } else {
      u.recv(in, K, BufferType.INT, prev(comm), TAG_RING);
      u.send(ints(K, 77), K, BufferType.INT, next(comm), TAG_RING);
    }
    require(in[0] == 77, "untimed ring");

    if (rank == 0) {
      u.sendObject(objectTo(1), 1, TAG_OBJECT);
      require(u.recvObject(Integer.class, MpiComm.ANY_SOURCE, TAG_OBJECT).equals(objectAnswer(1)), "untimed objects");
    } else if (rank == 1) {
      require(u.recvObject(String.class, 0, TAG_OBJECT).equals(objectTo(1)), "untimed recvObject");
      u.sendObject(objectAnswer(1), 0, TAG_OBJECT);
    }

    FloatBuffer f = DirectBuffers.floats(K);
    if (rank == 0) {
      f.put(0, 2.5f);
    }
    u.bcast(f, K, BufferType.FLOAT, 0);
    require(f.get(0) == 2.5f, "untimed bcast of a direct float buffer");
    String word = u.bcastObject(rank == 0 ? "word" : null, String.class, 0);
    require(word.equals("word"), "untimed bcastObject");

    double[] all = new double[rank == 0 ? size * BIG : 0];
    Arrays.fill(all, 1.25);
    double[] chunk = new double[BIG];
    u.scatter(all, chunk, BIG, BufferType.DOUBLE, 0);
    require(chunk[BIG - 1] == 1.25, "untimed array scatter above 64 KiB");

    int[] counts = arrayCounts(size);
    int[] displs = displs(counts);
    int total = displs[size - 1] + counts[size - 1];
    int[] spread = ints(rank == 0 ? total : 0, 0);
    int[] mine = new int[counts[rank]];
    u.scatterv(spread, counts, displs, mine, BufferType.INT, 0);
    require(mine[mine.length - 1] == displs[rank] + counts[rank] - 1, "untimed scatterv of ints");
    int[] back = new int[rank == 0 ? total : 0];
    u.gatherv(mine, back, counts, displs, BufferType.INT, 0);
    require(rank != 0 || Arrays.equals(back, spread), "untimed gatherv of ints");

    byte[] gathered = new byte[rank == 0 ? size : 0];
    u.gather(new byte[] {(byte) rank}, gathered, 1, BufferType.BYTE, 0);
    require(rank != 0 || gathered[size - 1] == size - 1, "untimed gather of bytes");
    List<String> names = u.gatherObjects(gathered(rank), String.class, 0);
    require(rank == 0 ? names.get(size - 1).equals(gathered(size - 1)) : names == null, "untimed gatherObjects");

    float[] sum = new float[1];
    u.reduce(new float[] {rank}, sum, 1, BufferType.FLOAT, ReduceOp.SUM, 0);
    require(rank != 0 || sum[0] == size * (size - 1) / 2f, "untimed reduce of floats");
    long[] max = new long[1];
    u.allReduce(new long[] {rank}, max, 1, BufferType.LONG, ReduceOp.MAX);
    require(max[0] == size - 1, "untimed allReduce");
    long[] ranks = new long[size];
    u.allGather(new long[] {rank}, ranks, 1, BufferType.LONG);
    require(ranks[size - 1] == size - 1, "untimed allGather");
    byte[] to = new byte[size];
    Arrays.fill(to, (byte) rank);
    byte[] from = new byte[size];
    u.allToAll(to, from, 1, BufferType.BYTE);
    require(from[size - 1] == size - 1, "untimed allToAll");

    MpiRequests requests = new MpiRequests(2);
    IntBuffer ringIn = DirectBuffers.ints(1);
    u.irecv(ringIn, 1, BufferType.INT, prev(comm), TAG_RING, requests);
    u.isend(DirectBuffers.ints(1).put(0, rank), 1, BufferType.INT, next(comm), TAG_RING, requests);
    u.waitAll(requests);
    require(ringIn.get(0) == prev(comm) && u.test(requests), "untimed isend/irecv");
    if (rank == 0) {
      u.send(new int[] {1}, 1, BufferType.INT, 1, TAG_PROBE);
      u.send(new int[] {2}, 1, BufferType.INT, 1, TAG_POLL);
    } else if (rank == 1) {
      require(u.iProbe(0, TAG_NEVER) == null, "untimed iProbe");
      MpiStatus p = u.probe(0, TAG_PROBE);
      u.recv(new int[1], 1, BufferType.INT, p.source(), p.tag());
      MpiStatus q = u.poll(0, TAG_POLL, 1_000);
      u.recv(new int[1], q.count(BufferType.INT), BufferType.INT, q.source(), q.tag());
    }
    u.barrier();
    require(ctx.timer().records(ctx.rank(), ctx.host()).equals(before), "the untimed view recorded something");
  }
}
