package org.scalebench.workloads.comm.objects;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scalebench.api.ApiVersion;
import org.scalebench.api.ParamDef;
import org.scalebench.api.Params;
import org.scalebench.api.RankContext;
import org.scalebench.api.Workload;
import org.scalebench.api.WorkloadApi;
import org.scalebench.api.mpi.BufferType;
import org.scalebench.api.mpi.ReduceOp;
import org.scalebench.workloads.comm.CommParams;
import org.scalebench.workloads.comm.CommPhases;
import org.scalebench.workloads.comm.HeapBudget;
import org.scalebench.workloads.comm.ResultTable;

/**
 * The seed's example 3 in Java: rank 0 holds the same numbers {@code 0..n-1} as a list of boxed
 * doubles (sent serialized), a {@code double[]} and a direct {@code DoubleBuffer}; each form is
 * broadcast, scattered, squared locally and gathered, every step timed (phases {@code
 * bcast-objects}, {@code scatter-array}, {@code square-direct}, ...). A size that does not divide
 * by the rank count is split unevenly with {@code scatterv}/{@code gatherv}, never truncated.
 *
 * <p>The table (printed and {@code objects-vs-buffers.csv}) gives, per size and form, each step's
 * slowest rank, best of {@code repetitions}, and the total relative to the array form.
 */
@ApiVersion(WorkloadApi.VERSION)
public final class ObjectsVsBuffersWorkload implements Workload {
  /** Phase: rank 0 building {@code 0..n-1} (and, as {@code build-<form>}, each form of it). */
  static final String BUILD = "build";
  /** The steps, the first part of their phase names ({@link Form.Run#phase}) and of validation messages. */
  static final String BCAST = "bcast";
  static final String SCATTER = "scatter";
  static final String SQUARE = "square";
  static final String GATHER = "gather";

  /** Largest size: 10^8 elements (14 serialized bytes each must stay below 2^31). */
  static final long MAX_ELEMENTS = 100_000_000L;
  /**
   * Estimated peak bytes per element at rank 0 (the boxed list, its serialized copies while the
   * byte stream grows, the gathered bytes and lists, the primitive copies), for the heap check.
   */
  static final long ROOT_BYTES_PER_ELEMENT = 160;

  private static final List<Form> FORMS = List.of(new ObjectForm(), new ArrayForm(), new DirectForm());

  @Override
  public String name() {
    return "objects-vs-buffers";
  }

  @Override
  public String summary() {
    return "the seed's example 3: bcast/scatter/square/gather of serialized boxed lists vs double[] vs direct buffers";
  }

  @Override
  public List<ParamDef> params() {
    List<String> forms = FORMS.stream().map(Form::label).toList();
    return List.of(
        CommParams.positiveList("sizes", "1000,10000,100000,1000000", MAX_ELEMENTS, "data sizes in elements (doubles)"),
        ParamDef.longIn("repetitions", 3, 1, 10_000, "runs of every size and form; the table keeps the fastest"),
        new ParamDef("forms", String.join(",", forms), "the forms to compare, comma-separated ("
            + String.join(", ", forms) + ")", v -> {
              for (String f : v.split(",", -1)) {
                if (!forms.contains(f.strip())) {
                  return "has '" + f.strip() + "', which is not one of " + String.join(", ", forms);
                }
              }
              return null;
            }),
        CommParams.validate());
  }

  @Override
  public void validate(Params params, int ranks) {
    long largest = sizes(params).stream().mapToLong(Long::longValue).max().orElseThrow();
    HeapBudget.require(largest * ROOT_BYTES_PER_ELEMENT, "sizes up to " + largest + " elements (about "
        + ROOT_BYTES_PER_ELEMENT + " bytes each at rank 0 for the boxed list and its serialized copies)",
        "lower the largest size");
  }

  private static List<Long> sizes(Params p) {
    return CommParams.parseList(p.text("sizes"), MAX_ELEMENTS);
  }

