package org.scalebench.workloads.comm;

import java.util.Locale;
import org.scalebench.results.BadInputException;

/**
 * Refuses a run whose buffers would not fit, before anything is launched ({@code Workload.validate}
 * runs in the command line and again in every rank). The limit is three quarters of the JVM's
 * maximum heap ({@code Runtime.maxMemory()}), which is also the default cap on direct buffer
 * memory ({@code -XX:MaxDirectMemorySize}); the rest is left for the JVM and the MPI layer.
 */
public final class HeapBudget {
  private HeapBudget() {}

  /**
   * @param neededBytes the bytes the run would allocate at its largest size
   * @param what what needs them, e.g. "max-bytes=1073741824 with buffer=both"
   * @param advice how to lower the need, e.g. "lower max-bytes"
   */
  public static void require(long neededBytes, String what, String advice) {
    long max = Runtime.getRuntime().maxMemory();
    long usable = max / 4 * 3;
    if (neededBytes > usable) {
      throw new BadInputException(String.format(Locale.ROOT,
          "%s needs about %d MiB of memory for its buffers, more than the %d MiB usable of this JVM's %d MiB heap;"
              + " %s or raise the heap (--rank-heap-mb, and -Xmx of the command line)",
          what, ceilMiB(neededBytes), usable >> 20, max >> 20, advice));
    }
  }

  private static long ceilMiB(long bytes) {
    return (bytes + (1 << 20) - 1) >> 20;
  }
}
