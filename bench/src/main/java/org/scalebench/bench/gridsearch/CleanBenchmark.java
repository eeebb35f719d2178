package org.scalebench.bench.gridsearch;

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
import org.scalebench.workloads.gridsearch.data.CreditCsvReader;
import org.scalebench.workloads.gridsearch.data.CreditDataGenerator;
import org.scalebench.workloads.gridsearch.data.Dataset;
import org.scalebench.workloads.gridsearch.data.DirtCounts;

/**
 * Parsing and cleaning the generated credit-score CSV text: the {@code clean-data} phase every rank
 * pays with {@code load=every-rank}. Apart from {@link XgbFitBenchmark}, whose {@code nthread} it does
 * not depend on and whose XGBoost matrices it does not need.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CleanBenchmark {
  @Param({"100000"})
  int rows;

  private String csv;

  @Setup(Level.Trial)
  public void setUp() {
    csv = new CreditDataGenerator(42).generate(rows);
  }

  @Benchmark
  public Dataset clean() {
    return CreditCsvReader.read(csv, "generated", new DirtCounts());
  }
}
