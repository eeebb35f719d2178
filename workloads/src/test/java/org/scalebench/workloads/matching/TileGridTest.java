package org.scalebench.workloads.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TileGridTest {
  @Test
  void tilesCoverTheGridOnceInLeftOrder() {
    for (int[] c : new int[][] {{10, 7, 3, 2}, {1, 1, 5, 5}, {17, 40, 4, 9}, {0, 5, 2, 2}, {5, 0, 2, 2}}) {
      TileGrid grid = new TileGrid(c[0], c[1], c[2], c[3]);
      int[][] seen = new int[c[0]][c[1]];
      long pairs = 0;
      int lastLeftFrom = 0;
      for (int id = 0; id < grid.count(); id++) {
        Tile t = grid.tile(id);
        assertTrue(t.leftFrom() >= lastLeftFrom, "ids go in left order");
        lastLeftFrom = t.leftFrom();
        for (int l = t.leftFrom(); l < t.leftTo(); l++) {
          for (int r = t.rightFrom(); r < t.rightTo(); r++) {
            seen[l][r]++;
          }
        }
        pairs += t.pairs();
      }
      assertEquals(grid.pairs(), pairs);
      for (int[] row : seen) {
        for (int n : row) {
          assertEquals(1, n);
        }
      }
    }
  }

  @Test
  void tileIdsOutOfRangeAreRejected() {
    TileGrid grid = new TileGrid(4, 4, 2, 2);
    assertThrows(IndexOutOfBoundsException.class, () -> grid.tile(4));
    assertThrows(IndexOutOfBoundsException.class, () -> grid.tile(-1));
  }

  @Test
  void shapesParse() {
    assertEquals(TileShape.AUTO, TileShape.parseOrNull("auto"));
    assertEquals(new TileShape(64, 64), TileShape.parseOrNull("64"));
    assertEquals(new TileShape(8, 4096), TileShape.parseOrNull("8x4096"));
    assertNull(TileShape.parseOrNull("0x5"));
    assertNull(TileShape.parseOrNull("8x"));
    assertNull(TileShape.parseOrNull("big"));
    assertThrows(IllegalArgumentException.class, () -> new TileShape(0, 5));
  }

  @Test
  void automaticTilesGiveEveryWorkerSeveralTilesAndStayBounded() {
    TileGrid small = TileShape.AUTO.grid(1725, 1725, 2);
    assertEquals(1725, small.tileCols(), "one tile column while the right list is narrow");
    assertTrue(small.count() >= TileShape.AUTO_TILES_PER_WORKER * 2, "tiles: " + small.count());
    TileGrid big = TileShape.AUTO.grid(34_500, 34_500, 2);
    assertTrue(big.tileCols() <= TileShape.AUTO_MAX_COLS && big.tileRows() <= TileShape.AUTO_MAX_ROWS, big.toString());
    TileGrid huge = TileShape.AUTO.grid(10_000_000, 10_000_000, 1024);
    assertTrue((long) huge.tileRows() * huge.tileCols() <= (long) TileShape.AUTO_MAX_ROWS * TileShape.AUTO_MAX_COLS);
    assertEquals(new TileGrid(0, 0, 1, 1), TileShape.AUTO.grid(0, 0, 4));
  }
}
