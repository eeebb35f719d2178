package org.scalebench.api.mpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalebench.results.PhaseKind;
import org.scalebench.results.RankRecord;

class PhaseTimerTest {
  @Test
  void accumulatesCallsBytesAndWaitPerPhaseInFirstEntryOrder() {
    PhaseTimer timer = new PhaseTimer();
    timer.add("scatter", PhaseKind.COMM, 3_000_000, 1_000_000, 4096);
    timer.add("sum", PhaseKind.COMPUTE, 5_000_000, 0, 0);
    timer.add("scatter", PhaseKind.COMM, 2_000_000, 500_000, 4096);
    List<RankRecord> records = timer.records(3, "n1");
    assertEquals(List.of(
        new RankRecord(3, "n1", "scatter", PhaseKind.COMM, 0.005, 0.0015, 8192, 2),
        new RankRecord(3, "n1", "sum", PhaseKind.COMPUTE, 0.005, 0.0, 0, 1)), records);
  }

  @Test
  void waitNeverExceedsTheCallItBelongsTo() {
    PhaseTimer timer = new PhaseTimer();
    timer.add("bcast", PhaseKind.COMM, 1_000, 9_000, 8);
    RankRecord r = timer.records(0, "h").get(0);
    assertEquals(r.seconds(), r.waitSeconds());
  }

  @Test
  void spansMeasureElapsedTimeAndBytes() throws InterruptedException {
    PhaseTimer timer = new PhaseTimer();
    try (PhaseTimer.Span io = timer.io("read")) {
      io.addBytes(100);
      Thread.sleep(20);
    }
    RankRecord r = timer.records(0, "h").get(0);
    assertEquals(PhaseKind.IO, r.kind());
    assertEquals(100, r.bytes());
    assertTrue(r.seconds() >= 0.019, "slept 20 ms, measured " + r.seconds());
  }

  @Test
  void aPhaseKeepsItsKind() {
    PhaseTimer timer = new PhaseTimer();
    timer.add("x", PhaseKind.COMM, 1, 0, 0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> timer.add("x", PhaseKind.COMPUTE, 1, 0, 0));
    assertEquals("phase 'x' was recorded as COMM, now as COMPUTE", e.getMessage());
  }

  @Test
  void aDeclaredPhaseShowsWithZeroSecondsAndCalls() {
    PhaseTimer timer = new PhaseTimer();
    timer.declare("idle", PhaseKind.COMM);
    assertEquals(List.of(new RankRecord(0, "h", "idle", PhaseKind.COMM, 0, 0, 0, 0)), timer.records(0, "h"));
    timer.add("idle", PhaseKind.COMM, 2_000, 2_000, 0);
    assertEquals(1, timer.records(0, "h").get(0).calls());
  }

  @Test
  void aLoopTimedAsAWholeAddsItsCallsAtOnceAndMayHaveNone() {
    PhaseTimer timer = new PhaseTimer();
    timer.add("loop", PhaseKind.COMM, 4_000, 1_000, 800, 100);
    timer.add("loop", PhaseKind.COMM, 2_000, 0, 0, 0); // waiting for sends posted earlier: time, no call
    assertEquals(List.of(new RankRecord(0, "h", "loop", PhaseKind.COMM, 6e-6, 1e-6, 800, 100)), timer.records(0, "h"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> timer.add("loop", PhaseKind.COMM, 1, 0, 0, -1));
    assertEquals("calls must be at least 0, got -1", e.getMessage());
  }
}
