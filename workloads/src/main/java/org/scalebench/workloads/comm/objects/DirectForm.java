package org.scalebench.workloads.comm.objects;

import java.nio.DoubleBuffer;
import org.scalebench.api.mpi.BufferType;
import org.scalebench.api.mpi.DirectBuffers;
import org.scalebench.api.mpi.MpiBlock;

/** The data in a direct {@code DoubleBuffer} ({@link DirectBuffers}), which MPI reads in place. */
final class DirectForm implements Form {
  @Override
  public String label() {
    return "direct";
  }

  @Override
  public StepTimes run(Run run, double[] values) throws Exception {
    int n = run.split().elements();
    boolean root = run.rank() == 0;
    DoubleBuffer data = null;
    if (root) {
      try (var span = run.clock().timer().compute(run.phase(ObjectsVsBuffersWorkload.BUILD, this))) {
        data = DirectBuffers.doubles(n).put(values);
        data.clear();
      }
    }
    MpiBlock step = run.clock().startComm(run.phase(ObjectsVsBuffersWorkload.BCAST, this));
    DoubleBuffer all = root ? data : DirectBuffers.doubles(n);
    step.bcast(all, n, BufferType.DOUBLE, 0);
    long bcast = step.finish();
    if (run.validate() && !root) {
      ValueChecks.values(this, ObjectsVsBuffersWorkload.BCAST, run, all, i -> i);
    }
    all = null;

    int mine = run.split().chunk(run.rank());
    step = run.clock().startComm(run.phase(ObjectsVsBuffersWorkload.SCATTER, this));
    DoubleBuffer chunk = DirectBuffers.doubles(mine);
    DoubleBuffer send = root ? data : DirectBuffers.doubles(0);
    if (run.split().even()) {
      step.scatter(send, chunk, mine, BufferType.DOUBLE, 0);
    } else {
      step.scatterv(send, run.split().counts(), run.split().displs(), chunk, BufferType.DOUBLE, 0);
    }
    long scatter = step.finish();

    long t = run.clock().startCompute();
    for (int i = 0; i < mine; i++) {
      double v = chunk.get(i);
      chunk.put(i, v * v);
    }
    long square = run.clock().stopCompute(run.phase(ObjectsVsBuffersWorkload.SQUARE, this), t);

    step = run.clock().startComm(run.phase(ObjectsVsBuffersWorkload.GATHER, this));
    DoubleBuffer result = DirectBuffers.doubles(root ? n : 0);
    if (run.split().even()) {
      step.gather(chunk, result, mine, BufferType.DOUBLE, 0);
    } else {
      step.gatherv(chunk, result, run.split().counts(), run.split().displs(), BufferType.DOUBLE, 0);
    }
    long gather = step.finish();
    if (run.validate() && root) {
      ValueChecks.values(this, ObjectsVsBuffersWorkload.GATHER, run, result, i -> (double) i * i);
    }
    return new StepTimes(bcast, scatter, square, gather, root ? 8L * n : 0);
  }
}
