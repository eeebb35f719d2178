package org.scalebench.transport.ffm;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Run on every rank by {@link FfmTransportIT}: each call of {@link FfmMpi} with native and heap
 * buffers, checked against values every rank can compute. Prints {@code rank R of N ok FLAVOUR} or
 * the failed checks, and exits 1 on any failure.
 */
public final class FfmCheckMain {
  private static final List<String> failures = new ArrayList<>();

  private FfmCheckMain() {}

  public static void main(String[] args) {
    try (FfmMpi mpi = FfmMpi.init(); Arena arena = Arena.ofConfined()) {
      int r = mpi.rank();
      int n = mpi.size();
      check(n >= 2, "at least 2 ranks, got " + n);
      // point to point, a Java array (heap segment) and a native segment
      if (r == 0) {
        for (int dest = 1; dest < n; dest++) {
          long[] values = {dest, dest * 10L, dest * 100L};
          mpi.send(MemorySegment.ofArray(values), 3, Datatype.LONG, dest, 7);
          MemorySegment d = arena.allocate(ValueLayout.JAVA_DOUBLE, 2);
          d.setAtIndex(ValueLayout.JAVA_DOUBLE, 0, dest + 0.5);
          d.setAtIndex(ValueLayout.JAVA_DOUBLE, 1, -dest);
          mpi.send(d, 2, Datatype.DOUBLE, dest, 8);
        }
        for (int i = 1; i < n; i++) {
          FfmMpi.Status probed = mpi.probe(mpi.anySource(), 9, Datatype.INT);
          check(probed.count() == 1, "probe counts 1 int, got " + probed.count());
          int[] back = new int[1];
          FfmMpi.Status s = mpi.recv(MemorySegment.ofArray(back), 1, Datatype.INT, probed.source(), 9);
          check(s.source() == probed.source() && s.tag() == 9, "status of the reply: " + s);
          check(back[0] == probed.source() * 3, "reply from " + s.source() + " is " + back[0]);
        }
      } else {
        long[] values = new long[3];
        FfmMpi.Status s = mpi.recv(MemorySegment.ofArray(values), 3, Datatype.LONG, 0, 7);
        check(Arrays.equals(values, new long[] {r, r * 10L, r * 100L}), "longs " + Arrays.toString(values));
        check(s.source() == 0 && s.tag() == 7 && s.count() == 3, "status " + s);
        MemorySegment d = arena.allocate(ValueLayout.JAVA_DOUBLE, 2);
        mpi.recv(d, 2, Datatype.DOUBLE, mpi.anySource(), mpi.anyTag());
        check(d.getAtIndex(ValueLayout.JAVA_DOUBLE, 0) == r + 0.5 && d.getAtIndex(ValueLayout.JAVA_DOUBLE, 1) == -r,
            "doubles");
        mpi.send(MemorySegment.ofArray(new int[] {r * 3}), 1, Datatype.INT, 0, 9);
      }
      // a ring with sendrecv
      int[] mine = {r};
      int[] left = new int[1];
      mpi.sendrecv(MemorySegment.ofArray(mine), 1, (r + 1) % n, 3, MemorySegment.ofArray(left), 1, (r + n - 1) % n, 3,
          Datatype.INT);
      check(left[0] == (r + n - 1) % n, "ring got " + left[0]);
      // non-blocking, native segments
      MemorySegment out = arena.allocate(ValueLayout.JAVA_INT);
      MemorySegment in = arena.allocate(ValueLayout.JAVA_INT);
      out.set(ValueLayout.JAVA_INT, 0, 1000 + r);
      FfmMpi.Requests reqs = mpi.requests(2);
      mpi.irecv(in, 1, Datatype.INT, (r + n - 1) % n, 4, reqs);
      mpi.isend(out, 1, Datatype.INT, (r + 1) % n, 4, reqs);
      mpi.waitAll(reqs);
      check(in.get(ValueLayout.JAVA_INT, 0) == 1000 + (r + n - 1) % n, "irecv got " + in.get(ValueLayout.JAVA_INT, 0));
      mpi.barrier();
      // collectives
      double[] b = r == 0 ? new double[] {3.25, 4.5} : new double[2];
      mpi.bcast(MemorySegment.ofArray(b), 2, Datatype.DOUBLE, 0);
      check(b[0] == 3.25 && b[1] == 4.5, "bcast " + Arrays.toString(b));
      int[] all = new int[2 * n];
      for (int i = 0; i < all.length; i++) {
        all[i] = i * i;
      }
      int[] part = new int[2];
      mpi.scatter(MemorySegment.ofArray(all), MemorySegment.ofArray(part), 2, Datatype.INT, 0);
      check(part[0] == (2 * r) * (2 * r) && part[1] == (2 * r + 1) * (2 * r + 1), "scatter " + Arrays.toString(part));
      int[] gathered = new int[2 * n];
      mpi.gather(MemorySegment.ofArray(part), MemorySegment.ofArray(gathered), 2, Datatype.INT, 0);
      check(r != 0 || Arrays.equals(gathered, all), "gather " + Arrays.toString(gathered));
      int[] counts = new int[n];
      int[] displs = new int[n];
      int total = 0;
      for (int i = 0; i < n; i++) {
        counts[i] = i + 1;
        displs[i] = total;
        total += i + 1;
      }
      long[] v = new long[total];
      for (int i = 0; i < total; i++) {
        v[i] = 7L * i;
      }
      MemorySegment vr = arena.allocate(ValueLayout.JAVA_LONG, r + 1);
      mpi.scatterv(MemorySegment.ofArray(v), counts, displs, vr, r + 1, Datatype.LONG, 0);
      check(vr.getAtIndex(ValueLayout.JAVA_LONG, r) == 7L * (displs[r] + r), "scatterv");
      long[] back = new long[total];
      mpi.gatherv(vr, r + 1, MemorySegment.ofArray(back), counts, displs, Datatype.LONG, 0);
      check(r != 0 || Arrays.equals(back, v), "gatherv " + Arrays.toString(back));
      long[] sum = new long[1];
      mpi.reduce(MemorySegment.ofArray(new long[] {r + 1}), MemorySegment.ofArray(sum), 1, Datatype.LONG, Op.SUM, 0);
      check(r != 0 || sum[0] == (long) n * (n + 1) / 2, "reduce sum " + sum[0]);
      double[] max = new double[1];
      mpi.allReduce(MemorySegment.ofArray(new double[] {r * 1.5}), MemorySegment.ofArray(max), 1, Datatype.DOUBLE,
          Op.MAX);
      check(max[0] == (n - 1) * 1.5, "allreduce max " + max[0]);
      float[] min = new float[1];
      mpi.allReduce(MemorySegment.ofArray(new float[] {r + 2f}), MemorySegment.ofArray(min), 1, Datatype.FLOAT, Op.MIN);
      check(min[0] == 2f, "allreduce min " + min[0]);
      int[] ranks = new int[n];
      mpi.allGather(MemorySegment.ofArray(new int[] {r * 11}), MemorySegment.ofArray(ranks), 1, Datatype.INT);
      for (int i = 0; i < n; i++) {
        check(ranks[i] == i * 11, "allgather " + Arrays.toString(ranks));
      }
      byte[] to = new byte[n];
      for (int i = 0; i < n; i++) {
        to[i] = (byte) (r * 16 + i);
      }
      byte[] from = new byte[n];
      mpi.allToAll(MemorySegment.ofArray(to), MemorySegment.ofArray(from), 1, Datatype.BYTE);
      for (int i = 0; i < n; i++) {
        check(from[i] == (byte) (i * 16 + r), "alltoall " + Arrays.toString(from));
      }
      double t0 = mpi.wtime();
      double t1 = mpi.wtime();
      check(Double.isFinite(t0) && t1 >= t0, "wtime " + t0 + " then " + t1);
      check(!mpi.processorName().isBlank(), "processor name");
      check(mpi.iprobe(mpi.anySource(), 99, Datatype.BYTE) == null, "iprobe with nothing pending");
      mpi.barrier();
      if (failures.isEmpty()) {
        System.out.println("rank " + r + " of " + n + " ok " + mpi.flavour() + " " + mpi.library() + " | "
            + mpi.libraryVersion().lines().findFirst().orElse(""));
      } else {
        System.out.println("rank " + r + " FAILED: " + failures);
        System.out.flush();
        mpi.abort(1);
      }
    }
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      failures.add(what);
    }
  }
}
