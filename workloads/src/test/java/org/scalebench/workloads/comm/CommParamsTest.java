package org.scalebench.workloads.comm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scalebench.api.Params;
import org.scalebench.results.BadInputException;
import org.scalebench.runtime.WorkloadRegistry;

class CommParamsTest {
  @Test
  void powersOfTwoRunFromMinUpToMax() {
    assertEquals(List.of(1, 2, 4, 8), CommParams.powersOfTwo(1, 8));
    assertEquals(List.of(3, 6, 12), CommParams.powersOfTwo(3, 20));
    assertEquals(25, CommParams.powersOfTwo(1, 16L << 20).size());
  }

  @Test
  void minAboveMaxIsBadInput() {
    BadInputException e = assertThrows(BadInputException.class, () -> CommParams.powersOfTwo(64, 8));
    assertTrue(e.getMessage().contains("min-bytes=64 is larger than max-bytes=8"), e.getMessage());
  }

  @Test
  void listsAcceptPositiveNumbersOnly() {
    assertEquals(List.of(1000L, 10000L), CommParams.parseList("1000, 10000", 100_000));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> CommParams.parseList("10,0", 100))
        .getMessage().contains("sizes must be positive"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> CommParams.parseList("10,-5", 100))
        .getMessage().contains("positive"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> CommParams.parseList("10,x", 100))
        .getMessage().contains("'x'"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> CommParams.parseList("101", 100))
        .getMessage().contains("more than"));
  }

  @Test
  void workloadParametersRejectBadValuesWithOneSentence() {
    var pingpong = WorkloadRegistry.onClassPath().byName("pingpong");
    BadInputException window = assertThrows(BadInputException.class,
        () -> Params.resolve(pingpong, Map.of("window", "0")));
    assertEquals("parameter window='0' of workload pingpong is out of range: must be between 1 and 1024",
        window.getMessage());
    var objects = WorkloadRegistry.onClassPath().byName("objects-vs-buffers");
    BadInputException sizes = assertThrows(BadInputException.class,
        () -> Params.resolve(objects, Map.of("sizes", "1000,0")));
    assertTrue(sizes.getMessage().startsWith("parameter sizes='1000,0' of workload objects-vs-buffers has 0"),
        sizes.getMessage());
    var collectives = WorkloadRegistry.onClassPath().byName("collectives");
    assertThrows(BadInputException.class, () -> Params.resolve(collectives, Map.of("ops", "bcast,scan")));
    assertEquals(2, pingpong.minRanks());
  }

  @Test
  void messagesTooLargeForTheHeapAreRefusedWithTheSizeNeeded() {
    var pingpong = WorkloadRegistry.onClassPath().byName("pingpong");
    Params p = Params.resolve(pingpong, Map.of("max-bytes", Long.toString(1L << 30), "buffer", "both"));
    long max = Runtime.getRuntime().maxMemory();
    if (4L << 30 > max / 4 * 3) { // surefire runs with -Xmx1g: 4 GiB of buffers cannot fit
      BadInputException e = assertThrows(BadInputException.class, () -> pingpong.validate(p, 2));
      assertTrue(e.getMessage().contains("needs about 4096 MiB"), e.getMessage());
    }
  }
}
