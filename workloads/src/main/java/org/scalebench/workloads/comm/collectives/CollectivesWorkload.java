package org.scalebench.workloads.comm.collectives;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.scalebench.api.ApiVersion;
import org.scalebench.api.ParamDef;
import org.scalebench.api.Params;
import org.scalebench.api.RankContext;
import org.scalebench.api.Workload;
import org.scalebench.api.WorkloadApi;
import org.scalebench.api.mpi.BufferType;
import org.scalebench.api.mpi.MpiBlock;
import org.scalebench.api.mpi.MpiCalls;
import org.scalebench.api.mpi.MpiComm;
import org.scalebench.api.mpi.MpiException;
import org.scalebench.api.mpi.PhaseTimer;
import org.scalebench.api.mpi.ReduceOp;
import org.scalebench.results.BadInputException;
import org.scalebench.workloads.comm.BufferKind;
import org.scalebench.workloads.comm.CommParams;
import org.scalebench.workloads.comm.CommPhases;
import org.scalebench.workloads.comm.HeapBudget;
import org.scalebench.workloads.comm.Iterations;
import org.scalebench.workloads.comm.ResultTable;

/**
 * Collective micro-benchmarks after OSU's {@code osu_barrier}, {@code osu_bcast}, {@code
 * osu_scatter}, {@code osu_gather}, {@code osu_reduce}, {@code osu_allreduce} and {@code
 * osu_alltoall}: for each size, {@code warmup + iterations} calls, each followed by a barrier (so
 * that a fast rank does not run ahead into the next call), only the calls timed; every rank's mean
 * time per call is then reduced to its minimum, mean and maximum over the ranks (OSU's "Min / Avg /
 * Max Latency"). Writes {@code collectives.csv}.
 *
 * <p>Phases: {@code <collective>-<buffer>} ({@code bcast-direct}, ...) holds the timed calls and the
 * barriers after them (one block of the timed communicator per size: its wait is the barriers, for
 * the barrier test all of it, its transfer the calls), {@code warmup} the untimed calls and their
 * barriers, {@code sync} the barrier before each size.
 */
@ApiVersion(WorkloadApi.VERSION)
public final class CollectivesWorkload implements Workload {
  private static final List<String> ALL = Arrays.stream(Collective.values()).map(Collective::label).toList();

  @Override
  public String name() {
    return "collectives";
  }

  @Override
  public String summary() {
    return "OSU-style barrier, bcast, scatter, gather, reduce, allreduce, alltoall times (min/mean/max over ranks)";
  }

  @Override
  public List<ParamDef> params() {
    List<ParamDef> defs = new ArrayList<>();
    defs.add(CommParams.minBytes(1));
    defs.add(CommParams.maxBytes(1L << 20));
    defs.addAll(Iterations.params(1000, 100, 100, 10));
    defs.add(new ParamDef("ops", String.join(",", ALL),
        "the collectives to run, comma-separated (" + String.join(", ", ALL) + ")", CollectivesWorkload::opsProblem));
    defs.add(CommParams.buffer("direct"));
    defs.add(CommParams.validate());
    return defs;
  }

  private static String opsProblem(String text) {
    for (String op : text.split(",", -1)) {
      if (!ALL.contains(op.strip())) {
        return "has '" + op.strip() + "', which is not one of " + String.join(", ", ALL);
      }
    }
    return null;
  }

