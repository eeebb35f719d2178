package org.scalebench.launch;

import java.util.ArrayList;
import java.util.List;

/** The JVM options of a rank, shared by every launcher so that local and Slurm runs compare. */
public final class RankJvm {
  public static final String MAIN_CLASS = "org.scalebench.runtime.RankMain";

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
    opts.add("-Xmx" + (heapMegabytes > 0 ? heapMegabytes : defaultHeapMegabytes(ranks)) + "m");
    opts.add("-Dfile.encoding=UTF-8");
    return opts;
  }

  static int defaultHeapMegabytes(int ranks) {
    long total = physicalMemoryBytes();
    long share = total <= 0 ? 1024L << 20 : (long) (total * 0.6 / Math.max(1, ranks));
    return (int) Math.max(256, Math.min(4096, share >> 20));
  }

  private static long physicalMemoryBytes() {
    java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return sun.getTotalMemorySize();
    }
    return -1;
  }
}
