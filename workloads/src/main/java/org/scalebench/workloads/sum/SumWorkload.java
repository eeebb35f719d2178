package org.scalebench.workloads.sum;

import java.util.List;
import org.scalebench.api.ApiVersion;
import org.scalebench.api.OutputFiles;
import org.scalebench.api.ParamDef;
import org.scalebench.api.Params;
import org.scalebench.api.RankContext;
import org.scalebench.api.Workload;
import org.scalebench.api.WorkloadApi;
import org.scalebench.api.mpi.BufferType;
import org.scalebench.api.mpi.ReduceOp;
import org.scalebench.results.BadInputException;

/**
 * The seed's example 2, a parallel sum: rank 0 builds {@code 0..n-1}, gives rank r the interleaved
 * chunk {@code data[r::size]} (the seed's slicing) with one scatterv, every rank sums its chunk,
 * and a reduce adds the partial sums at rank 0.
 */
@ApiVersion(WorkloadApi.VERSION)
public final class SumWorkload implements Workload {
  /** The format version of its output table ({@link org.scalebench.api.OutputFiles}). */
  static final int CSV_SCHEMA_VERSION = 1;

  /** Rank 0 holds the data twice (values and their interleaved copy), 8 bytes each. */
  private static final long ROOT_BYTES_PER_ELEMENT = 16;

  /** Phases, in the order a rank enters them ({@code build} and {@code write-output} at rank 0 only). */
  static final String BUILD = "build";
  static final String SCATTER = "scatter";
  static final String LOCAL_SUM = "local-sum";
  static final String REDUCE = "reduce";
  static final String WRITE_OUTPUT = "write-output";

  @Override
  public String name() {
    return "sum";
  }

  @Override
  public String summary() {
    return "rank 0 scatters 0..n-1 in interleaved chunks, ranks sum locally, reduce to rank 0";
  }

  @Override
  public List<ParamDef> params() {
    return List.of(ParamDef.longIn("n", 100, 1, Integer.MAX_VALUE - 16, "how many numbers to sum, 0..n-1"));
  }

  @Override
  public void validate(Params params, int ranks) {
    long n = params.longValue("n");
    long need = n * ROOT_BYTES_PER_ELEMENT;
    long max = Runtime.getRuntime().maxMemory();
    if (need > max * 3 / 4) {
      throw new BadInputException(String.format(java.util.Locale.ROOT,
          "n=%d needs about %d MiB of heap at rank 0, more than the %d MiB available; lower n or raise -Xmx",
          n, need >> 20, max >> 20));
    }
  }

  @Override
  public void run(RankContext ctx) throws Exception {
    int n = ctx.params().intValue("n");
    int size = ctx.size();
    int[] counts = new int[size];
    int[] displs = new int[size];
    for (int r = 0, offset = 0; r < size; r++) {
      counts[r] = n / size + (r < n % size ? 1 : 0);
      displs[r] = offset;
      offset += counts[r];
    }
    long[] interleaved = null;
    if (ctx.rank() == 0) {
      try (var span = ctx.timer().compute(BUILD)) {
        interleaved = new long[n];
        for (int r = 0; r < size; r++) {
          int at = displs[r];
          for (long v = r; v < n; v += size) {
            interleaved[at++] = v;
          }
        }
      }
    }
    long[] chunk = new long[counts[ctx.rank()]];
    ctx.comm().scatterv(interleaved == null ? new long[0] : interleaved, counts, displs, chunk,
        BufferType.LONG, 0, SCATTER);
    long[] local = new long[1];
    try (var span = ctx.timer().compute(LOCAL_SUM)) {
      long s = 0;
      for (long v : chunk) {
        s += v;
      }
      local[0] = s;
    }
    long[] total = new long[1];
    ctx.comm().reduce(local, total, 1, BufferType.LONG, ReduceOp.SUM, 0, REDUCE);
    if (ctx.rank() == 0) {
      long expected = (long) n * (n - 1) / 2;
      ctx.out().println("Total sum is: " + total[0]);
      if (total[0] != expected) {
        throw new IllegalStateException("the sum is " + total[0] + " but n(n-1)/2 = " + expected);
      }
      try (var io = ctx.timer().io(WRITE_OUTPUT)) {
        OutputFiles.writeCsv(ctx.outputDir().resolve("sum.csv"), CSV_SCHEMA_VERSION, "n,ranks,sum", List.of(n + "," + size + "," + total[0]));
      }
    }
  }
}
