package org.scalebench.workloads.gridsearch.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.scalebench.results.BadInputException;

/**
 * Seeded stratified splits: every class is shuffled on its own and spread over the parts, so each
 * part keeps the class proportions of the whole (up to one row per class).
 *
 * <p>The shuffle of class {@code c} is a Fisher-Yates pass driven by {@code SplittableRandom(seed)}
 * split once per class in label order, so a split depends only on the labels and the seed.
 */
public final class StratifiedSplit {
  private StratifiedSplit() {}

  /**
   * One train/test pair: {@code round(n_c * testFraction)} rows of each class {@code c} go to the test
   * part.
   *
   * @param testFraction in {@code (0, 1)}
   * @throws BadInputException when either part would be empty
   */
  public static Fold holdout(int[] labels, double testFraction, long seed) {
    if (!(testFraction > 0 && testFraction < 1)) {
      throw new IllegalArgumentException("testFraction must be in (0, 1), got " + testFraction);
    }
    boolean[] test = new boolean[labels.length];
    for (int[] members : shuffledClasses(labels, seed)) {
      long take = Math.round(members.length * testFraction);
      for (int i = 0; i < take; i++) {
        test[members[i]] = true;
      }
    }
    Fold fold = Fold.of(test);
    if (fold.train().length == 0 || fold.test().length == 0) {
      throw new BadInputException(labels.length + " rows are too few for a holdout of " + testFraction
          + ": a part would be empty; use more rows");
    }
    return fold;
  }

  /**
   * {@code k} folds: the shuffled members of each class are dealt round-robin over the folds,
   * continuing where the previous class stopped, so fold sizes differ by at most one.
   *
   * @throws BadInputException when there are fewer rows than folds
   */
  public static List<Fold> kfold(int[] labels, int k, long seed) {
    if (k < 2) {
      throw new IllegalArgumentException("k must be at least 2, got " + k);
    }
    if (labels.length < k) {
      throw new BadInputException(labels.length + " rows are too few for " + k + " folds");
    }
    int[] foldOf = new int[labels.length];
    int next = 0;
    for (int[] members : shuffledClasses(labels, seed)) {
      for (int m : members) {
        foldOf[m] = next;
        next = (next + 1) % k;
      }
    }
    List<Fold> folds = new ArrayList<>(k);
    for (int f = 0; f < k; f++) {
      boolean[] test = new boolean[labels.length];
      for (int i = 0; i < labels.length; i++) {
        test[i] = foldOf[i] == f;
      }
      folds.add(Fold.of(test));
    }
    return folds;
  }

  private static List<int[]> shuffledClasses(int[] labels, long seed) {
    int classes = Arrays.stream(labels).max().orElse(-1) + 1;
    int[] counts = new int[classes];
    for (int l : labels) {
      if (l < 0) {
        throw new IllegalArgumentException("labels must be >= 0, got " + l);
      }
      counts[l]++;
    }
    List<int[]> byClass = new ArrayList<>(classes);
    SplittableRandom root = new SplittableRandom(seed);
    for (int c = 0; c < classes; c++) {
      int[] members = new int[counts[c]];
      int n = 0;
      for (int i = 0; i < labels.length; i++) {
        if (labels[i] == c) {
          members[n++] = i;
        }
      }
      SplittableRandom random = root.split();
      for (int i = members.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = members[i];
        members[i] = members[j];
        members[j] = t;
      }
      byClass.add(members);
    }
    return byClass;
  }

  /**
   * One train/test pair of row indices, each in ascending order.
   *
   * @param train rows to train on
   * @param test rows to evaluate on
   */
  public record Fold(int[] train, int[] test) {
    static Fold of(boolean[] isTest) {
      int tests = 0;
      for (boolean t : isTest) {
        tests += t ? 1 : 0;
      }
      int[] train = new int[isTest.length - tests];
      int[] test = new int[tests];
      for (int i = 0, a = 0, b = 0; i < isTest.length; i++) {
        if (isTest[i]) {
          test[b++] = i;
        } else {
          train[a++] = i;
        }
      }
      return new Fold(train, test);
    }
  }
}