  private static List<Collective> ops(Params p) {
    List<Collective> out = new ArrayList<>();
    for (String op : p.text("ops").split(",")) {
      Collective c = Collective.valueOf(op.strip().toUpperCase(Locale.ROOT));
      if (!out.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }

  @Override
  public void validate(Params params, int ranks) {
    List<Integer> sizes = CommParams.sizes(params);
    long max = sizes.get(sizes.size() - 1);
    if (max * ranks > Integer.MAX_VALUE) {
      throw new BadInputException("max-bytes=" + max + " on " + ranks + " ranks makes scatter/gather/alltoall buffers of "
          + max * ranks + " bytes, more than the 2147483647 a buffer can hold; lower max-bytes");
    }
    int kinds = BufferKind.parse(params.text("buffer")).size();
    HeapBudget.require(kinds * CollectiveData.bytesNeeded(ranks, max), "max-bytes=" + max + " on " + ranks
        + " ranks with buffer=" + params.text("buffer") + " (send and receive buffers of ranks x max-bytes)",
        "lower max-bytes");
  }

  @Override
  public void run(RankContext ctx) throws Exception {
    Params p = ctx.params();
    List<Integer> sizes = CommParams.sizes(p);
    Iterations counts = Iterations.from(p);
    boolean check = CommParams.validate(p);
    MpiComm comm = ctx.comm();
    PhaseTimer timer = ctx.timer();
    ResultTable table = new ResultTable(List.of("collective", "bytes", "buffer", "ranks", "iterations",
        "min_us", "mean_us", "max_us", "validated"));
    for (BufferKind kind : BufferKind.parse(p.text("buffer"))) {
      CollectiveData data = new CollectiveData(kind, ctx.rank(), ctx.size(), sizes.get(sizes.size() - 1));
      for (Collective c : ops(p)) {
        for (int bytes : sizes) {
          if (!c.applies(bytes, sizes.get(0))) {
            continue;
          }
          try (var span = timer.compute(CommPhases.FILL)) {
            data.fill(c, bytes);
          }
          comm.barrier(CommPhases.SYNC);
          double meanUs = timeCalls(comm, data, c, kind, bytes, counts);
          double[] stats = acrossRanks(comm.untimed(), meanUs, ctx.size());
          if (check) {
            try (var span = timer.compute(CommPhases.VALIDATE)) {
              MpiCalls untimed = comm.untimed();
              data.scramble(c, bytes);
              untimed.barrier();
              c.call(untimed, data, bytes);
              data.check(c, bytes);
            }
          }
          table.add(List.of(c.label(), Integer.toString(c.reportedBytes(bytes)), kind.label(),
              Integer.toString(ctx.size()), Integer.toString(counts.timed(bytes)), us(stats[0]), us(stats[1]),
              us(stats[2]), check ? "yes" : "no"));
        }
      }
    }
    if (ctx.rank() == 0) {
      table.print(ctx.out(), "collectives on " + ctx.size() + " ranks: time per call, min / mean / max over ranks");
      try (var io = timer.io(CommPhases.WRITE_OUTPUT)) {
        table.writeCsv(ctx.outputDir().resolve("collectives.csv"));
      }
    }
  }

  /**
   * This rank's mean microseconds per call. The untimed calls, then the timed ones, each loop one
   * block; each call is followed by a barrier so that no rank runs ahead into the next one (for the
   * barrier test too, so that it measures what the others do). The barriers' time is the block's
   * wait; the mean is the rest, the calls' time.
   */
  private static double timeCalls(MpiComm comm, CollectiveData data, Collective c, BufferKind kind, int bytes,
      Iterations counts) throws MpiException {
    MpiBlock warmup = comm.block(CommPhases.WARMUP);
    repeat(warmup, data, c, bytes, counts.untimed(bytes));
    warmup.finish();
    int timed = counts.timed(bytes);
    MpiBlock loop = comm.block(CommPhases.of(c.label(), kind.label()));
    long separatorNanos = repeat(loop, data, c, bytes, timed);
    return (loop.finish() - separatorNanos) / 1e3 / timed;
  }

  /** @return the nanoseconds of the separating barriers (the barrier test's own calls are wait too) */
  private static long repeat(MpiBlock block, CollectiveData data, Collective c, int bytes, int calls)
      throws MpiException {
    long separatorNanos = 0;
    for (int i = 0; i < calls; i++) {
      c.call(block, data, bytes);
      long waited = block.waitNanos();
      block.barrier();
      separatorNanos += block.waitNanos() - waited;
    }
    return separatorNanos;
  }

  /** {min, mean, max} of {@code value} over the ranks, at rank 0 (bookkeeping: not recorded). */
  private static double[] acrossRanks(MpiCalls untimed, double value, int size) throws MpiException {
    double[] mine = {value};
    double[] min = new double[1];
    double[] max = new double[1];
    double[] sum = new double[1];
    untimed.reduce(mine, min, 1, BufferType.DOUBLE, ReduceOp.MIN, 0);
    untimed.reduce(mine, sum, 1, BufferType.DOUBLE, ReduceOp.SUM, 0);
    untimed.reduce(mine, max, 1, BufferType.DOUBLE, ReduceOp.MAX, 0);
    return new double[] {min[0], sum[0] / size, max[0]};
  }

  private static String us(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
