package org.scalebench.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scalebench.results.BadInputException;
import org.scalebench.study.ClusterProfile;

/** The JVM options of a rank, shared by every launcher so that local and Slurm runs compare. */
public final class RankJvm {
  public static final String MAIN_CLASS = "org.scalebench.runtime.RankMain";

  /** The option a rank on the FFM transport needs for its downcalls (JDK 24+ warns, later ones refuse, without it). */
  public static final String FFM_NATIVE_ACCESS = "--enable-native-access=ALL-UNNAMED";

  /**
   * MPICH's UCX installs handlers for these signals by default; the JVM raises SIGSEGV on purpose
   * (implicit null checks, safepoint polls), and with UCX's handler the first one killed every rank
   * of a pingpong on MPICH here. Set to the empty list for MPICH jobs.
   */
  public static final String UCX_SIGNALS = "UCX_ERROR_SIGNALS";

  /**
   * The smallest {@code -Xmx} of a rank in MiB. Measured on Java 17 with Open MPI 4.1: a 2-rank
   * hello runs with 3 MiB, with and without the class-data archive, and the JVM refuses 2 MiB at
   * start ("Too small maximum heap"); 16 MiB leaves room for the runtime's own JSON and records,
   * and the default collectives fit. Workloads that need more say so themselves.
   */
  public static final int MIN_HEAP_MEGABYTES = ClusterProfile.MIN_RANK_HEAP_MB;

  /**
   * What a rank JVM takes beyond its heap, in MiB, for the memory check of local runs: measured as
   * about 50 MiB of resident memory beyond a 16 MiB heap (metaspace, code cache, thread stacks,
   * Open MPI's shared-memory segments) for a rank of the ping-pong workload.
   */
  public static final int OVERHEAD_MEGABYTES = 64;

  private RankJvm() {}

  /**
   * Serial GC (a rank is one of many processes on a node: no GC threads fighting over its cores),
   * the JVM told how many cpus the rank owns, and a heap from {@code heapMegabytes} or, when 0, a
   * share of the machine's memory: 60% split over the ranks, between 256 MiB and 4 GiB.
   */
  public static List<String> options(int ranks, int cpusPerTask, int heapMegabytes) {
    List<String> opts = new ArrayList<>();
    opts.add("-XX:+UseSerialGC");
    opts.add("-XX:ActiveProcessorCount=" + cpusPerTask);
    opts.add("-Xmx" + heapMegabytes(ranks, heapMegabytes) + "m");
    opts.add("-Dfile.encoding=UTF-8");
    return opts;
  }

  /** The {@code -Xmx} in MiB a rank gets: {@code requested}, or when 0 the machine's share. */
  public static int heapMegabytes(int ranks, int requested) {
    return requested > 0 ? requested : defaultHeapMegabytes(ranks);
  }

  /**
   * Checks a requested rank heap: 0 (the machine's share) or at least {@link #MIN_HEAP_MEGABYTES}.
   *
   * @throws BadInputException saying so, with the value
   */
  public static void checkHeapMegabytes(int requested) {
    String problem = ClusterProfile.rankHeapProblem(requested);
    if (problem != null) {
      throw new BadInputException("--rank-heap-mb " + problem);
    }
  }

  static int defaultHeapMegabytes(int ranks) {
    long total = physicalMemoryBytes();
    long share = total <= 0 ? 1024L << 20 : (long) (total * 0.6 / Math.max(1, ranks));
    return (int) Math.max(256, Math.min(4096, share >> 20));
  }

  /** The machine's physical memory (or the container's limit) in bytes, or -1 when the JVM cannot tell. */
  static long physicalMemoryBytes() {
    java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return sun.getTotalMemorySize();
    }
    return -1;
  }
}
