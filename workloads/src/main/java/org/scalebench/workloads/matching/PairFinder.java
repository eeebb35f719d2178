package org.scalebench.workloads.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * All pairs of a tile whose score reaches the threshold: the kernel an MPI rank runs per tile.
 *
 * <p>Each left string is prepared once as the bit-parallel pattern and run against the right
 * strings of the tile. With pruning on, three exact filters skip work without changing the result:
 *
 * <ol>
 *   <li>length: the LCS is at most the shorter length (the distance at least the length difference),
 *       so whole length classes of the right list are skipped; the right strings are indexed by
 *       length once, in the constructor;
 *   <li>character bag: {@link BagBound} bounds the LCS from above (the distance from below) with
 *       four popcounts;
 *   <li>early exit: the kernel stops once the pair can no longer reach the bound.
 * </ol>
 *
 * All three compare integers against {@link ThresholdBounds}, which is derived from the metric's
 * own double expression, so a pair sitting exactly on the threshold is kept either way. Because the
 * length classes are visited class by class, a left string's matches are sorted by right index
 * before they are emitted.
 *
 * <p>An instance is immutable and may be shared by threads; each call allocates its own scratch.
 */
public final class PairFinder {
  private final List<PreparedString> left;
  private final List<PreparedString> right;
  private final MatchSpec spec;
  private final ThresholdBounds bounds;
  /** Distinct lengths of the right strings, ascending, and the right indices of each (ascending). */
  private final int[] rightLengths;
  private final int[][] rightIndicesByLength;

  public PairFinder(List<PreparedString> left, List<PreparedString> right, MatchSpec spec) {
    this.left = List.copyOf(Objects.requireNonNull(left, "left must not be null"));
    this.right = List.copyOf(Objects.requireNonNull(right, "right must not be null"));
    this.spec = Objects.requireNonNull(spec, "spec must not be null");
    this.bounds = new ThresholdBounds(spec.metric(), spec.threshold(), maxLength(this.left),
        maxLength(this.right));
    Map<Integer, List<Integer>> byLength = new TreeMap<>();
    for (int i = 0; i < this.right.size(); i++) {
      byLength.computeIfAbsent(this.right.get(i).lengthCodePoints(), k -> new ArrayList<>()).add(i);
    }
    rightLengths = new int[byLength.size()];
    rightIndicesByLength = new int[byLength.size()][];
    int k = 0;
    for (Map.Entry<Integer, List<Integer>> entry : byLength.entrySet()) {
      rightLengths[k] = entry.getKey();
      rightIndicesByLength[k] = entry.getValue().stream().mapToInt(Integer::intValue).toArray();
      k++;
    }
  }

  public MatchSpec spec() {
    return spec;
  }

  public int leftSize() {
    return left.size();
  }

  public int rightSize() {
    return right.size();
  }

  /** The matching pairs of the whole grid, in left then right order (convenience for small inputs). */
  public List<MatchPair> findAll() {
    List<MatchPair> pairs = new ArrayList<>();
    findPairs(Tile.all(left.size(), right.size()),
        (l, r, score) -> pairs.add(new MatchPair(l, r, score)));
    return pairs;
  }

  /**
   * Emits every pair of {@code tile} whose score reaches the threshold to {@code sink}, in left
   * index then right index order, and returns where the tile's pairs went.
   *
   * @throws IllegalArgumentException if the tile reaches beyond the lists
   */
  public TileStats findPairs(Tile tile, PairSink sink) {
    Objects.requireNonNull(sink, "sink must not be null");
    if (tile.leftTo() > left.size() || tile.rightTo() > right.size()) {
      throw new IllegalArgumentException("tile " + tile + " reaches beyond the lists of " + left.size()
          + " left and " + right.size() + " right strings");
    }
    Scratch scratch = new Scratch(spec.metric());
    return spec.pruning() ? pruned(tile, sink, scratch) : exhaustive(tile, sink, scratch);
  }

  private TileStats exhaustive(Tile tile, PairSink sink, Scratch scratch) {
    SimilarityMetric metric = spec.metric();
    long matches = 0;
    for (int l = tile.leftFrom(); l < tile.leftTo(); l++) {
      PreparedString a = left.get(l);
      scratch.reset(a);
      for (int r = tile.rightFrom(); r < tile.rightTo(); r++) {
        PreparedString b = right.get(r);
        int measure = scratch.exactMeasure(b);
        double score = metric.score(measure, a.lengthCodePoints(), b.lengthCodePoints());
        if (score >= spec.threshold()) {
          sink.accept(l, r, score);
          matches++;
        }
      }
    }
    return new TileStats(tile.pairs(), 0, 0, tile.pairs(), matches);
  }

