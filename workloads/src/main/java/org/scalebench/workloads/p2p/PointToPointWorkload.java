package org.scalebench.workloads.p2p;

import java.util.ArrayList;
import java.util.List;
import org.scalebench.api.ApiVersion;
import org.scalebench.api.OutputFiles;
import org.scalebench.api.ParamDef;
import org.scalebench.api.RankContext;
import org.scalebench.api.Workload;
import org.scalebench.api.WorkloadApi;

/**
 * The seed's examples 0 and 1: rank 0 sends {@code value + r} to every other rank r, which doubles
 * it and sends it back. Values travel as serialized objects, like mpi4py's lower-case {@code send}.
 * On one rank there is no partner: the run records no exchange and says so.
 */
@ApiVersion(WorkloadApi.VERSION)
public final class PointToPointWorkload implements Workload {
  /** The format version of its output table ({@link org.scalebench.api.OutputFiles}). */
  static final int CSV_SCHEMA_VERSION = 1;

  private static final int TAG = 7;

  /** Phases: rank 0's sends and receives, the others' doubling, rank 0 writing {@code p2p.csv}. */
  static final String SEND = "send";
  static final String RECV = "recv";
  static final String DOUBLE = "double";
  static final String WRITE_OUTPUT = "write-output";

  @Override
  public String name() {
    return "p2p";
  }

  @Override
  public String summary() {
    return "rank 0 sends value+r to each rank r and gets the doubled value back";
  }

  @Override
  public List<ParamDef> params() {
    return List.of(ParamDef.longIn("value", 42, -1_000_000_000L, 1_000_000_000L,
        "the number rank 0 sends (plus the destination rank)"));
  }

  @Override
  public void run(RankContext ctx) throws Exception {
    long value = ctx.params().longValue("value");
    if (ctx.rank() == 0) {
      if (ctx.size() == 1) {
        ctx.out().println("Rank 0 is alone: no other rank to exchange with");
      }
      for (int r = 1; r < ctx.size(); r++) {
        ctx.comm().sendObject(value + r, r, TAG, SEND);
      }
      List<String> rows = new ArrayList<>();
      for (int r = 1; r < ctx.size(); r++) {
        long result = ctx.comm().recvObject(Long.class, r, TAG, RECV);
        ctx.out().println("Rank 0 received result: " + result + " from rank " + r);
        if (result != 2 * (value + r)) {
          throw new IllegalStateException("rank " + r + " answered " + result + ", expected " + 2 * (value + r));
        }
        rows.add(r + "," + (value + r) + "," + result);
      }
      try (var io = ctx.timer().io(WRITE_OUTPUT)) {
        OutputFiles.writeCsv(ctx.outputDir().resolve("p2p.csv"), CSV_SCHEMA_VERSION, "rank,sent,received", rows);
      }
    } else {
      long received = ctx.comm().recvObject(Long.class, 0, TAG, RECV);
      long computed;
      try (var span = ctx.timer().compute(DOUBLE)) {
        computed = received * 2;
      }
      ctx.comm().sendObject(computed, 0, TAG, SEND);
    }
  }
}
