package org.scalebench.bench.matching;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.scalebench.workloads.matching.MatchSpec;
import org.scalebench.workloads.matching.NameGenerator;
import org.scalebench.workloads.matching.NameLists;
import org.scalebench.workloads.matching.PairFinder;
import org.scalebench.workloads.matching.PreparedString;
import org.scalebench.workloads.matching.Tile;

/**
 * All-pairs throughput of {@link PairFinder} at ratio >= 0.8 on 1000 x 1000 generated names:
 * grid pairs per second (one operation = one pair of the grid, pruned or computed), with and
 * without the exact pruning.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AllPairsBenchmark {
  static final int SIZE = 1000;

  private PairFinder pruned;
  private PairFinder exhaustive;
  private final Tile tile = Tile.all(SIZE, SIZE);

  @Setup
  public void setUp() {
    NameLists names = new NameGenerator(20240601L).generate(SIZE, SIZE);
    List<PreparedString> left = PreparedString.ofAll(names.left());
    List<PreparedString> right = PreparedString.ofAll(names.right());
    pruned = new PairFinder(left, right, MatchSpec.ratioAtLeast(0.8));
    exhaustive = new PairFinder(left, right, MatchSpec.ratioAtLeast(0.8).withPruning(false));
  }

  @Benchmark
  @OperationsPerInvocation(SIZE * SIZE)
  public long ratioPruned() {
    return pruned.findPairs(tile, (l, r, score) -> { }).matches();
  }

  @Benchmark
  @OperationsPerInvocation(SIZE * SIZE)
  public long ratioWithoutPruning() {
    return exhaustive.findPairs(tile, (l, r, score) -> { }).matches();
  }
}