  private static List<Form> forms(Params p) {
    List<Form> out = new ArrayList<>();
    for (String f : p.text("forms").split(",")) {
      FORMS.stream().filter(x -> x.label().equals(f.strip()) && !out.contains(x)).findFirst().ifPresent(out::add);
    }
    return out;
  }

  @Override
  public void run(RankContext ctx) throws Exception {
    Params p = ctx.params();
    List<Form> forms = forms(p);
    int repetitions = p.intValue("repetitions");
    boolean root = ctx.rank() == 0;
    StepClock clock = new StepClock(ctx.comm());
    ResultTable table = new ResultTable(List.of("elements", "ranks", "form", "split", "bcast_ms", "scatter_ms",
        "square_ms", "gather_ms", "total_ms", "total_vs_array", "bcast_payload_bytes", "validated"));
    for (long elements : sizes(p)) {
      int n = Math.toIntExact(elements);
      Split split = Split.of(n, ctx.size());
      Form.Run run = new Form.Run(ctx.rank(), ctx.size(), clock, split, CommParams.validate(p));
      double[] values = null;
      if (root) {
        try (var span = ctx.timer().compute(BUILD)) {
          values = new double[n];
          for (int i = 0; i < n; i++) {
            values[i] = i;
          }
        }
      }
      long[][] best = new long[forms.size()][];
      long[] payload = new long[forms.size()];
      for (int rep = 0; rep < repetitions; rep++) {
        long[] mine = new long[forms.size() * 4];
        for (int f = 0; f < forms.size(); f++) {
          Form.StepTimes times = forms.get(f).run(run, values);
          System.arraycopy(times.asArray(), 0, mine, 4 * f, 4);
          payload[f] = times.payloadBytes();
        }
        long[] slowest = new long[mine.length];
        ctx.comm().untimed().reduce(mine, slowest, mine.length, BufferType.LONG, ReduceOp.MAX, 0); // bookkeeping
        for (int f = 0; f < forms.size(); f++) {
          long[] steps = java.util.Arrays.copyOfRange(slowest, 4 * f, 4 * f + 4);
          if (best[f] == null || total(steps) < total(best[f])) {
            best[f] = steps;
          }
        }
      }
      if (root) {
        addRows(table, n, ctx.size(), split, forms, best, payload, run.validate());
      }
    }
    if (root) {
      table.print(ctx.out(), "objects vs buffers on " + ctx.size() + " ranks: slowest rank per step, best of "
          + repetitions + " (ms)");
      try (var io = ctx.timer().io(CommPhases.WRITE_OUTPUT)) {
        table.writeCsv(ctx.outputDir().resolve("objects-vs-buffers.csv"));
      }
    }
  }

  private static void addRows(ResultTable table, int n, int ranks, Split split, List<Form> forms, long[][] best,
      long[] payload, boolean validated) {
    int arrayIndex = -1;
    for (int f = 0; f < forms.size(); f++) {
      if (forms.get(f) instanceof ArrayForm) {
        arrayIndex = f;
      }
    }
    for (int f = 0; f < forms.size(); f++) {
      long[] s = best[f];
      String ratio = arrayIndex < 0 ? "" : String.format(Locale.ROOT, "%.2f",
          (double) total(s) / Math.max(1, total(best[arrayIndex])));
      table.add(List.of(Integer.toString(n), Integer.toString(ranks), forms.get(f).label(),
          split.even() ? "even" : "uneven (v-variants)", ms(s[0]), ms(s[1]), ms(s[2]), ms(s[3]), ms(total(s)), ratio,
          Long.toString(payload[f]), validated ? "yes" : "no"));
    }
  }

  private static long total(long[] steps) {
    long t = 0;
    for (long s : steps) {
      t += s;
    }
    return t;
  }

  private static String ms(long nanos) {
    return String.format(Locale.ROOT, "%.4f", nanos / 1e6);
  }
}
