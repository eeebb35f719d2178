package org.scalebench.workloads.comm.objects;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import org.scalebench.api.mpi.BufferType;
import org.scalebench.api.mpi.DirectBuffers;
import org.scalebench.api.mpi.MpiBlock;

/**
 * The data as an {@code ArrayList<Double>} sent serialized, like mpi4py's lower-case {@code
 * bcast}/{@code scatter}/{@code gather} pickle a Python list: broadcast = serialize, broadcast the
 * length and the bytes, deserialize; scatter = serialize one sub-list per rank, scatter the lengths,
 * {@code scatterv} the bytes, deserialize; gather the reverse. Serialization and deserialization
 * count in the step, as pickling does in mpi4py's. The v-collectives take direct buffers filled
 * straight from the serialized parts (a Java array would be copied into one anyway, see {@link
 * ArrayForm}).
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
      try (var span = run.clock().timer().compute(run.phase(ObjectsVsBuffersWorkload.BUILD, this))) {
        list = new ArrayList<>(n);
        for (double v : values) {
          list.add(v);
        }
      }
    }

    MpiBlock step = run.clock().startComm(run.phase(ObjectsVsBuffersWorkload.BCAST, this));
    byte[] bytes = root ? Serialization.toBytes(list) : null;
    int[] length = {root ? bytes.length : 0};
    step.bcast(length, 1, BufferType.INT, 0);
    if (!root) {
      bytes = new byte[length[0]];
    }
    step.bcast(bytes, length[0], BufferType.BYTE, 0);
    ArrayList<Double> all = root ? list : Serialization.fromBytes(bytes, 0, length[0]);
    long bcast = step.finish();
    long payload = root ? bytes.length : 0;
    bytes = null;
    if (run.validate() && !root) {
      ValueChecks.values(this, ObjectsVsBuffersWorkload.BCAST, run, all, i -> i);
    }
    all = null;

    step = run.clock().startComm(run.phase(ObjectsVsBuffersWorkload.SCATTER, this));
    int[] lengths = new int[size];
    int[] displs = new int[size];
    ByteBuffer send = DirectBuffers.bytes(0);
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
      send = DirectBuffers.bytes(total);
      for (byte[] part : parts) {
        send.put(part);
      }
    }
    int[] mine = new int[1];
    step.scatter(lengths, mine, 1, BufferType.INT, 0);
    lengths[run.rank()] = mine[0]; // a non-root knows only its own length, all scatterv needs from it
    ByteBuffer recv = DirectBuffers.bytes(mine[0]);
    step.scatterv(send, lengths, displs, recv, BufferType.BYTE, 0);
    byte[] received = new byte[mine[0]];
    recv.get(0, received);
    ArrayList<Double> chunk = Serialization.fromBytes(received, 0, received.length);
    long scatter = step.finish();
    send = null;
    recv = null;
    received = null;

    long t = run.clock().startCompute();
    chunk.replaceAll(v -> v * v);
    long square = run.clock().stopCompute(run.phase(ObjectsVsBuffersWorkload.SQUARE, this), t);

    step = run.clock().startComm(run.phase(ObjectsVsBuffersWorkload.GATHER, this));
    byte[] out = Serialization.toBytes(chunk);
    int[] outLengths = new int[size];
    step.gather(new int[] {out.length}, outLengths, 1, BufferType.INT, 0);
    outLengths[run.rank()] = out.length; // a non-root knows only its own length, all gatherv needs from it
    int[] outDispls = new int[size];
    int total = 0;
    for (int r = 0; r < size; r++) {
      outDispls[r] = total;
      total = Math.addExact(total, outLengths[r]);
    }
    ByteBuffer gathered = DirectBuffers.bytes(root ? total : 0);
    step.gatherv(DirectBuffers.bytes(out.length).put(out), gathered, outLengths, outDispls, BufferType.BYTE, 0);
    ArrayList<Double> result = null;
    if (root) {
      byte[] all2 = new byte[total];
      gathered.get(0, all2);
      result = new ArrayList<>(n);
      for (int r = 0; r < size; r++) {
        result.addAll(Serialization.fromBytes(all2, outDispls[r], outLengths[r]));
      }
    }
    long gather = step.finish();
    if (run.validate() && root) {
      ValueChecks.values(this, ObjectsVsBuffersWorkload.GATHER, run, result, i -> (double) i * i);
    }
    return new StepTimes(bcast, scatter, square, gather, payload);
  }
}
