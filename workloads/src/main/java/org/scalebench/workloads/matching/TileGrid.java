package org.scalebench.workloads.matching;

/**
 * The all-pairs grid cut into tiles of {@code tileRows x tileCols} (the last row and column of
 * tiles may be smaller). Tiles are numbered row by row: tile {@code id} covers tile row {@code id /
 * colTiles()} and tile column {@code id % colTiles()}, so ascending ids visit the pairs in left
 * order, and within one tile row the tiles hold ascending, disjoint right ranges.
 *
 * @param leftSize strings in the left list, {@code >= 0}
 * @param rightSize strings in the right list, {@code >= 0}
 * @param tileRows left strings per tile, {@code >= 1}
 * @param tileCols right strings per tile, {@code >= 1}
 */
public record TileGrid(int leftSize, int rightSize, int tileRows, int tileCols) {
  public TileGrid {
    if (leftSize < 0 || rightSize < 0) {
      throw new IllegalArgumentException(
          "grid sizes must be >= 0, got left " + leftSize + ", right " + rightSize);
    }
    if (tileRows < 1 || tileCols < 1) {
      throw new IllegalArgumentException("tile sides must be >= 1, got " + tileRows + " x " + tileCols);
    }
    long count = (long) ceil(leftSize, tileRows) * ceil(rightSize, tileCols);
    if (count > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("tiles of " + tileRows + " x " + tileCols + " cut the " + leftSize
          + " x " + rightSize + " grid into " + count + " tiles, more than " + Integer.MAX_VALUE);
    }
  }

  /** Tiles along the left list (rows of tiles). */
  public int rowTiles() {
    return ceil(leftSize, tileRows);
  }

  /** Tiles along the right list (columns of tiles). */
  public int colTiles() {
    return ceil(rightSize, tileCols);
  }

  /** The number of tiles; 0 when either list is empty. */
  public int count() {
    return rowTiles() * colTiles();
  }

  /** The pairs of the whole grid. */
  public long pairs() {
    return (long) leftSize * rightSize;
  }

  /** Tile {@code id}, {@code 0 <= id < count()}. */
  public Tile tile(int id) {
    if (id < 0 || id >= count()) {
      throw new IndexOutOfBoundsException("tile id must be in [0, " + count() + "), got " + id);
    }
    int row = id / colTiles();
    int col = id % colTiles();
    int leftFrom = row * tileRows;
    int rightFrom = col * tileCols;
    return new Tile(leftFrom, Math.min(leftSize, leftFrom + tileRows), rightFrom,
        Math.min(rightSize, rightFrom + tileCols));
  }

  private static int ceil(int a, int b) {
    return (int) (((long) a + b - 1) / b);
  }
}
