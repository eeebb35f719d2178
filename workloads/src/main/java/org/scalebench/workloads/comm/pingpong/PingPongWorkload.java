package org.scalebench.workloads.comm.pingpong;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scalebench.api.ApiVersion;
import org.scalebench.api.ParamDef;
import org.scalebench.api.Params;
import org.scalebench.api.RankContext;
import org.scalebench.api.Workload;
import org.scalebench.api.WorkloadApi;
import org.scalebench.api.mpi.MpiBlock;
import org.scalebench.api.mpi.MpiCalls;
import org.scalebench.api.mpi.MpiException;
import org.scalebench.api.mpi.PhaseTimer;
import org.scalebench.workloads.comm.BatchTiming;
import org.scalebench.workloads.comm.BufferKind;
import org.scalebench.workloads.comm.CommParams;
import org.scalebench.workloads.comm.CommPhases;
import org.scalebench.workloads.comm.HeapBudget;
import org.scalebench.workloads.comm.Iterations;
import org.scalebench.workloads.comm.MessageBuffer;
import org.scalebench.workloads.comm.ResultTable;

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
 *
 * <p>Phases: {@code latency-<buffer>}, {@code bw-<buffer>}, {@code bibw-direct} hold the timed
 * rounds (each loop one block of the timed communicator: its time, bytes and calls recorded once),
 * {@code warmup} the untimed rounds before them, {@code sync} the barrier before each size.
 */
@ApiVersion(WorkloadApi.VERSION)
public final class PingPongWorkload implements Workload {
  /** The tests, the first part of their phase names ({@link CommPhases#of}). */
  static final String LATENCY = "latency";
  static final String BANDWIDTH = "bw";
  static final String BIDIRECTIONAL = "bibw";

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
    PingPongLoops loops = active ? new PingPongLoops(ctx.rank()) : null;
    PhaseTimer timer = ctx.timer();

    ResultTable latency = new ResultTable(List.of("bytes", "buffer", "iterations", "latency_us", "latency_mean_us",
        "validated"));
    ResultTable bandwidth = new ResultTable(List.of("bytes", "buffer", "test", "mode", "window", "iterations",
        "bandwidth_MB_per_s", "bandwidth_mean_MB_per_s", "validated"));
    for (BufferKind kind : BufferKind.parse(p.text("buffer"))) {
      MessageBuffer send = active ? MessageBuffer.allocate(kind, maxBytes) : null;
      MessageBuffer recv = active ? MessageBuffer.allocate(kind, maxBytes) : null;
      if (active) {
        try (var span = timer.compute(CommPhases.FILL)) {
          send.fill(0, maxBytes, 0);
        }
        MpiBlock warmup = ctx.comm().block(CommPhases.WARMUP);
        loops.latency(warmup, send, recv, sizes.get(0), p.intValue("jvm-warmup"));
        warmup.finish();
      }
      for (int bytes : sizes) {
        ctx.comm().barrier(CommPhases.SYNC);
        if (!active) {
          continue;
        }
        try (var span = timer.compute(CommPhases.FILL)) {
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
      try (var io = timer.io(CommPhases.WRITE_OUTPUT)) {
        latency.writeCsv(ctx.outputDir().resolve("latency.csv"));
        bandwidth.writeCsv(ctx.outputDir().resolve("bandwidth.csv"));
      }
    }
  }

  /** One message size on one buffer kind: the three tests, their records and their checks. */
  private record Pass(RankContext ctx, PingPongLoops loops, MessageBuffer send, MessageBuffer recv, int bytes,
      BufferKind kind) {

    /** {@code rounds} rounds of one test on a block or the untimed view. */
    @FunctionalInterface
    private interface Rounds {
      BatchTiming run(MpiCalls calls, int rounds) throws MpiException;
    }

    /**
     * The untimed rounds in a block of phase "warmup", then the timed ones in a block of {@code
     * test}'s phase.
     *
     * @return the clock of the timed rounds
     */
    private BatchTiming measure(String test, Iterations counts, Rounds rounds) throws MpiException {
      MpiBlock warmup = ctx.comm().block(CommPhases.WARMUP);
      rounds.run(warmup, counts.untimed(bytes));
      warmup.finish();
      MpiBlock timed = ctx.comm().block(CommPhases.of(test, kind.label()));
      BatchTiming clock = rounds.run(timed, counts.timed(bytes));
      timed.finish();
      return clock;
    }

    /**
     * One untimed round after scrambling the receive buffer, then the check at {@code checkingRank}
     * (at every rank when -1).
     */
    private void validate(String test, Rounds rounds, int checkingRank) throws MpiException {
      try (var span = ctx.timer().compute(CommPhases.VALIDATE)) {
        recv.scramble(0, bytes, bytes);
        rounds.run(ctx.comm().untimed(), 1);
        if (checkingRank < 0 || ctx.rank() == checkingRank) {
          requireIntact(test);
        }
      }
    }

    /** One-way latency in microseconds: {median batch, mean}. */
    double[] latency(Iterations counts, boolean check) throws MpiException {
      Rounds rounds = (calls, n) -> loops.latency(calls, send, recv, bytes, n);
      BatchTiming clock = measure(LATENCY, counts, rounds);
      if (check) {
        validate("latency", rounds, -1); // rank 1 echoes what it got, so rank 0's copy proves both directions
      }
      // one round trip per iteration: one-way time is half of it
      return new double[] {clock.medianNanos() / 2e3, clock.meanNanos() / 2e3};
    }

    /** Unidirectional bandwidth in MB/s: {median batch, mean}. */
    double[] bandwidth(Iterations counts, int window, boolean check) throws MpiException {
      Rounds rounds = (calls, n) -> loops.bandwidth(calls, send, recv, bytes, window, n);
      BatchTiming clock = measure(BANDWIDTH, counts, rounds);
      if (check) {
        validate("bandwidth", rounds, 1);
      }
      return megabytesPerSecond((double) bytes * window, clock);
    }

    /** Bidirectional bandwidth in MB/s, both directions together: {median batch, mean}. */
    double[] bidirectional(Iterations counts, int window, boolean check) throws MpiException {
      Rounds rounds = (calls, n) -> loops.bidirectional(calls, send, recv, bytes, window, n);
      BatchTiming clock = measure(BIDIRECTIONAL, counts, rounds);
      if (check) {
        validate("bidirectional bandwidth", rounds, -1);
      }
      return megabytesPerSecond(2.0 * bytes * window, clock);
    }

    /** {median batch, mean} in MB/s (10^6 bytes per second) for {@code bytesPerRound}. */
    private static double[] megabytesPerSecond(double bytesPerRound, BatchTiming clock) {
      return new double[] {bytesPerRound / clock.medianNanos() * 1e3, bytesPerRound / clock.meanNanos() * 1e3};
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
