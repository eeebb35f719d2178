package org.scalebench.workloads.hello;

import java.util.ArrayList;
import java.util.List;
import org.scalebench.api.ApiVersion;
import org.scalebench.api.OutputFiles;
import org.scalebench.api.ParamDef;
import org.scalebench.api.RankContext;
import org.scalebench.api.Workload;
import org.scalebench.api.WorkloadApi;

/**
 * The seed's first program: every rank says who it is. Rank 0 gathers the greetings so that they
 * print in rank order (ranks printing themselves would interleave arbitrarily).
 */
@ApiVersion(WorkloadApi.VERSION)
public final class HelloWorkload implements Workload {
  /** The format version of its output table ({@link org.scalebench.api.OutputFiles}). */
  static final int CSV_SCHEMA_VERSION = 1;

  /** Phases: composing the greeting, gathering the hosts at rank 0, writing {@code hello.csv}. */
  static final String GREET = "greet";
  static final String GATHER = "gather";
  static final String WRITE_OUTPUT = "write-output";

  @Override
  public String name() {
    return "hello";
  }

  @Override
  public String summary() {
    return "every rank reports its rank, the job size and its host";
  }

  @Override
  public List<ParamDef> params() {
    return List.of();
  }

  @Override
  public void run(RankContext ctx) throws Exception {
    String greeting;
    try (var span = ctx.timer().compute(GREET)) {
      greeting = "Hello from rank " + ctx.rank() + " out of " + ctx.size() + " on " + ctx.host();
    }
    List<String> all = ctx.comm().gatherObjects(ctx.host(), String.class, 0, GATHER);
    if (ctx.rank() == 0) {
      List<String> rows = new ArrayList<>();
      for (int r = 0; r < all.size(); r++) {
        ctx.out().println("Hello from rank " + r + " out of " + ctx.size() + " on " + all.get(r));
        rows.add(r + "," + ctx.size() + "," + all.get(r));
      }
      try (var io = ctx.timer().io(WRITE_OUTPUT)) {
        OutputFiles.writeCsv(ctx.outputDir().resolve("hello.csv"), CSV_SCHEMA_VERSION, "rank,size,host", rows);
      }
    }
    assert greeting.startsWith("Hello");
  }
}
