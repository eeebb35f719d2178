package org.scalebench.workloads.matching;

/**
 * The requested size of a tile: {@code rows} left strings by {@code cols} right strings, or chosen
 * from the input sizes and the number of worker threads when both are 0 ({@code tile=auto}).
 *
 * @param rows left strings per tile, {@code >= 1}, or 0 for automatic
 * @param cols right strings per tile, {@code >= 1}, or 0 for automatic
 */
public record TileShape(int rows, int cols) {
  /** Widest automatic tile: the pattern of a left string is prepared once per tile row. */
  static final int AUTO_MAX_COLS = 16_384;
  /** Tallest automatic tile: with {@link #AUTO_MAX_COLS}, at most 8 M pairs (tens of ms) per tile. */
  static final int AUTO_MAX_ROWS = 512;
  /** Automatic tiles aim at this many tiles per worker thread, so that fast workers can take more. */
  static final int AUTO_TILES_PER_WORKER = 16;

  public static final TileShape AUTO = new TileShape(0, 0);

  public TileShape {
    if ((rows == 0) != (cols == 0) || rows < 0 || cols < 0) {
      throw new IllegalArgumentException(
          "tile rows and cols must both be >= 1, or both 0 for automatic, got " + rows + " x " + cols);
    }
  }

  public boolean isAuto() {
    return rows == 0;
  }

  /**
   * {@code auto}, {@code N} (N x N) or {@code RxC}; null when the text is none of those (the
   * parameter check turns that into a sentence).
   */
  public static TileShape parseOrNull(String text) {
    String t = text.strip().toLowerCase(java.util.Locale.ROOT);
    if (t.equals("auto")) {
      return AUTO;
    }
    int x = t.indexOf('x');
    try {
      int r = Integer.parseInt(x < 0 ? t : t.substring(0, x).strip());
      int c = x < 0 ? r : Integer.parseInt(t.substring(x + 1).strip());
      return r >= 1 && c >= 1 ? new TileShape(r, c) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * The grid of tiles over {@code leftSize x rightSize} pairs for {@code workers} worker threads in
   * all. Automatic tiles are at most {@link #AUTO_MAX_COLS} wide (split evenly) and as tall as gives
   * about {@link #AUTO_TILES_PER_WORKER} tiles per worker, but at most {@link #AUTO_MAX_ROWS}.
   */
  public TileGrid grid(int leftSize, int rightSize, int workers) {
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be >= 1, got " + workers);
    }
    if (!isAuto()) {
      return new TileGrid(leftSize, rightSize, rows, cols);
    }
    int colTiles = Math.max(1, ceilDiv(rightSize, AUTO_MAX_COLS));
    int tileCols = Math.max(1, ceilDiv(rightSize, colTiles));
    long wanted = (long) AUTO_TILES_PER_WORKER * workers;
    int rowTiles = (int) Math.max(ceilDiv(wanted, colTiles), ceilDiv(leftSize, AUTO_MAX_ROWS));
    int tileRows = Math.max(1, ceilDiv(leftSize, Math.max(1, rowTiles)));
    return new TileGrid(leftSize, rightSize, tileRows, tileCols);
  }

  @Override
  public String toString() {
    return isAuto() ? "auto" : rows + "x" + cols;
  }

  private static int ceilDiv(int a, int b) {
    return (int) ceilDiv((long) a, (long) b);
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }
}
