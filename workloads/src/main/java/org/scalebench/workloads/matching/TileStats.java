package org.scalebench.workloads.matching;

/**
 * Where the pairs of a tile went: skipped by the length bound, skipped by the character-bag bound,
 * or given to a kernel; and how many matched. With pruning off every pair goes to the kernel.
 */
public record TileStats(long pairs, long prunedByLength, long prunedByBag, long kernelCalls, long matches) {
  public static final TileStats EMPTY = new TileStats(0, 0, 0, 0, 0);

  public TileStats {
    if (pairs < 0 || prunedByLength < 0 || prunedByBag < 0 || kernelCalls < 0 || matches < 0) {
      throw new IllegalArgumentException("tile counts must be >= 0, got pairs " + pairs + ", length "
          + prunedByLength + ", bag " + prunedByBag + ", kernel " + kernelCalls + ", matches " + matches);
    }
    if (prunedByLength + prunedByBag + kernelCalls != pairs) {
      throw new IllegalArgumentException("pruned and computed pairs must add up to the tile's " + pairs
          + " pairs, got " + (prunedByLength + prunedByBag + kernelCalls));
    }
    if (matches > kernelCalls) {
      throw new IllegalArgumentException(
          "matches (" + matches + ") cannot exceed kernel calls (" + kernelCalls + ")");
    }
  }

  /** The sum of two tiles' counts (for a rank's total). */
  public TileStats plus(TileStats other) {
    return new TileStats(pairs + other.pairs, prunedByLength + other.prunedByLength,
        prunedByBag + other.prunedByBag, kernelCalls + other.kernelCalls, matches + other.matches);
  }
}
