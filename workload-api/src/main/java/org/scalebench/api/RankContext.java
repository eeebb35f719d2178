package org.scalebench.api;

import java.io.PrintStream;
import java.nio.file.Path;
import org.scalebench.api.Params;
import org.scalebench.api.mpi.MpiComm;
import org.scalebench.api.mpi.PhaseTimer;

/**
 * What a workload gets on each rank.
 *
 * @param comm the timed communicator ({@code MPI_COMM_WORLD})
 * @param params the validated parameters
 * @param host this rank's host (the Slurm node name where there is one)
 * @param cpus worker threads this rank may use ({@code cpus-per-task}), {@code >= 1}
 * @param outputDir the run's {@code output/} directory; rank 0 writes there, atomically
 * @param out where rank 0 prints results for the user
 */
public record RankContext(MpiComm comm, Params params, String host, int cpus, Path outputDir, PrintStream out) {
  public int rank() {
    return comm.rank();
  }

  public int size() {
    return comm.size();
  }

  public PhaseTimer timer() {
    return comm.timer();
  }
}
