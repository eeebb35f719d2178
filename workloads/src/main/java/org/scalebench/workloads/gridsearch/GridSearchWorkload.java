package org.scalebench.workloads.gridsearch;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.scalebench.api.ApiVersion;
import org.scalebench.api.ParamDef;
import org.scalebench.api.Params;
import org.scalebench.api.RankContext;
import org.scalebench.api.Workload;
import org.scalebench.api.WorkloadApi;
import org.scalebench.workloads.gridsearch.data.CreditCsvReader;
import org.scalebench.workloads.gridsearch.data.Dataset;
import org.scalebench.workloads.gridsearch.data.StratifiedSplit.Fold;
import org.scalebench.workloads.gridsearch.data.StratifiedSplit;
import org.scalebench.workloads.gridsearch.data.TableCsvReader;
import org.scalebench.workloads.gridsearch.grid.Combination;
import org.scalebench.workloads.gridsearch.schedule.CombinationResult;
import org.scalebench.workloads.gridsearch.schedule.DynamicSchedule;
import org.scalebench.workloads.gridsearch.schedule.GridSearchPhases;
import org.scalebench.workloads.gridsearch.schedule.Schedule;
import org.scalebench.workloads.gridsearch.schedule.StaticSchedule;
import org.scalebench.workloads.gridsearch.schedule.Task;
import org.scalebench.workloads.gridsearch.schedule.TaskRunner;
import org.scalebench.workloads.gridsearch.train.FitOutcome;
import org.scalebench.workloads.gridsearch.train.XgbTrainer;

/**
 * The seed's use case 4: the best XGBoost hyperparameters for the credit-score classification, or for
 * a table of the user's own ({@code target=}, {@link TableCsvReader}). Every
 * rank gets the cleaned data ({@link DataLoad}), the grid's combinations are spread over the ranks
 * ({@link StaticSchedule} or {@link DynamicSchedule}), each rank trains its share with {@code nthread}
 * XGBoost threads, the results come back to rank 0, which writes {@code output/grid.csv} ({@link
 * GridCsv}) and prints the top 5. The metrics of a combination do not depend on the rank count, the
 * scheduling or the load mode: same data, split, seed and parameters give the same model.
 */
@ApiVersion(WorkloadApi.VERSION)
public final class GridSearchWorkload implements Workload {
  static final int TOP = 5;

  @Override
  public String name() {
    return "gridsearch";
  }

  @Override
  public String summary() {
    return "XGBoost hyperparameter grid search on credit-score data or a CSV of your own, combinations spread over the ranks";
  }

  @Override
  public List<ParamDef> params() {
    return GridSearchSettings.params();
  }

  @Override
  public void validate(Params params, int ranks) {
    GridSearchSettings settings = GridSearchSettings.of(params);
    settings.checkRanks(ranks);
    if (settings.columns() != null) {
      TableCsvReader.checkHeader(settings.dataFile(), settings.columns());
    } else if (settings.dataFile() != null) {
      CreditCsvReader.checkHeader(settings.dataFile());
    }
    XgbProbe.check(settings.grid());
  }

  /** e.g. {@code "classes Good/Standard/Poor = 310/480/210"}; the names left out beyond 12 classes. */
  static String classCounts(Dataset data) {
    int[] perClass = new int[data.classes()];
    for (int l : data.labels()) {
      perClass[l]++;
    }
    String counts = Arrays.stream(perClass).mapToObj(Integer::toString)
        .collect(java.util.stream.Collectors.joining("/"));
    return data.classes() <= 12 ? "classes " + String.join("/", data.classNames()) + " = " + counts
        : data.classes() + " classes of " + Arrays.stream(perClass).min().orElse(0) + " to "
            + Arrays.stream(perClass).max().orElse(0) + " rows";
  }

  /** The next rung's tasks, as broadcast by rank 0. */
  record TaskList(List<Task> tasks) implements Serializable {}

  @Override
  public void run(RankContext ctx) throws Exception {
    GridSearchSettings s = GridSearchSettings.of(ctx.params());
    List<Combination> combinations = s.grid().combinations();
    int nthread = s.threads(ctx.cpus());
    PrintStream out = ctx.out();
    out.printf(Locale.ROOT, "grid search: %d combinations on %d rank(s), nthread %d, scheduling %s, load %s, %s%n",
        combinations.size(), ctx.size(), nthread, s.schedulingText(), s.broadcast() ? "broadcast" : "every-rank",
        s.evaluationText());

    DataLoad.Loaded loaded = DataLoad.load(ctx, s);
    Dataset data = loaded.dataset();
    if (ctx.rank() == 0) {
      out.printf(Locale.ROOT, "data: %d rows x %d features, %s, %s%n", data.rows(), data.columns(),
          classCounts(data), loaded.details());
    }
    List<Fold> folds;
    try (var span = ctx.timer().compute(GridSearchPhases.SPLIT)) {
      folds = s.folds() > 0 ? StratifiedSplit.kfold(data.labels(), s.folds(), s.seed())
          : List.of(StratifiedSplit.holdout(data.labels(), s.testFraction(), s.seed()));
    }
    XgbTrainer trainer;
    try (var span = ctx.timer().compute(GridSearchPhases.BUILD_DMATRIX)) {
      trainer = new XgbTrainer(data, folds, nthread, s.seed(), s.earlyStoppingRounds());
    }
    data = null; // the matrices hold their own copies; let the heap copy go
    loaded = null;
    try (trainer) {
      TreeMap<Integer, CombinationResult> last = search(ctx, s, combinations, runner(ctx, trainer, combinations));
      if (ctx.rank() == 0) {
        report(ctx, s, combinations, new ArrayList<>(last.values()));
      }
    }
  }

