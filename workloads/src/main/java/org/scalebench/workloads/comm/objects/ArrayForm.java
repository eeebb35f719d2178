package org.scalebench.workloads.comm.objects;

import java.nio.DoubleBuffer;
import mpi.MPI;
import org.scalebench.results.PhaseKind;

/**
 * The data as a {@code double[]} (mpi4py's NumPy array with upper-case {@code Bcast}/{@code
 * Scatter}/{@code Gather}). When the size does not divide by the rank count the chunks go through
 * {@code scatterv}/{@code gatherv} on direct buffers: Open MPI 4.1.4's bindings mis-size the
 * temporary buffer of the v-collectives on Java arrays ({@code getCountv} multiplies displacement
 * and count), see {@code org.scalebench.api.mpi.DirectCopies}; the copies count in the step.
 *
 * <p>The even scatter receives into a direct buffer too: Open MPI 4.1.4's {@code
 * Java_mpi_Comm_scatter} copies the received chunk back into a Java array only when it is at most
 * {@code ompi_mpi_java_eager} = 64 KiB ({@code if(rItem != NULL && rBuf != NULL)} in {@code
 * ompi/mpi/java/c/mpi_Comm.c}); larger chunks were silently left as zeros, which validate=true
 * caught at 100,000 elements on 2 ranks.
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
      try (var span = run.clock().timer().compute("build-" + label())) {
        data = values.clone();
      }
    }
    long t = run.clock().start();
    double[] all = root ? data : new double[n];
    run.comm().bcast(all, n, MPI.DOUBLE, 0);
    long bcast = run.clock().stop(run.phase("bcast", this), PhaseKind.COMM, t, bcastBytes(run, n));
    if (run.validate() && !root) {
      ValueChecks.values(this, "bcast", run, all, i -> i);
    }
    all = root ? all : null;

    int mine = run.split().chunk(run.rank());
    t = run.clock().start();
    double[] chunk = new double[mine];
    if (run.split().even()) {
      // the send side is the array; the receive side goes through a direct buffer (class comment)
      DoubleBuffer recv = MPI.newDoubleBuffer(mine);
      run.comm().scatter(root ? data : new double[0], mine, MPI.DOUBLE, recv, mine, MPI.DOUBLE, 0);
      recv.get(0, chunk);
    } else {
      DoubleBuffer send = root ? MPI.newDoubleBuffer(n).put(data) : MPI.newDoubleBuffer(0);
      DoubleBuffer recv = MPI.newDoubleBuffer(mine);
      run.comm().scatterv(send, run.split().counts(), run.split().displs(), MPI.DOUBLE, recv, mine, MPI.DOUBLE, 0);
      recv.get(0, chunk);
    }
    long scatter = run.clock().stop(run.phase("scatter", this), PhaseKind.COMM, t, chunkBytes(run));

    t = run.clock().start();
    for (int i = 0; i < chunk.length; i++) {
      chunk[i] = chunk[i] * chunk[i];
    }
    long square = run.clock().stop(run.phase("square", this), PhaseKind.COMPUTE, t, 0);

    t = run.clock().start();
    double[] result = root ? new double[n] : new double[0];
    if (run.split().even()) {
      run.comm().gather(chunk, mine, MPI.DOUBLE, result, mine, MPI.DOUBLE, 0);
    } else {
      DoubleBuffer send = MPI.newDoubleBuffer(mine).put(chunk);
      DoubleBuffer recv = MPI.newDoubleBuffer(root ? n : 0);
      run.comm().gatherv(send, mine, MPI.DOUBLE, recv, run.split().counts(), run.split().displs(), MPI.DOUBLE, 0);
      if (root) {
        recv.get(0, result);
      }
    }
    long gather = run.clock().stop(run.phase("gather", this), PhaseKind.COMM, t, chunkBytes(run));
    if (run.validate() && root) {
      ValueChecks.values(this, "gather", run, result, i -> (double) i * i);
    }
    return new StepTimes(bcast, scatter, square, gather, root ? 8L * n : 0);
  }

  /** The broadcast's logical bytes at this rank (root: one copy per other rank). */
  static long bcastBytes(Form.Run run, long n) {
    return run.rank() == 0 ? 8L * n * (run.size() - 1) : 8L * n;
  }

  /** A scatter's or gather's logical bytes at this rank (root: every other rank's chunk). */
  static long chunkBytes(Form.Run run) {
    long own = run.split().chunk(run.rank());
    return 8L * (run.rank() == 0 ? run.split().elements() - own : own);
  }
}
