package org.scalebench.workloads.comm.objects;

import org.scalebench.api.mpi.BufferType;
import org.scalebench.api.mpi.MpiBlock;

/**
 * The data as a {@code double[]} (mpi4py's NumPy array with upper-case {@code Bcast}/{@code
 * Scatter}/{@code Gather}). When the size does not divide by the rank count the chunks go through
 * {@code scatterv}/{@code gatherv}.
 *
 * <p>Two of these calls take a detour inside the timed communicator, whose copies count in the
 * step: Open MPI 4.1.4's bindings mis-size the temporary buffer of the v-collectives on Java arrays
 * ({@code getCountv} multiplies displacement and count), and their {@code scatter} leaves a received
 * chunk above {@code ompi_mpi_java_eager} = 64 KiB out of the array (validate=true caught it here at
 * 100,000 elements on 2 ranks: the gathered squares were zeros). So the communicator moves arrays
 * through direct buffers in those calls, the copy a working binding would make.
 */
final class ArrayForm implements Form {
  @Override
  public String label() {
    return "array";
  }

  @Override
  public StepTimes run(Run run, double[] values) throws Exception {
    int n = run.split().elements();
    boolean root = run.rank() == 0;
    double[] data = null;
    if (root) {
      try (var span = run.clock().timer().compute(run.phase(ObjectsVsBuffersWorkload.BUILD, this))) {
        data = values.clone();
      }
    }
    MpiBlock step = run.clock().startComm(run.phase(ObjectsVsBuffersWorkload.BCAST, this));
    double[] all = root ? data : new double[n];
    step.bcast(all, n, BufferType.DOUBLE, 0);
    long bcast = step.finish();
    if (run.validate() && !root) {
      ValueChecks.values(this, ObjectsVsBuffersWorkload.BCAST, run, all, i -> i);
    }
    all = null;

    int mine = run.split().chunk(run.rank());
    step = run.clock().startComm(run.phase(ObjectsVsBuffersWorkload.SCATTER, this));
    double[] chunk = new double[mine];
    double[] send = root ? data : new double[0];
    if (run.split().even()) {
      step.scatter(send, chunk, mine, BufferType.DOUBLE, 0);
    } else {
      step.scatterv(send, run.split().counts(), run.split().displs(), chunk, BufferType.DOUBLE, 0);
    }
    long scatter = step.finish();

    long t = run.clock().startCompute();
    for (int i = 0; i < chunk.length; i++) {
      chunk[i] = chunk[i] * chunk[i];
    }
    long square = run.clock().stopCompute(run.phase(ObjectsVsBuffersWorkload.SQUARE, this), t);

    step = run.clock().startComm(run.phase(ObjectsVsBuffersWorkload.GATHER, this));
    double[] result = root ? new double[n] : new double[0];
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
