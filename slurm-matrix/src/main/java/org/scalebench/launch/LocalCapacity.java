package org.scalebench.launch;

import java.util.Locale;
import java.util.Optional;
import org.scalebench.results.BadInputException;

/**
 * How much one local job may ask of this machine. Oversubscribing is allowed (ranks then share
 * cores), but only up to {@code cpusPerCore} rank cpus per core: {@code --ranks 100000} on 2 cores
 * would have mpirun start JVMs for minutes without a word. And the ranks' heaps plus each JVM's
 * overhead ({@link RankJvm#OVERHEAD_MEGABYTES}) must fit in the physical memory, or the machine
 * swaps or the kernel kills ranks.
 *
 * @param cores the cores of this machine, {@code >= 1}
 * @param memoryMegabytes the physical memory in MiB, or 0 when unknown (no memory check)
 * @param cpusPerCore how many rank cpus (ranks x cpus per task) a core may carry, {@code >= 1}
 */
public record LocalCapacity(int cores, long memoryMegabytes, int cpusPerCore) {
  /** Rank cpus per core allowed unless {@link #CPUS_PER_CORE_ENV} says otherwise. */
  public static final int DEFAULT_CPUS_PER_CORE = 8;
  /** The environment variable that raises (or lowers) {@link #DEFAULT_CPUS_PER_CORE}. */
  public static final String CPUS_PER_CORE_ENV = "SCALEBENCH_MAX_CPUS_PER_CORE";

  public LocalCapacity {
    if (cores < 1 || memoryMegabytes < 0 || cpusPerCore < 1) {
      throw new IllegalArgumentException("cores and cpusPerCore must be at least 1 and memory not negative, got "
          + cores + ", " + cpusPerCore + ", " + memoryMegabytes);
    }
  }

  /** This machine: its cores, its physical memory, and the factor from the environment. */
  public static LocalCapacity ofThisMachine() {
    long memory = RankJvm.physicalMemoryBytes();
    return new LocalCapacity(Runtime.getRuntime().availableProcessors(), memory > 0 ? memory >> 20 : 0,
        cpusPerCore(System.getenv(CPUS_PER_CORE_ENV)));
  }

  /** The factor {@code value} gives (the environment's), or the default when it is unset. */
  static int cpusPerCore(String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT_CPUS_PER_CORE;
    }
    try {
      int factor = Integer.parseInt(value.strip());
      if (factor >= 1) {
        return factor;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new BadInputException(CPUS_PER_CORE_ENV + " must be a whole number of at least 1, got '" + value + "'");
  }

  /**
   * Why a job of {@code ranks} ranks with {@code cpusPerTask} cpus and {@code heapMegabytes} MiB of
   * heap each does not fit here, in one sentence with the numbers, or empty when it fits.
   */
  public Optional<String> problem(int ranks, int cpusPerTask, int heapMegabytes) {
    long cpus = (long) ranks * cpusPerTask;
    long allowed = (long) cores * cpusPerCore;
    if (cpus > allowed) {
      return Optional.of(String.format(Locale.ROOT, "%d ranks with %d cpu%s each need %d cpus, more than the %d "
          + "that %d per core allow on the %d cores here; ask for fewer, or set %s=N to allow N per core", ranks,
          cpusPerTask, cpusPerTask == 1 ? "" : "s", cpus, allowed, cpusPerCore, cores, CPUS_PER_CORE_ENV));
    }
    long needed = (long) ranks * (heapMegabytes + RankJvm.OVERHEAD_MEGABYTES);
    if (memoryMegabytes > 0 && needed > memoryMegabytes) {
      return Optional.of(String.format(Locale.ROOT, "%d ranks x (%d MiB of heap + %d MiB per JVM) = %d MiB is more "
          + "than the %d MiB of memory here; lower --rank-heap-mb or run fewer ranks", ranks, heapMegabytes,
          RankJvm.OVERHEAD_MEGABYTES, needed, memoryMegabytes));
    }
    return Optional.empty();
  }

  /** Like {@link #problem}, but throws it. */
  public void require(int ranks, int cpusPerTask, int heapMegabytes) {
    problem(ranks, cpusPerTask, heapMegabytes).ifPresent(p -> {
      throw new BadInputException(p);
    });
  }
}
