package org.scalebench.workloads.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairFinderTest {
  private static final double[] THRESHOLDS = {0.0, 0.5, 2.0 / 3.0, 0.8, 0.9, 1.0};

  @Test
  void pruningNeverChangesThePairsAndBothAgreeWithTheOracle() {
    RandomStrings random = new RandomStrings(2024);
    for (int round = 0; round < 12; round++) {
      List<String> left = new ArrayList<>();
      List<String> right = new ArrayList<>();
      int[] alphabet = round % 3 == 0 ? RandomStrings.DNA : RandomStrings.MIXED;
      for (int i = 0; i < 40; i++) {
        int[] a = random.next(alphabet, round % 4 == 0 ? 140 : 16);
        left.add(RandomStrings.string(a));
        // near copies make pairs at and around every threshold
        right.add(RandomStrings.string(i % 2 == 0 ? random.mutate(a, alphabet, random.nextInt(4))
            : random.next(alphabet, round % 4 == 0 ? 140 : 16)));
      }
      right.add("");
      left.add("");
      for (SimilarityMetric metric : SimilarityMetric.values()) {
        for (double t : THRESHOLDS) {
          List<MatchPair> expected = oracle(left, right, metric, t);
          List<PreparedString> l = PreparedString.ofAll(left);
          List<PreparedString> r = PreparedString.ofAll(right);
          List<MatchPair> pruned = new PairFinder(l, r, new MatchSpec(metric, t, true)).findAll();
          List<MatchPair> exhaustive = new PairFinder(l, r, new MatchSpec(metric, t, false)).findAll();
          String context = metric + " at " + t + ", round " + round;
          assertEquals(expected, exhaustive, context);
          assertEquals(expected, pruned, context);
        }
      }
    }
  }

  @Test
  void generatedNamesGiveTheSameTilesWithAndWithoutPruning() {
    NameLists names = new NameGenerator(17).generate(300, 260);
    List<PreparedString> left = PreparedString.ofAll(names.left());
    List<PreparedString> right = PreparedString.ofAll(names.right());
    for (SimilarityMetric metric : SimilarityMetric.values()) {
      PairFinder pruned = new PairFinder(left, right, new MatchSpec(metric, 0.8, true));
      PairFinder exhaustive = new PairFinder(left, right, new MatchSpec(metric, 0.8, false));
      TileStats total = TileStats.EMPTY;
      for (Tile tile : List.of(new Tile(0, 97, 0, 260), new Tile(97, 300, 0, 131),
          new Tile(97, 300, 131, 260))) {
        List<MatchPair> a = collect(pruned, tile);
        List<MatchPair> b = collect(exhaustive, tile);
        assertEquals(b, a, metric + " tile " + tile);
        total = total.plus(pruned.findPairs(tile, (x, y, s) -> { }));
      }
      assertEquals(300L * 260, total.pairs());
      assertTrue(total.matches() > 0, "the generator must produce matches at 0.8");
      assertTrue(total.kernelCalls() < total.pairs() / 2,
          "pruning should skip most pairs of name data, ran the kernel on " + total.kernelCalls());
    }
  }

  @Test
  void pairsComeInLeftThenRightOrderWithGlobalIndices() {
    List<PreparedString> left = PreparedString.ofAll(List.of("Smith", "Acme Corp", "Smyth"));
    List<PreparedString> right =
        PreparedString.ofAll(List.of("Acme Corp.", "Smith", "Smithe", "x", "Smyth", "Smith "));
    List<MatchPair> pairs = collect(new PairFinder(left, right, MatchSpec.ratioAtLeast(0.8)),
        new Tile(0, 3, 1, 6));
    List<int[]> indices = pairs.stream().map(p -> new int[] {p.leftIndex(), p.rightIndex()}).toList();
    int[][] expected = {{0, 1}, {0, 2}, {0, 4}, {0, 5}, {2, 1}, {2, 4}};
    assertEquals(expected.length, indices.size(), pairs.toString());
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i][0], indices.get(i)[0]);
      assertEquals(expected[i][1], indices.get(i)[1]);
    }
    // Smith/Smyth is exactly 0.8 and kept
    assertEquals(0.8, pairs.get(2).score(), 0.0);
  }

  @Test
  void aTileBeyondTheListsIsRejected() {
    PairFinder finder = new PairFinder(PreparedString.ofAll(List.of("a")),
        PreparedString.ofAll(List.of("b")), MatchSpec.ratioAtLeast(0.8));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> finder.findPairs(new Tile(0, 2, 0, 1), (l, r, s) -> { }));
    assertTrue(e.getMessage().contains("beyond"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Tile(3, 2, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new MatchSpec(SimilarityMetric.INDEL_RATIO, 1.5, true));
    assertThrows(IllegalArgumentException.class, () -> new MatchSpec(SimilarityMetric.INDEL_RATIO, Double.NaN, true));
  }

  private static List<MatchPair> collect(PairFinder finder, Tile tile) {
    List<MatchPair> pairs = new ArrayList<>();
    finder.findPairs(tile, (l, r, s) -> pairs.add(new MatchPair(l, r, s)));
    return pairs;
  }

  private static List<MatchPair> oracle(List<String> left, List<String> right, SimilarityMetric metric, double t) {
    List<MatchPair> pairs = new ArrayList<>();
    for (int i = 0; i < left.size(); i++) {
      for (int j = 0; j < right.size(); j++) {
        int[] a = DpOracle.cp(left.get(i));
        int[] b = DpOracle.cp(right.get(j));
        double score = metric == SimilarityMetric.INDEL_RATIO
            ? DpOracle.pythonRatio(left.get(i), right.get(j))
            : (Math.max(a.length, b.length) == 0 ? 1.0
                : 1.0 - (double) DpOracle.levenshtein(a, b) / (double) Math.max(a.length, b.length));
        if (score >= t) {
          pairs.add(new MatchPair(i, j, score));
        }
      }
    }
    return pairs;
  }
}
