package org.example.jacobi;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scalebench.api.ApiVersion;
import org.scalebench.api.OutputFiles;
import org.scalebench.api.ParamDef;
import org.scalebench.api.Params;
import org.scalebench.api.RankContext;
import org.scalebench.api.Workload;
import org.scalebench.api.WorkloadApi;
import org.scalebench.api.mpi.BufferType;
import org.scalebench.api.mpi.MpiComm;
import org.scalebench.api.mpi.PhaseTimer;
import org.scalebench.api.mpi.ReduceOp;
import org.scalebench.results.BadInputException;

/**
 * The 2-D heat equation on an {@code n x n} plate by Jacobi iteration: a 5-point stencil, the rows
 * split over the ranks, a halo exchange with both neighbours before every sweep (two {@code
 * sendRecv}s: nearest-neighbour communication, whose share of the time grows with the rank count),
 * and every {@code check-every} sweeps (and after the last) an allreduce of the residual, the largest
 * change of any value in that sweep.
 *
 * <p>Rank 0 prints the final residual and a checksum of the grid, and writes {@code jacobi.csv}
 * (one row: the parameters, the ranks, the residual and the checksum) and {@code residuals.csv}
 * (iteration, residual); both numbers are the same on any number of ranks.
 */
@ApiVersion(WorkloadApi.VERSION)
public final class JacobiWorkload implements Workload {
  static final String HALO = "halo";
  static final String SWEEP = "sweep";
  static final String RESIDUAL = "residual";
  static final String RESULT = "result";
  static final String WRITE = "write";
  private static final int TAG_UP = 1;
  private static final int TAG_DOWN = 2;

  @Override
  public String name() {
    return "jacobi";
  }

  @Override
  public String summary() {
    return "2-D Jacobi heat-equation stencil: rows over ranks, halo exchange each sweep, residual allreduce";
  }

  @Override
  public List<ParamDef> params() {
    return List.of(
        ParamDef.longIn("n", 512, 1, 16_384, "grid side: n x n interior points (two copies of n x n doubles in all)"),
        ParamDef.longIn("iterations", 200, 1, 1_000_000, "Jacobi sweeps"),
        ParamDef.longIn("check-every", 10, 1, 1_000_000, "sweeps between residual allreduces (and after the last)"));
  }

  @Override
  public void validate(Params params, int ranks) {
    long n = params.longValue("n");
    if (n < ranks) {
      throw new BadInputException("workload jacobi gives every rank at least one grid row: n=" + n + " is below the "
          + ranks + " ranks");
    }
  }

  @Override
  public void run(RankContext ctx) throws Exception {
    MpiComm comm = ctx.comm();
    PhaseTimer timer = ctx.timer();
    int n = ctx.params().intValue("n");
    int iterations = ctx.params().intValue("iterations");
    int checkEvery = ctx.params().intValue("check-every");
    Slab slab = new Slab(n, Rows.of(n, ctx.rank(), ctx.size()), ctx.rank() == 0);
    int above = ctx.rank() == 0 ? MpiComm.PROC_NULL : ctx.rank() - 1;
    int below = ctx.rank() == ctx.size() - 1 ? MpiComm.PROC_NULL : ctx.rank() + 1;
    double[] residual = new double[1];
    double[] local = new double[1];
    List<String> history = new ArrayList<>();
    for (int k = 1; k <= iterations; k++) {
      // first row up, the row from below into the lower halo; then last row down, from above into the upper
      comm.sendRecv(slab.firstRow(), slab.rowLength(), above, TAG_UP, slab.haloBelow(), slab.rowLength(), below,
          TAG_UP, BufferType.DOUBLE, HALO);
      comm.sendRecv(slab.lastRow(), slab.rowLength(), below, TAG_DOWN, slab.haloAbove(), slab.rowLength(), above,
          TAG_DOWN, BufferType.DOUBLE, HALO);
      try (PhaseTimer.Span s = timer.compute(SWEEP)) {
        local[0] = slab.sweep(ctx.cpus());
      }
      if (k % checkEvery == 0 || k == iterations) {
        comm.allReduce(local, residual, 1, BufferType.DOUBLE, ReduceOp.MAX, RESIDUAL);
        history.add(k + "," + residual[0]);
      }
    }
    long[] mine = {slab.checksum()};
    long[] parts = new long[ctx.rank() == 0 ? ctx.size() : 0];
    comm.gather(mine, parts, 1, BufferType.LONG, 0, RESULT);
    if (ctx.rank() != 0) {
      return;
    }
    String checksum = String.format(Locale.ROOT, "%016x", Checksum.combine(parts));
    ctx.out().printf(Locale.ROOT, "jacobi: n=%d iterations=%d ranks=%d residual=%s checksum=%s%n", n, iterations,
        ctx.size(), residual[0], checksum);
    try (PhaseTimer.Span s = timer.io(WRITE)) {
      Path summary = ctx.outputDir().resolve("jacobi.csv");
      OutputFiles.writeCsv(summary, 1, "n,iterations,check_every,ranks,residual,checksum",
          List.of(n + "," + iterations + "," + checkEvery + "," + ctx.size() + "," + residual[0] + "," + checksum));
      Path residuals = ctx.outputDir().resolve("residuals.csv");
      OutputFiles.writeCsv(residuals, 1, "iteration,residual", history);
      s.addBytes(Files.size(summary) + Files.size(residuals));
    }
  }
}
