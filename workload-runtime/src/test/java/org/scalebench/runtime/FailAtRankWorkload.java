package org.scalebench.runtime;

import java.util.List;
import org.scalebench.api.ApiVersion;
import org.scalebench.api.ParamDef;
import org.scalebench.api.RankContext;
import org.scalebench.api.Workload;
import org.scalebench.api.WorkloadApi;
import org.scalebench.results.BadInputException;

/**
 * A test-only workload whose rank {@code rank} fails after a first barrier while every other rank
 * waits in a second one, which only the failing rank's abort can end.
 */
@ApiVersion(WorkloadApi.VERSION)
public final class FailAtRankWorkload implements Workload {
  static final String NAME = "fail-at-rank";
  static final String BEFORE = "before";
  static final String AFTER = "after";

  static String message(int rank) {
    return "planted failure at rank " + rank;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String summary() {
    return "test only: one rank fails while the others wait in a barrier";
  }

  @Override
  public List<ParamDef> params() {
    return List.of(ParamDef.longIn("rank", 1, 0, 1_000, "the rank that fails"),
        ParamDef.choice("bad-input", "false", List.of("true", "false"),
            "fail with bad input (the sentence alone) rather than an error (its class and message)"));
  }

  @Override
  public void run(RankContext ctx) throws Exception {
    int failing = ctx.params().intValue("rank");
    ctx.comm().barrier(BEFORE);
    if (ctx.rank() == failing) {
      throw Boolean.parseBoolean(ctx.params().text("bad-input")) ? new BadInputException(message(failing))
          : new IllegalStateException(message(failing));
    }
    ctx.comm().barrier(AFTER);
  }
}
