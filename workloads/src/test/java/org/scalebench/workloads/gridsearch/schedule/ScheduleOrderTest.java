package org.scalebench.workloads.gridsearch.schedule;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalebench.workloads.gridsearch.grid.Combination;
import org.scalebench.workloads.gridsearch.grid.GridSpec;

class ScheduleOrderTest {

  @Test
  void staticBlocksAreContiguousAndDifferByAtMostOne() {
    assertArrayEquals(new int[] {108, 108}, StaticSchedule.blockCounts(216, 2));
    assertArrayEquals(new int[] {3, 3, 2, 2}, StaticSchedule.blockCounts(10, 4));
    assertArrayEquals(new int[] {1, 1, 0, 0}, StaticSchedule.blockCounts(2, 4));
  }

  @Test
  void dynamicOrderIsMostExpensiveFirstThenGridOrder() {
    List<Combination> grid = GridSpec.seedDefault().combinations();
    List<Task> tasks = grid.stream().map(c -> new Task(c.index(), c.rounds(), 0)).toList();
    List<Task> order = DynamicSchedule.dispatchOrder(tasks, t -> grid.get(t.combination()).cost(t.rounds()));
    assertEquals(216, order.size());
    // depth 9 with 200 rounds first (8 of them, in grid order), depth 3 with 50 rounds last
    Combination first = grid.get(order.get(0).combination());
    assertEquals(9, first.maxDepth());
    assertEquals(200, first.rounds());
    for (int i = 1; i < order.size(); i++) {
      double before = grid.get(order.get(i - 1).combination()).cost(order.get(i - 1).rounds());
      double now = grid.get(order.get(i).combination()).cost(order.get(i).rounds());
      assertEquals(true, before > now || before == now
          && order.get(i - 1).combination() < order.get(i).combination(), "order at " + i);
    }
    Combination last = grid.get(order.get(215).combination());
    assertEquals(3, last.maxDepth());
    assertEquals(50, last.rounds());
  }
}
