package org.scalebench.workloads.gridsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HalvingPlanTest {

  @Test
  void theSeedGridHalvesInSixRungsByThree() {
    HalvingPlan plan = HalvingPlan.of(216, 3);
    assertEquals(6, plan.rungs());
    int n = 216;
    int[] expected = {216, 72, 24, 8, 3, 1};
    for (int rung = 0; rung < plan.rungs(); rung++) {
      assertEquals(expected[rung], n);
      n = plan.survivors(n);
    }
    // 200 rounds: 200/243, 200/81, 200/27, 200/9, 200/3, 200, rounded up
    int[] budgets = {1, 3, 8, 23, 67, 200};
    for (int rung = 0; rung < plan.rungs(); rung++) {
      assertEquals(budgets[rung], plan.rounds(200, rung));
    }
  }

  @Test
  void smallGridsAndNoHalving() {
    assertEquals(1, HalvingPlan.of(1, 2).rungs());
    assertEquals(2, HalvingPlan.of(2, 2).rungs());
    assertEquals(4, HalvingPlan.of(5, 2).rungs()); // 5 -> 3 -> 2 -> 1
    assertEquals(50, HalvingPlan.none().rounds(50, 0));
  }
}
