package org.scalebench.workloads.gridsearch.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalebench.results.BadInputException;
import org.scalebench.workloads.gridsearch.data.StratifiedSplit.Fold;

class StratifiedSplitTest {
  /** 50 of class 0, 30 of class 1, 20 of class 2, interleaved. */
  static int[] labels() {
    int[] l = new int[100];
    for (int i = 0; i < 100; i++) {
      l[i] = i % 10 < 5 ? 0 : i % 10 < 8 ? 1 : 2;
    }
    return l;
  }

  static int count(int[] rows, int[] labels, int c) {
    return (int) Arrays.stream(rows).filter(r -> labels[r] == c).count();
  }

  @Test
  void holdoutKeepsClassProportionsAndCoversEveryRowOnce() {
    int[] labels = labels();
    Fold f = StratifiedSplit.holdout(labels, 0.2, 9);
    assertEquals(20, f.test().length);
    assertEquals(80, f.train().length);
    assertEquals(10, count(f.test(), labels, 0));
    assertEquals(6, count(f.test(), labels, 1));
    assertEquals(4, count(f.test(), labels, 2));
    boolean[] seen = new boolean[100];
    for (int[] part : List.of(f.train(), f.test())) {
      for (int r : part) {
        assertFalse(seen[r]);
        seen[r] = true;
      }
    }
    assertTrue(Arrays.equals(f.test(), Arrays.stream(f.test()).sorted().toArray()));
  }

  @Test
  void theSplitDependsOnTheSeedOnly() {
    assertArrayEquals(StratifiedSplit.holdout(labels(), 0.2, 9).test(), StratifiedSplit.holdout(labels(), 0.2, 9).test());
    assertFalse(Arrays.equals(StratifiedSplit.holdout(labels(), 0.2, 9).test(),
        StratifiedSplit.holdout(labels(), 0.2, 10).test()));
  }

  @Test
  void kfoldGivesDisjointTestFoldsOfNearlyEqualSizeAndProportion() {
    int[] labels = labels();
    List<Fold> folds = StratifiedSplit.kfold(labels, 3, 4);
    assertEquals(3, folds.size());
    int[] timesTested = new int[100];
    for (Fold f : folds) {
      assertTrue(f.test().length == 33 || f.test().length == 34, "fold size " + f.test().length);
      assertEquals(100, f.test().length + f.train().length);
      int c2 = count(f.test(), labels, 2);
      assertTrue(c2 == 6 || c2 == 7, "class 2 per fold " + c2);
      for (int r : f.test()) {
        timesTested[r]++;
      }
    }
    assertTrue(Arrays.stream(timesTested).allMatch(t -> t == 1));
  }

  @Test
  void tooFewRowsAreBadInput() {
    assertThrows(BadInputException.class, () -> StratifiedSplit.holdout(new int[] {0, 1}, 0.2, 1));
    assertThrows(BadInputException.class, () -> StratifiedSplit.kfold(new int[] {0, 1, 2}, 5, 1));
  }
}