  private static TaskRunner runner(RankContext ctx, XgbTrainer trainer, List<Combination> combinations) {
    return task -> {
      long t0 = System.nanoTime();
      FitOutcome outcome = trainer.fit(combinations.get(task.combination()), task.rounds());
      long nanos = System.nanoTime() - t0;
      // not recorded here: rank 0 may train on a helper thread, and the timer belongs to the main thread
      return new CombinationResult(task, outcome.bestRounds(), outcome.metrics(), nanos / 1e9, ctx.rank(), ctx.host());
    };
  }

  /** Runs every rung; at rank 0 returns each combination's result from the last rung it reached. */
  private static TreeMap<Integer, CombinationResult> search(RankContext ctx, GridSearchSettings s,
      List<Combination> combinations, TaskRunner runner) throws Exception {
    HalvingPlan plan = s.halvingFactor() > 0 ? HalvingPlan.of(combinations.size(), s.halvingFactor())
        : HalvingPlan.none();
    Schedule schedule = s.dynamic()
        ? new DynamicSchedule(ctx.comm(), s.dedicatedDispatcher(),
            t -> combinations.get(t.combination()).cost(t.rounds()))
        : new StaticSchedule(ctx.comm());
    List<Task> tasks = new ArrayList<>();
    for (Combination c : combinations) {
      tasks.add(new Task(c.index(), plan.rounds(c.rounds(), 0), 0));
    }
    TreeMap<Integer, CombinationResult> last = new TreeMap<>();
    for (int rung = 0; rung < plan.rungs(); rung++) {
      List<CombinationResult> results = schedule.run(tasks, runner);
      if (ctx.rank() == 0) {
        checkComplete(tasks, results);
        results.forEach(r -> last.put(r.task().combination(), r));
        if (plan.rungs() > 1) {
          ctx.out().printf(Locale.ROOT, "halving rung %d: %d combinations trained%n", rung, tasks.size());
        }
      }
      if (rung == plan.rungs() - 1) {
        break;
      }
      TaskList next = null;
      if (ctx.rank() == 0) {
        List<CombinationResult> sorted = new ArrayList<>(results);
        sorted.sort(s.ranking().order());
        int keep = plan.survivors(sorted.size());
        int nextRung = rung + 1;
        next = new TaskList(sorted.subList(0, keep).stream()
            .map(r -> r.task().combination()).sorted()
            .map(i -> new Task(i, plan.rounds(combinations.get(i).rounds(), nextRung), nextRung)).toList());
      }
      tasks = ctx.comm().bcastObject(next, TaskList.class, 0, GridSearchPhases.BCAST_RUNG).tasks();
    }
    return last;
  }

  /** Every task came back exactly once (a scheduling bug must not go unnoticed into grid.csv). */
  private static void checkComplete(List<Task> tasks, List<CombinationResult> results) {
    List<Task> got = results.stream().map(CombinationResult::task)
        .sorted(Comparator.comparingInt(Task::combination)).toList();
    List<Task> want = tasks.stream().sorted(Comparator.comparingInt(Task::combination)).toList();
    if (!got.equals(want)) {
      throw new IllegalStateException("the schedule returned " + got.size() + " results for " + want.size()
          + " tasks, or different ones");
    }
  }

  /** The sum over the heap's memory pools of their peak use (an upper bound of the true peak). */
  static long peakHeapBytes() {
    long sum = 0;
    for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static void report(RankContext ctx, GridSearchSettings s, List<Combination> combinations,
      List<CombinationResult> results) throws IOException {
    List<CombinationResult> best = GridCsv.bestFirst(results, s.ranking());
    try (var span = ctx.timer().io(GridSearchPhases.WRITE_OUTPUT)) {
      GridCsv.write(ctx.outputDir().resolve("grid.csv"), best, combinations);
    }
    PrintStream out = ctx.out();
    double fitSeconds = results.stream().mapToDouble(CombinationResult::fitSeconds).sum();
    out.printf(Locale.ROOT, "%d combinations, %.3f s of fits in total; best first by %s (%s):%n", results.size(),
        fitSeconds, s.ranking().metric(), s.ranking().direction());
    List<String> keys = new ArrayList<>(combinations.get(0).values().keySet());
    out.println(GridCsv.header(keys));
    for (int i = 0; i < Math.min(TOP, best.size()); i++) {
      CombinationResult r = best.get(i);
      out.println(GridCsv.row(i + 1, r, combinations.get(r.task().combination())));
    }
    out.printf(Locale.ROOT, "rank 0 peak heap: %.0f MiB%n", peakHeapBytes() / 1048576.0);
    out.println("wrote " + ctx.outputDir().resolve("grid.csv"));
  }
}
