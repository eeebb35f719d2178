package org.scalebench.workloads.comm.pingpong;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import mpi.MPIException;
import org.scalebench.results.PhaseKind;
import org.scalebench.api.ParamDef;
import org.scalebench.api.Params;
import org.scalebench.api.Workload;
import org.scalebench.workloads.comm.BatchTiming;
import org.scalebench.workloads.comm.BufferKind;
import org.scalebench.workloads.comm.CommParams;
import org.scalebench.workloads.comm.HeapBudget;
import org.scalebench.workloads.comm.Iterations;
import org.scalebench.workloads.comm.LoopRecords;
import org.scalebench.workloads.comm.MessageBuffer;
import org.scalebench.workloads.comm.ResultTable;
import org.scalebench.api.mpi.PhaseTimer;
import org.scalebench.api.RankContext;

/**
 * Point-to-point micro-benchmarks between ranks 0 and 1, after the OSU Micro-Benchmarks ({@code
 * osu_latency}, {@code osu_bw}, {@code osu_bibw}; Panda et al., mvapich.cse.ohio-state.edu/benchmarks)
 * and their Java port OMB-J (Al-Attar et al., 2022): one-way latency of a ping-pong, the bandwidth
 * of a window of messages, and the bidirectional bandwidth, for message sizes {@code min-bytes ..
 * max-bytes} in powers of two, with Java arrays and/or direct buffers.
 *
 * <p>Writes {@code latency.csv} and {@code bandwidth.csv}; MB is 10^6 bytes (OSU's unit). {@code
 * latency_us} and {@code bandwidth_MB_per_s} come from the median of ten batches of the timed
 * iterations ({@link BatchTiming}: robust to a preempted rank on a shared machine), the {@code
 * _mean_} columns are OSU's mean over all timed iterations. Ranks beyond 1 only join the barrier
 * before each size.
 */
public final class PingPongWorkload implements Workload {
  @Override
  public String name() {
    return "pingpong";
  }

  @Override
  public String summary() {
    return "OSU-style latency, bandwidth and bidirectional bandwidth between ranks 0 and 1, arrays vs direct buffers";
  }

  @Override
  public int minRanks() {
    return 2;
  }

  @Override
  public List<ParamDef> params() {
    List<ParamDef> defs = new ArrayList<>();
    defs.add(CommParams.minBytes(1));
    defs.add(CommParams.maxBytes(16L << 20));
    defs.addAll(Iterations.params(1000, 100, 100, 10));
    defs.addAll(Iterations.params("bw-", "bandwidth rounds", 100, 10, 20, 2));
    defs.add(ParamDef.longIn("window", 64, 1, 1024, "messages in flight per bandwidth round (OSU's window size)"));
    defs.add(ParamDef.longIn("jvm-warmup", 10_000, 0, 100_000_000,
        "untimed round trips of min-bytes before the first size, so that the JIT has compiled the loops"));
    defs.add(CommParams.buffer("both"));
    defs.add(CommParams.validate());
    return defs;
  }

  @Override
  public void validate(Params params, int ranks) {
    List<Integer> sizes = CommParams.sizes(params);
    long max = sizes.get(sizes.size() - 1);
    int kinds = BufferKind.parse(params.text("buffer")).size();
    HeapBudget.require(2L * kinds * max, "max-bytes=" + params.text("max-bytes") + " with buffer="
        + params.text("buffer") + " (a send and a receive buffer of " + max + " bytes per kind)",
        "lower max-bytes");
  }

  @Override
  public void run(RankContext ctx) throws Exception {
    Params p = ctx.params();
    List<Integer> sizes = CommParams.sizes(p);
    Iterations latencyCounts = Iterations.from(p);
    Iterations bandwidthCounts = Iterations.from(p, "bw-");
    int window = p.intValue("window");
    boolean check = CommParams.validate(p);
    int maxBytes = sizes.get(sizes.size() - 1);
    boolean active = ctx.rank() < 2;
    PingPongLoops loops = active ? new PingPongLoops(ctx.comm().raw(), ctx.rank()) : null;
    PhaseTimer timer = ctx.timer();

    ResultTable latency = new ResultTable(List.of("bytes", "buffer", "iterations", "latency_us", "latency_mean_us",
        "validated"));
    ResultTable bandwidth = new ResultTable(List.of("bytes", "buffer", "test", "mode", "window", "iterations",
        "bandwidth_MB_per_s", "bandwidth_mean_MB_per_s", "validated"));
    for (BufferKind kind : BufferKind.parse(p.text("buffer"))) {
      MessageBuffer send = active ? MessageBuffer.allocate(kind, maxBytes) : null;
      MessageBuffer recv = active ? MessageBuffer.allocate(kind, maxBytes) : null;
      if (active) {
        try (var span = timer.compute("fill")) {
          send.fill(0, maxBytes, 0);
        }
        long t0 = System.nanoTime();
        loops.latency(send, recv, sizes.get(0), p.intValue("jvm-warmup"), 0);
        LoopRecords.comm(timer, "warmup", System.nanoTime() - t0, 2L * sizes.get(0) * p.intValue("jvm-warmup"), 1);
      }
      for (int bytes : sizes) {
        ctx.comm().barrier("sync");
        if (!active) {
          continue;
        }
        try (var span = timer.compute("fill")) {
          send.fill(0, bytes, bytes);
        }
        Pass pass = new Pass(ctx, loops, send, recv, bytes, kind);
        double[] us = pass.latency(latencyCounts, check);
        latency.add(List.of(Integer.toString(bytes), kind.label(), Integer.toString(latencyCounts.timed(bytes)),
            fmt("%.3f", us[0]), fmt("%.3f", us[1]), yesNo(check)));
        double[] bw = pass.bandwidth(bandwidthCounts, window, check);
        bandwidth.add(List.of(Integer.toString(bytes), kind.label(), "bw",
            kind == BufferKind.DIRECT ? "isend/irecv" : "send/recv", Integer.toString(window),
            Integer.toString(bandwidthCounts.timed(bytes)), fmt("%.2f", bw[0]), fmt("%.2f", bw[1]), yesNo(check)));
        if (kind == BufferKind.DIRECT) {
          double[] bibw = pass.bidirectional(bandwidthCounts, window, check);
          bandwidth.add(List.of(Integer.toString(bytes), kind.label(), "bibw", "isend/irecv", Integer.toString(window),
              Integer.toString(bandwidthCounts.timed(bytes)), fmt("%.2f", bibw[0]), fmt("%.2f", bibw[1]),
              yesNo(check)));
        }
      }
    }
    if (ctx.rank() == 0) {
      latency.print(ctx.out(), "one-way latency (ping-pong between ranks 0 and 1)");
      bandwidth.print(ctx.out(), "bandwidth, window of " + window + " messages (MB = 10^6 bytes)");
      try (var io = timer.io("write-output")) {
        latency.writeCsv(ctx.outputDir().resolve("latency.csv"));
        bandwidth.writeCsv(ctx.outputDir().resolve("bandwidth.csv"));
      }
    }
  }

