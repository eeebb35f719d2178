package org.scalebench.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scalebench.results.BadInputException;

/** What one local job may ask of a machine, and the sentences with the numbers when it asks too much. */
class LocalCapacityTest {
  private final LocalCapacity twoCores = new LocalCapacity(2, 24_000, LocalCapacity.DEFAULT_CPUS_PER_CORE);

  @Test
  void oversubscribingUpToEightCpusPerCoreIsAllowed() {
    assertEquals(Optional.empty(), twoCores.problem(16, 1, 256));
    assertEquals(Optional.empty(), twoCores.problem(4, 4, 256));
  }

  @Test
  void moreRankCpusThanTheFactorAllowsAreRefusedWithTheNumbers() {
    assertEquals("100000 ranks with 1 cpu each need 100000 cpus, more than the 16 that 8 per core allow on the 2 "
        + "cores here; ask for fewer, or set SCALEBENCH_MAX_CPUS_PER_CORE=N to allow N per core",
        twoCores.problem(100_000, 1, 256).orElseThrow());
    assertTrue(twoCores.problem(9, 2, 256).orElseThrow().startsWith("9 ranks with 2 cpus each need 18 cpus"));
    assertEquals(Optional.empty(), new LocalCapacity(2, 24_000, 64).problem(100, 1, 16), "a raised factor");
  }

  @Test
  void heapsThatDoNotFitInTheMemoryAreRefusedWithTheNumbers() {
    assertEquals("4 ranks x (8000 MiB of heap + 64 MiB per JVM) = 32256 MiB is more than the 24000 MiB of memory "
        + "here; lower --rank-heap-mb or run fewer ranks", twoCores.problem(4, 1, 8000).orElseThrow());
    assertEquals(Optional.empty(), twoCores.problem(4, 1, 5000));
    assertEquals(Optional.empty(), new LocalCapacity(2, 0, 8).problem(4, 1, 8000), "unknown memory: no check");
  }

  @Test
  void theFactorFromTheEnvironment() {
    assertEquals(8, LocalCapacity.cpusPerCore(null));
    assertEquals(32, LocalCapacity.cpusPerCore(" 32 "));
    BadInputException e = assertThrows(BadInputException.class, () -> LocalCapacity.cpusPerCore("lots"));
    assertEquals("SCALEBENCH_MAX_CPUS_PER_CORE must be a whole number of at least 1, got 'lots'", e.getMessage());
    assertThrows(BadInputException.class, () -> LocalCapacity.cpusPerCore("0"));
  }

  @Test
  void aRankHeapBelowTheMinimumIsOneSentence() {
    BadInputException e = assertThrows(BadInputException.class, () -> RankJvm.checkHeapMegabytes(1));
    assertEquals("--rank-heap-mb 1 is too small: a rank's JVM needs at least 16 MiB of heap (or 0 for a share of "
        + "the machine's memory)", e.getMessage());
    assertThrows(BadInputException.class, () -> RankJvm.checkHeapMegabytes(-4));
    RankJvm.checkHeapMegabytes(0);
    RankJvm.checkHeapMegabytes(RankJvm.MIN_HEAP_MEGABYTES);
  }
}
