package org.scalebench.bench.gridsearch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.scalebench.workloads.gridsearch.data.CreditCsvReader;
import org.scalebench.workloads.gridsearch.data.CreditDataGenerator;
import org.scalebench.workloads.gridsearch.data.Dataset;
import org.scalebench.workloads.gridsearch.data.DirtCounts;
import org.scalebench.workloads.gridsearch.data.StratifiedSplit;
import org.scalebench.workloads.gridsearch.grid.Combination;
import org.scalebench.workloads.gridsearch.grid.GridKey;
import org.scalebench.workloads.gridsearch.train.FitOutcome;
import org.scalebench.workloads.gridsearch.train.XgbTrainer;

/**
 * Seconds per fit of the grid search: one XGBoost fit (train and evaluate on a 20 % stratified
 * holdout) on the generated credit-score data, the middle of the seed's grid (max_depth 6, eta 0.1,
 * subsample and colsample_bytree 0.8, min_child_weight 1), for {@code nthread} 1 and 2. The load
 * path every rank pays is {@link CleanBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class XgbFitBenchmark {
  @Param({"100000"})
  int rows;

  @Param({"100"})
  int rounds;

  @Param({"1", "2"})
  int nthread;

  private XgbTrainer trainer;
  private Combination combination;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    String csv = new CreditDataGenerator(42).generate(rows);
    Dataset data = CreditCsvReader.read(csv, "generated", new DirtCounts());
    trainer = new XgbTrainer(data, List.of(StratifiedSplit.holdout(data.labels(), 0.2, 42)), nthread, 42, 0);
    Map<String, String> v = new LinkedHashMap<>();
    v.put(GridKey.MAX_DEPTH, "6");
    v.put(GridKey.ETA, "0.1");
    v.put(GridKey.ROUNDS, Integer.toString(rounds));
    v.put(GridKey.SUBSAMPLE, "0.8");
    v.put(GridKey.COLSAMPLE_BYTREE, "0.8");
    v.put(GridKey.MIN_CHILD_WEIGHT, "1");
    combination = new Combination(0, v);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    trainer.close();
  }

  @Benchmark
  public FitOutcome fit() {
    return trainer.fit(combination, rounds);
  }
}
