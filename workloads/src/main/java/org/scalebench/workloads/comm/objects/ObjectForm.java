package org.scalebench.workloads.comm.objects;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import mpi.MPI;
import org.scalebench.results.PhaseKind;

/**
 * The data as an {@code ArrayList<Double>} sent serialized, like mpi4py's lower-case {@code
 * bcast}/{@code scatter}/{@code gather} pickle a Python list: broadcast = serialize, broadcast the
 * length and the bytes, deserialize; scatter = serialize one sub-list per rank, scatter the lengths,
 * {@code scatterv} the bytes, deserialize; gather the reverse. Serialization and deserialization
 * count in the step, as pickling does in mpi4py's. The v-collectives use direct buffers (the
 * bindings' {@code scatterv}/{@code gatherv} bug on Java arrays, see {@link ArrayForm}).
 */
final class ObjectForm implements Form {
  @Override
  public String label() {
    return "objects";
  }

  @Override
  public StepTimes run(Run run, double[] values) throws Exception {
    int n = run.split().elements();
    int size = run.size();
    boolean root = run.rank() == 0;
    ArrayList<Double> list = null;
    if (root) {
      try (var span = run.clock().timer().compute("build-" + label())) {
        list = new ArrayList<>(n);
        for (double v : values) {
          list.add(v);
        }
      }
    }

    long t = run.clock().start();
    byte[] bytes = root ? Serialization.toBytes(list) : null;
    int[] length = {root ? bytes.length : 0};
    run.comm().bcast(length, 1, MPI.INT, 0);
    if (!root) {
      bytes = new byte[length[0]];
    }
    run.comm().bcast(bytes, length[0], MPI.BYTE, 0);
    ArrayList<Double> all = root ? list : Serialization.fromBytes(bytes, 0, length[0]);
    long moved = 4L + length[0];
    long bcast = run.clock().stop(run.phase("bcast", this), PhaseKind.COMM, t, root ? moved * (size - 1) : moved);
    long payload = root ? bytes.length : 0;
    bytes = null;
    if (run.validate() && !root) {
      ValueChecks.values(this, "bcast", run, all, i -> i);
    }
    all = null;

    t = run.clock().start();
    int[] lengths = new int[size];
    int[] displs = new int[size];
    ByteBuffer send = MPI.newByteBuffer(0);
    if (root) {
      byte[][] parts = new byte[size][];
      int total = 0;
      for (int r = 0; r < size; r++) {
        int from = run.split().displs()[r];
        parts[r] = Serialization.toBytes(new ArrayList<>(list.subList(from, from + run.split().chunk(r))));
        lengths[r] = parts[r].length;
        displs[r] = total;
        total = Math.addExact(total, parts[r].length);
      }
      send = MPI.newByteBuffer(total);
      for (byte[] part : parts) {
        send.put(part);
      }
    }
    int[] mine = new int[1];
    run.comm().scatter(lengths, 1, MPI.INT, mine, 1, MPI.INT, 0);
    ByteBuffer recv = MPI.newByteBuffer(mine[0]);
    run.comm().scatterv(send, lengths, displs, MPI.BYTE, recv, mine[0], MPI.BYTE, 0);
    byte[] received = new byte[mine[0]];
    recv.get(0, received);
    ArrayList<Double> chunk = Serialization.fromBytes(received, 0, received.length);
    long scatterBytes = root ? sumExcept(lengths, 0) + 4L * (size - 1) : mine[0] + 4L;
    long scatter = run.clock().stop(run.phase("scatter", this), PhaseKind.COMM, t, scatterBytes);
    send = null;
    recv = null;
    received = null;

    t = run.clock().start();
    chunk.replaceAll(v -> v * v);
    long square = run.clock().stop(run.phase("square", this), PhaseKind.COMPUTE, t, 0);

    t = run.clock().start();
    byte[] out = Serialization.toBytes(chunk);
    int[] outLengths = new int[size];
    run.comm().gather(new int[] {out.length}, 1, MPI.INT, outLengths, 1, MPI.INT, 0);
    outLengths[run.rank()] = out.length; // a non-root knows only its own length, all gatherv needs from it
    int[] outDispls = new int[size];
    int total = 0;
    for (int r = 0; r < size; r++) {
      outDispls[r] = total;
      total = Math.addExact(total, outLengths[r]);
    }
    ByteBuffer gathered = MPI.newByteBuffer(root ? total : 0);
    run.comm().gatherv(MPI.newByteBuffer(out.length).put(out), out.length, MPI.BYTE, gathered, outLengths, outDispls,
        MPI.BYTE, 0);
    ArrayList<Double> result = null;
    if (root) {
      byte[] all2 = new byte[total];
      gathered.get(0, all2);
      result = new ArrayList<>(n);
      for (int r = 0; r < size; r++) {
        result.addAll(Serialization.fromBytes(all2, outDispls[r], outLengths[r]));
      }
    }
    long gatherBytes = root ? sumExcept(outLengths, 0) + 4L * (size - 1) : out.length + 4L;
    long gather = run.clock().stop(run.phase("gather", this), PhaseKind.COMM, t, gatherBytes);
    if (run.validate() && root) {
      ValueChecks.values(this, "gather", run, result, i -> (double) i * i);
    }
    return new StepTimes(bcast, scatter, square, gather, payload);
  }

  private static long sumExcept(int[] values, int skip) {
    long s = 0;
    for (int i = 0; i < values.length; i++) {
      if (i != skip) {
        s += values[i];
      }
    }
    return s;
  }
}
