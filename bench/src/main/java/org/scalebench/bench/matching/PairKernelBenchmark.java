package org.scalebench.bench.matching;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.scalebench.workloads.matching.LcsPattern;
import org.scalebench.workloads.matching.LevenshteinPattern;
import org.scalebench.workloads.matching.SimilarityMetric;
import org.scalebench.workloads.matching.NameGenerator;
import org.scalebench.workloads.matching.NameLists;
import org.scalebench.workloads.matching.PreparedString;

/**
 * Nanoseconds per pair on the same 1000 fixed pairs of generated names (left {@code i} against
 * right {@code i}; mostly unrelated names, with the generator's near duplicates among them, as in
 * the all-pairs grid). "Prepared" kernels have their pattern built beforehand, as in the all-pairs
 * loop where one left string meets every right string; the "withPrepare" variants rebuild it per
 * pair, the worst case.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PairKernelBenchmark {
  static final int PAIRS = 1000;

  private String[] leftText;
  private String[] rightText;
  private int[][] left;
  private int[][] right;
  private LcsPattern[] lcsPatterns;
  private LevenshteinPattern[] levenshteinPatterns;
  private final LcsPattern reusedLcs = new LcsPattern();
  private final LevenshteinPattern reusedLevenshtein = new LevenshteinPattern();
  private final PlainDp plainDp = new PlainDp();
  private final LevenshteinDistance commons = LevenshteinDistance.getDefaultInstance();

  @Setup
  public void setUp() {
    NameLists names = new NameGenerator(20240601L).generate(PAIRS, PAIRS);
    List<PreparedString> l = PreparedString.ofAll(names.left());
    List<PreparedString> r = PreparedString.ofAll(names.right());
    leftText = names.left().toArray(new String[0]);
    rightText = names.right().toArray(new String[0]);
    left = new int[PAIRS][];
    right = new int[PAIRS][];
    lcsPatterns = new LcsPattern[PAIRS];
    levenshteinPatterns = new LevenshteinPattern[PAIRS];
    for (int i = 0; i < PAIRS; i++) {
      left[i] = l.get(i).codePoints();
      right[i] = r.get(i).codePoints();
      lcsPatterns[i] = LcsPattern.of(left[i]);
      levenshteinPatterns[i] = LevenshteinPattern.of(left[i]);
    }
  }

  /** python-Levenshtein's ratio: bit-parallel LCS plus the one division. */
  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public double lcsRatioPrepared() {
    double sum = 0;
    for (int i = 0; i < PAIRS; i++) {
      sum += SimilarityMetric.INDEL_RATIO.score(lcsPatterns[i].lcs(right[i]), left[i].length, right[i].length);
    }
    return sum;
  }

  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public double lcsRatioWithPrepare() {
    double sum = 0;
    for (int i = 0; i < PAIRS; i++) {
      reusedLcs.reset(left[i]);
      sum += SimilarityMetric.INDEL_RATIO.score(reusedLcs.lcs(right[i]), left[i].length, right[i].length);
    }
    return sum;
  }

  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public long levenshteinPrepared() {
    long sum = 0;
    for (int i = 0; i < PAIRS; i++) {
      sum += levenshteinPatterns[i].distance(right[i]);
    }
    return sum;
  }

  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public long levenshteinWithPrepare() {
    long sum = 0;
    for (int i = 0; i < PAIRS; i++) {
      reusedLevenshtein.reset(left[i]);
      sum += reusedLevenshtein.distance(right[i]);
    }
    return sum;
  }

  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public long plainDynamicProgramming() {
    long sum = 0;
    for (int i = 0; i < PAIRS; i++) {
      sum += plainDp.levenshtein(left[i], right[i]);
    }
    return sum;
  }

  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public long commonsTextLevenshtein() {
    long sum = 0;
    for (int i = 0; i < PAIRS; i++) {
      sum += commons.apply(leftText[i], rightText[i]);
    }
    return sum;
  }
}
