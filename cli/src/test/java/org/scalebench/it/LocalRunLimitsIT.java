package org.scalebench.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.results.ResultStore;
import org.scalebench.results.RunStatus;
import org.scalebench.results.StoredRun;

/** What {@code run} refuses before it starts anything, and the time limit it keeps, through the jar. */
class LocalRunLimitsIT {
  @TempDir Path store;

  /** {@code mpirun -n 100000 --oversubscribe} on 2 cores used to spin for minutes without a word. */
  @Test
  void farMoreRanksThanTheMachineCanCarryAreRefusedWithTheNumbers() throws Exception {
    int cores = Runtime.getRuntime().availableProcessors();
    Cli.Result r = Cli.run("run", "--workload", "hello", "--ranks", "100000", "--out", store.toString());
    assertEquals(2, r.exit(), r.toString());
    assertEquals("scalebench: 100000 ranks with 1 cpu each need 100000 cpus, more than the " + 8 * cores
        + " that 8 per core allow on the " + cores + " cores here; ask for fewer, or set "
        + "SCALEBENCH_MAX_CPUS_PER_CORE=N to allow N per core\n", r.err());
    assertFalse(Files.exists(store.resolve("adhoc")), "no run folder");
  }

  @Test
  void heapsBeyondTheMemoryAreRefusedWithTheNumbers() throws Exception {
    long memoryMegabytes = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getTotalMemorySize() >> 20;
    long half = memoryMegabytes / 2;
    Cli.Result r = Cli.run("run", "--workload", "hello", "--ranks", "2", "--rank-heap-mb", Long.toString(half),
        "--out", store.toString());
    assertEquals(2, r.exit(), r.toString());
    assertEquals("scalebench: 2 ranks x (" + half + " MiB of heap + 64 MiB per JVM) = " + 2 * (half + 64)
        + " MiB is more than the " + memoryMegabytes + " MiB of memory here; lower --rank-heap-mb or run fewer ranks\n",
        r.err());
  }

  /** The JVM's "Too small maximum heap" and exit 1 were all a user got. */
  @Test
  void aRankHeapBelowTheMinimumIsOneSentenceBeforeLaunch() throws Exception {
    Cli.Result r = Cli.run("run", "--workload", "hello", "--rank-heap-mb", "1", "--out", store.toString());
    assertEquals(2, r.exit(), r.toString());
    assertEquals("scalebench: --rank-heap-mb 1 is too small: a rank's JVM needs at least 16 MiB of heap (or 0 for a "
        + "share of the machine's memory)\n", r.err());
    assertFalse(Files.exists(store.resolve("adhoc")), "no run folder");
  }

  /** Used to end in "FileAlreadyExistsException". */
  @Test
  void anOutFolderThatIsAFileIsSaidInWords() throws Exception {
    Path file = Files.writeString(store.resolve("results"), "not a folder");
    Cli.Result r = Cli.run("run", "--workload", "hello", "--out", file.toString());
    assertEquals(2, r.exit(), r.toString());
    assertEquals("scalebench: cannot write to the output folder " + file + ": " + file + " is a file, not a folder\n",
        r.err());
    Cli.Result below = Cli.run("run", "--workload", "hello", "--out", file.resolve("store").toString());
    assertEquals(2, below.exit(), below.toString());
    assertEquals("scalebench: cannot write to the output folder " + file.resolve("store") + ": " + file
        + " is a file, not a folder\n", below.err());
  }

  @Test
  void aRunHasATimeLimitByDefaultAndARunOverItIsRecordedAsFailed() throws Exception {
    Cli.Result help = Cli.run("run", "--help");
    assertTrue(help.out().replaceAll("\\s+", " ").contains("--timeout=SECONDS stop the run after this many seconds "
        + "and record it as failed (default: 3600)"), help.out());

    Cli.Result r = Cli.run(Map.of(), "run", "--workload", "pingpong", "--ranks", "2", "--param",
        "jvm-warmup=100000000", "--param", "max-bytes=1024", "--timeout", "3", "--out", store.toString());
    assertEquals(1, r.exit(), r.toString());
    assertTrue(r.err().startsWith("scalebench: run failed: the run did not finish within its time limit of 3 s and "
        + "was stopped\n"), r.toString());
    List<StoredRun> runs = new ResultStore(store).study("adhoc");
    assertEquals(RunStatus.FAILED, runs.get(0).state());
    assertEquals("the run did not finish within its time limit of 3 s and was stopped", runs.get(0).problem());
  }
}
