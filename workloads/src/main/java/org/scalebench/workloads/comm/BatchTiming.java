package org.scalebench.workloads.comm;

import java.util.Arrays;

/**
 * The clock of a timed loop of {@code untimed + timed} iterations, read only at the borders of
 * {@code min(10, timed)} equal batches of the timed part. Besides OSU's mean over all timed
 * iterations it gives the median batch, which a shared machine needs: one preemption of a
 * busy-polling rank (a scheduler time slice, milliseconds) inflates a thousand-iteration mean of
 * microsecond messages many times over, but only one batch of ten.
 */
public final class BatchTiming {
  /** Batches per timed loop. */
  public static final int BATCHES = 10;

  private final int untimed;
  private final int timed;
  private final int batches;
  private final long[] borders;
  private int next;

  public BatchTiming(int untimed, int timed) {
    if (untimed < 0 || timed < 0) {
      throw new IllegalArgumentException("iteration counts must be >= 0, got " + untimed + " and " + timed);
    }
    this.untimed = untimed;
    this.timed = timed;
    this.batches = Math.max(1, Math.min(BATCHES, timed));
    this.borders = new long[batches + 1];
  }

  /** Iterations in all, timed or not: the loop runs {@code i = 0 .. iterations() - 1}. */
  public int iterations() {
    return untimed + timed;
  }

  /** Call at the top of iteration {@code i}; reads the clock when a batch begins. */
  public void at(int i) {
    int k = i - untimed;
    if (k >= 0 && next < batches && k == (int) ((long) next * timed / batches)) {
      borders[next++] = System.nanoTime();
    }
  }

  /** Call after the last iteration. */
  public void finish() {
    if (next == 0) {
      borders[next++] = System.nanoTime(); // no timed iteration: an empty loop
    }
    borders[batches] = System.nanoTime();
  }

  /** Nanoseconds of all timed iterations. */
  public long totalNanos() {
    return timed == 0 ? 0 : borders[batches] - borders[0];
  }

  /** Mean nanoseconds per timed iteration (OSU's statistic). */
  public double meanNanos() {
    return timed == 0 ? 0 : (double) totalNanos() / timed;
  }

  /** Nanoseconds per iteration of the median batch (the lower middle one for an even count). */
  public double medianNanos() {
    if (timed == 0) {
      return 0;
    }
    double[] perIteration = new double[batches];
    for (int b = 0; b < batches; b++) {
      int first = (int) ((long) b * timed / batches);
      int end = (int) ((long) (b + 1) * timed / batches);
      perIteration[b] = (double) (borders[b + 1] - borders[b]) / (end - first);
    }
    Arrays.sort(perIteration);
    return perIteration[(batches - 1) / 2];
  }
}