  private TileStats pruned(Tile tile, PairSink sink, Scratch scratch) {
    boolean ratio = spec.metric() == SimilarityMetric.INDEL_RATIO;
    long visited = 0;
    long prunedByBag = 0;
    long kernelCalls = 0;
    long matches = 0;
    // the tile's slice of each length class is the same for every left row
    int[] fromByLength = new int[rightLengths.length];
    int[] toByLength = new int[rightLengths.length];
    for (int k = 0; k < rightLengths.length; k++) {
      fromByLength[k] = lowerBound(rightIndicesByLength[k], tile.rightFrom());
      toByLength[k] = lowerBound(rightIndicesByLength[k], tile.rightTo());
    }
    for (int l = tile.leftFrom(); l < tile.leftTo(); l++) {
      PreparedString a = left.get(l);
      int la = a.lengthCodePoints();
      boolean prepared = false;
      scratch.found = 0;
      for (int k = 0; k < rightLengths.length; k++) {
        int lb = rightLengths[k];
        if (!bounds.lengthsFeasible(la, lb)) {
          continue;
        }
        int[] indices = rightIndicesByLength[k];
        int from = fromByLength[k];
        int to = toByLength[k];
        visited += to - from;
        // the same integer bound serves every right string of this length
        int bound = ratio ? bounds.minLcs(la + lb) : bounds.maxDistance(Math.max(la, lb));
        for (int i = from; i < to; i++) {
          int r = indices[i];
          PreparedString b = right.get(r);
          if (ratio
              ? Math.min(la - BagBound.unmatched(a, b), lb - BagBound.unmatched(b, a)) < bound
              : Math.max(BagBound.unmatched(a, b), BagBound.unmatched(b, a)) > bound) {
            prunedByBag++;
            continue;
          }
          if (!prepared) {
            scratch.reset(a);
            prepared = true;
          }
          kernelCalls++;
          int measure = scratch.boundedMeasure(b, bound);
          if (bounds.accepts(measure, la, lb)) {
            scratch.add(r, measure);
          }
        }
      }
      matches += scratch.found;
      emitSorted(l, a, scratch, sink);
    }
    return new TileStats(tile.pairs(), tile.pairs() - visited, prunedByBag, kernelCalls, matches);
  }

  private void emitSorted(int l, PreparedString a, Scratch scratch, PairSink sink) {
    long[] found = scratch.matches;
    Arrays.sort(found, 0, scratch.found);
    for (int i = 0; i < scratch.found; i++) {
      int r = (int) (found[i] >>> 32);
      int measure = (int) found[i];
      sink.accept(l, r, spec.metric().score(measure, a.lengthCodePoints(), right.get(r).lengthCodePoints()));
    }
  }

  /** The first position in ascending {@code sorted} whose value is at least {@code key}. */
  private static int lowerBound(int[] sorted, int key) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] < key) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private static int maxLength(List<PreparedString> strings) {
    int max = 0;
    for (PreparedString s : strings) {
      max = Math.max(max, s.lengthCodePoints());
    }
    return max;
  }

  /** Per-call state: the prepared pattern of the current left string and its matches so far. */
  private static final class Scratch {
    private final LcsPattern lcs;
    private final LevenshteinPattern levenshtein;
    /** Right index in the high 32 bits, measure in the low: sorting orders by right index. */
    private long[] matches = new long[16];
    private int found;

    Scratch(SimilarityMetric metric) {
      lcs = metric == SimilarityMetric.INDEL_RATIO ? new LcsPattern() : null;
      levenshtein = metric == SimilarityMetric.INDEL_RATIO ? null : new LevenshteinPattern();
    }

    void reset(PreparedString a) {
      if (lcs != null) {
        lcs.reset(a.codePoints());
      } else {
        levenshtein.reset(a.codePoints());
      }
    }

    int exactMeasure(PreparedString b) {
      return lcs != null ? lcs.lcs(b.codePoints()) : levenshtein.distance(b.codePoints());
    }

    /** The measure, exact when it meets {@code bound} (min LCS or max distance). */
    int boundedMeasure(PreparedString b, int bound) {
      return lcs != null ? lcs.lcs(b.codePoints(), bound) : levenshtein.distance(b.codePoints(), bound);
    }

    void add(int rightIndex, int measure) {
      if (found == matches.length) {
        matches = Arrays.copyOf(matches, found * 2);
      }
      matches[found++] = ((long) rightIndex << 32) | measure;
    }
  }
}
