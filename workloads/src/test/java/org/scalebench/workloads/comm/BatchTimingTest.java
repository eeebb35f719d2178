package org.scalebench.workloads.comm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class BatchTimingTest {
  @Test
  void oneSlowIterationMovesTheMeanButNotTheMedianBatch() {
    BatchTiming clock = new BatchTiming(3, 100);
    for (int i = 0; i < clock.iterations(); i++) {
      clock.at(i);
      if (i == 50) {
        LockSupport.parkNanos(50_000_000); // a preempted iteration: 50 ms
      }
    }
    clock.finish();
    assertTrue(clock.totalNanos() >= 50_000_000, "total " + clock.totalNanos());
    assertTrue(clock.meanNanos() >= 500_000, "mean " + clock.meanNanos());
    assertTrue(clock.medianNanos() < clock.meanNanos() / 10, clock.medianNanos() + " vs " + clock.meanNanos());
  }

  @Test
  void fewerIterationsThanBatchesAndNoneAtAll() {
    BatchTiming three = new BatchTiming(0, 3);
    for (int i = 0; i < three.iterations(); i++) {
      three.at(i);
    }
    three.finish();
    assertTrue(three.medianNanos() >= 0 && three.medianNanos() <= three.totalNanos());
    BatchTiming none = new BatchTiming(2, 0);
    for (int i = 0; i < none.iterations(); i++) {
      none.at(i);
    }
    none.finish();
    assertEquals(0, none.totalNanos());
    assertEquals(0.0, none.medianNanos());
  }
}
