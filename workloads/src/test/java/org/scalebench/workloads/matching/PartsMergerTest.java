package org.scalebench.workloads.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tiles strategy's file path without MPI: tiles computed in a shuffled order by several
 * "workers" into part files, merged, give the same CSV as the whole grid at once.
 */
class PartsMergerTest {
  @TempDir Path dir;

  @Test
  void shuffledTilesOverSeveralPartsMergeIntoTheSortedCsv() throws IOException {
    NameLists lists = new NameGenerator(11).generate(120, 95);
    PairFinder finder = new PairFinder(PreparedString.ofAll(lists.left()), PreparedString.ofAll(lists.right()),
        MatchSpec.ratioAtLeast(0.7));
    for (TileGrid grid : List.of(new TileGrid(120, 95, 7, 10), new TileGrid(120, 95, 120, 95),
        new TileGrid(120, 95, 1, 1), new TileGrid(120, 95, 50, 33))) {
      Path parts = Files.createDirectories(dir.resolve("parts-" + grid.tileRows() + "x" + grid.tileCols()));
      RunIndex index = computeShuffled(finder, grid, parts, 3, new Random(grid.count()));
      Path target = parts.resolveSibling("pairs-" + grid.tileRows() + "x" + grid.tileCols() + ".csv");
      PartsMerger.Merged merged = PartsMerger.merge(grid, index, parts, lists, target);
      String expected = direct(finder, lists);
      assertEquals(expected, Files.readString(target, StandardCharsets.UTF_8), grid.toString());
      assertEquals(expected.lines().count() - 1, merged.pairs());
      assertEquals(Files.size(target), merged.bytesWritten());
      PartsMerger.deleteParts(parts);
      assertFalse(Files.exists(parts));
    }
  }

  @Test
  void aMissingOrDuplicatedTileIsAnError() throws IOException {
    TileGrid grid = new TileGrid(4, 4, 2, 2);
    RunIndex index = new RunIndex(grid.count());
    index.addAll(new long[] {0, 0, 0, 0, 1, 0, 0, 0, 3, 0, 0, 0}, 0, 12);
    IllegalStateException missing = assertThrows(IllegalStateException.class, index::requireComplete);
    assertTrue(missing.getMessage().contains("tile 2"), missing.getMessage());
    assertThrows(IllegalStateException.class, () -> index.addAll(new long[] {1, 1, 0, 0}, 0, 4));
    NameLists lists = new NameLists(List.of("a", "b", "c", "d"), List.of("a", "b", "c", "d"));
    assertThrows(IllegalStateException.class, () -> PartsMerger.merge(grid, index, dir, lists, dir.resolve("x.csv")));
    assertFalse(Files.exists(dir.resolve("x.csv")), "no half-merged output");
  }

  @Test
  void aFileThatIsNotAPartIsRejected() throws IOException {
    TileGrid grid = new TileGrid(1, 1, 1, 1);
    Files.writeString(PartFile.path(dir, 0), "not a part file at all");
    RunIndex index = new RunIndex(1);
    index.addAll(new long[] {0, 0, 0, 1}, 0, 4);
    NameLists lists = new NameLists(List.of("a"), List.of("a"));
    IOException e = assertThrows(IOException.class, () -> PartsMerger.merge(grid, index, dir, lists, dir.resolve("y.csv")));
    assertTrue(e.getMessage().contains("is not a version 1 pairs part file"), e.getMessage());
  }

  /** Runs every tile once, in a random order, round-robin over {@code workers} part files. */
  private static RunIndex computeShuffled(PairFinder finder, TileGrid grid, Path parts, int workers, Random random)
      throws IOException {
    List<Integer> order = new ArrayList<>();
    for (int id = 0; id < grid.count(); id++) {
      order.add(id);
    }
    Collections.shuffle(order, random);
    List<PartFile.Writer> writers = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      writers.add(new PartFile.Writer(PartFile.path(parts, 0, w)));
    }
    long[] flat = new long[0];
    int used = 0;
    for (int i = 0; i < order.size(); i++) {
      int w = i % workers;
      PartFile.Writer out = writers.get(w);
      long first = out.records();
      finder.findPairs(grid.tile(order.get(i)), out);
      flat = RunIndex.append(flat, used, order.get(i), PartFile.partNumber(0, w), first, out.records() - first);
      used += RunIndex.LONGS_PER_ENTRY;
    }
    for (PartFile.Writer out : writers) {
      out.close();
    }
    RunIndex index = new RunIndex(grid.count());
    index.addAll(flat, 0, used);
    return index;
  }

  private static String direct(PairFinder finder, NameLists lists) throws IOException {
    StringWriter text = new StringWriter();
    try (PairsCsvWriter csv = new PairsCsvWriter(text, lists.left(), lists.right())) {
      finder.findAll().forEach(p -> csv.accept(p.leftIndex(), p.rightIndex(), p.score()));
    }
    return text.toString();
  }
}
