package org.scalebench.analysis.ab;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Which side ran first in a round. */
public enum RoundOrder {
  A_FIRST,
  B_FIRST,
  /** Both at once ({@link AbMode#DUET}). */
  TOGETHER;

  /**
   * The orders of an interleaved run of {@code rounds} rounds: as many A-first as B-first rounds (one
   * more A-first for an odd count) in a seeded random order. Random, so that under A/A each round's
   * ratio is as likely above 1 as below even when the machine favours the first (or the second) run
   * of a round, which is what the signed-rank test assumes; balanced, so that such an order effect
   * cancels in the estimate too.
   *
   * @param rounds {@code >= 1}
   * @param seed the same seed gives the same orders
   */
  public static List<RoundOrder> shuffled(int rounds, long seed) {
    if (rounds < 1) {
      throw new IllegalArgumentException("rounds must be at least 1, got " + rounds);
    }
    List<RoundOrder> orders = new ArrayList<>(rounds);
    for (int i = 0; i < rounds; i++) {
      orders.add(i < (rounds + 1) / 2 ? A_FIRST : B_FIRST);
    }
    // java.util.Random: its sequence for a seed is specified, so the plan is the same on every JDK
    Collections.shuffle(orders, new Random(seed));
    return List.copyOf(orders);
  }
}
