package org.scalebench.api;

import java.io.PrintStream;
import java.nio.file.Path;
import org.scalebench.api.mpi.MpiComm;
import org.scalebench.api.mpi.PhaseTimer;

/**
 * What a workload gets on each rank, made by the rank runtime.
 *
 * @param comm the timed communicator ({@code MPI_COMM_WORLD}), for the rank's main thread only
 * @param params the validated parameters, defaults applied (the same on every rank)
 * @param host this rank's host (the Slurm node name where there is one)
 * @param cpus worker threads this rank may use ({@code cpus-per-task}), {@code >= 1}
 * @param outputDir the run's {@code output/} directory, made by rank 0 before {@code run}; rank 0
 *     writes there, atomically (e.g. {@link OutputFiles#writeCsv}); other ranks write nothing there
 *     unless under names of their own (it may be on a shared file system)
 * @param out where rank 0 prints results for the user ({@code stdout.log}, and the terminal of a
 *     local run); on other ranks it discards what it gets
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
