package org.scalebench.workloads.comm.objects;

import java.nio.DoubleBuffer;
import mpi.MPI;
import org.scalebench.results.PhaseKind;

/** The data in a direct {@code DoubleBuffer} ({@code MPI.newDoubleBuffer}), which MPI reads in place. */
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
      try (var span = run.clock().timer().compute("build-" + label())) {
        data = MPI.newDoubleBuffer(n).put(values);
        data.clear();
      }
    }
    long t = run.clock().start();
    DoubleBuffer all = root ? data : MPI.newDoubleBuffer(n);
    run.comm().bcast(all, n, MPI.DOUBLE, 0);
    long bcast = run.clock().stop(run.phase("bcast", this), PhaseKind.COMM, t, ArrayForm.bcastBytes(run, n));
    if (run.validate() && !root) {
      ValueChecks.values(this, "bcast", run, all, i -> i);
    }
    all = null;

    int mine = run.split().chunk(run.rank());
    t = run.clock().start();
    DoubleBuffer chunk = MPI.newDoubleBuffer(mine);
    DoubleBuffer send = root ? data : MPI.newDoubleBuffer(0);
    if (run.split().even()) {
      run.comm().scatter(send, mine, MPI.DOUBLE, chunk, mine, MPI.DOUBLE, 0);
    } else {
      run.comm().scatterv(send, run.split().counts(), run.split().displs(), MPI.DOUBLE, chunk, mine, MPI.DOUBLE, 0);
    }
    long scatter = run.clock().stop(run.phase("scatter", this), PhaseKind.COMM, t, ArrayForm.chunkBytes(run));

    t = run.clock().start();
    for (int i = 0; i < mine; i++) {
      double v = chunk.get(i);
      chunk.put(i, v * v);
    }
    long square = run.clock().stop(run.phase("square", this), PhaseKind.COMPUTE, t, 0);

    t = run.clock().start();
    DoubleBuffer result = MPI.newDoubleBuffer(root ? n : 0);
    if (run.split().even()) {
      run.comm().gather(chunk, mine, MPI.DOUBLE, result, mine, MPI.DOUBLE, 0);
    } else {
      run.comm().gatherv(chunk, mine, MPI.DOUBLE, result, run.split().counts(), run.split().displs(), MPI.DOUBLE, 0);
    }
    long gather = run.clock().stop(run.phase("gather", this), PhaseKind.COMM, t, ArrayForm.chunkBytes(run));
    if (run.validate() && root) {
      ValueChecks.values(this, "gather", run, result, i -> (double) i * i);
    }
    return new StepTimes(bcast, scatter, square, gather, root ? 8L * n : 0);
  }
}
