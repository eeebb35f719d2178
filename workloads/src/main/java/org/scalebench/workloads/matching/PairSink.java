package org.scalebench.workloads.matching;

/** Receives the matching pairs of a tile, in left-index then right-index order. */
@FunctionalInterface
public interface PairSink {
  /**
   * One pair whose score reached the threshold; indices are positions in the full left and right
   * lists (not offsets within the tile).
   */
  void accept(int leftIndex, int rightIndex, double score);
}