  /** One message size on one buffer kind: the three tests, their records and their checks. */
  private record Pass(RankContext ctx, PingPongLoops loops, MessageBuffer send, MessageBuffer recv, int bytes,
      BufferKind kind) {

    /** One-way latency in microseconds: {median batch, mean}. */
    double[] latency(Iterations counts, boolean check) throws MPIException {
      int timed = counts.timed(bytes);
      int untimed = counts.untimed(bytes);
      long t0 = System.nanoTime();
      BatchTiming clock = loops.latency(send, recv, bytes, untimed, timed);
      record("latency-" + kind.label(), clock.totalNanos(), System.nanoTime() - t0, 2L * bytes * timed, 2L * timed);
      if (check) {
        try (var span = ctx.timer().compute("validate")) {
          recv.scramble(0, bytes, bytes);
          loops.latency(send, recv, bytes, 0, 1);
          // rank 1 echoes what it got, so rank 0's copy proves both directions
          requireIntact("latency");
        }
      }
      // one round trip per iteration: one-way time is half of it
      return new double[] {clock.medianNanos() / 2e3, clock.meanNanos() / 2e3};
    }

    /** Unidirectional bandwidth in MB/s: {median batch, mean}. */
    double[] bandwidth(Iterations counts, int window, boolean check) throws MPIException {
      int timed = counts.timed(bytes);
      long t0 = System.nanoTime();
      BatchTiming clock = loops.bandwidth(send, recv, bytes, window, counts.untimed(bytes), timed);
      record("bw-" + kind.label(), clock.totalNanos(), System.nanoTime() - t0, ((long) window * bytes + 4) * timed,
          (window + 1L) * timed);
      if (check) {
        try (var span = ctx.timer().compute("validate")) {
          recv.scramble(0, bytes, bytes);
          loops.bandwidth(send, recv, bytes, window, 0, 1);
          if (ctx.rank() == 1) {
            requireIntact("bandwidth");
          }
        }
      }
      return megabytesPerSecond((double) bytes * window, clock);
    }

    /** Bidirectional bandwidth in MB/s, both directions together: {median batch, mean}. */
    double[] bidirectional(Iterations counts, int window, boolean check) throws MPIException {
      int timed = counts.timed(bytes);
      long t0 = System.nanoTime();
      BatchTiming clock = loops.bidirectional(send, recv, bytes, window, counts.untimed(bytes), timed);
      record("bibw-" + kind.label(), clock.totalNanos(), System.nanoTime() - t0, 2L * window * bytes * timed, 2L * window * timed);
      if (check) {
        try (var span = ctx.timer().compute("validate")) {
          recv.scramble(0, bytes, bytes);
          loops.bidirectional(send, recv, bytes, window, 0, 1);
          requireIntact("bidirectional bandwidth");
        }
      }
      return megabytesPerSecond(2.0 * bytes * window, clock);
    }

    /** {median batch, mean} in MB/s (10^6 bytes per second) for {@code bytesPerRound}. */
    private static double[] megabytesPerSecond(double bytesPerRound, BatchTiming clock) {
      return new double[] {bytesPerRound / clock.medianNanos() * 1e3, bytesPerRound / clock.meanNanos() * 1e3};
    }

    /**
     * Records the timed rounds in {@code phase} and the untimed ones in "warmup".
     *
     * @param bytes bytes this rank sent plus received in the timed rounds
     * @param calls MPI calls of the timed rounds
     */
    private void record(String phase, long timedNanos, long totalNanos, long bytes, long calls) {
      LoopRecords.comm(ctx.timer(), phase, timedNanos, bytes, calls);
      ctx.timer().add("warmup", PhaseKind.COMM, totalNanos - timedNanos, 0, 0);
    }

    private void requireIntact(String test) {
      int bad = recv.firstMismatch(0, bytes, bytes);
      if (bad >= 0) {
        throw new IllegalStateException(String.format(Locale.ROOT,
            "validation failed: %s with %s buffers, %d-byte message: rank %d received a wrong byte at offset %d",
            test, kind.label(), bytes, ctx.rank(), bad));
      }
    }
  }

  private static String fmt(String pattern, double value) {
    return String.format(Locale.ROOT, pattern, value);
  }

  private static String yesNo(boolean b) {
    return b ? "yes" : "no";
  }
}
