package org.scalebench.workloads.matching;

/**
 * A rectangle of the all-pairs grid: left indices {@code [leftFrom, leftTo)} times right indices
 * {@code [rightFrom, rightTo)}, half-open. The unit of work an MPI rank is given.
 */
public record Tile(int leftFrom, int leftTo, int rightFrom, int rightTo) {
  public Tile {
    if (leftFrom < 0 || leftTo < leftFrom) {
      throw new IllegalArgumentException(
          "tile left range must satisfy 0 <= leftFrom <= leftTo, got [" + leftFrom + ", " + leftTo + ")");
    }
    if (rightFrom < 0 || rightTo < rightFrom) {
      throw new IllegalArgumentException("tile right range must satisfy 0 <= rightFrom <= rightTo, got ["
          + rightFrom + ", " + rightTo + ")");
    }
  }

  /** The whole grid of {@code leftSize x rightSize} pairs. */
  public static Tile all(int leftSize, int rightSize) {
    return new Tile(0, leftSize, 0, rightSize);
  }

  /** The number of pairs in the tile. */
  public long pairs() {
    return (long) (leftTo - leftFrom) * (rightTo - rightFrom);
  }
}
