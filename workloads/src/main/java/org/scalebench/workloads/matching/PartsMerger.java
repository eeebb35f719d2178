package org.scalebench.workloads.matching;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Merges the tiles' sorted runs into one {@code pairs.csv}, streaming: tile row by tile row (tile
 * rows cover ascending, disjoint left ranges), a k-way merge of that row's runs by (left, right),
 * where k is the number of tile columns. Memory: one read buffer per run of the current tile row
 * and the CSV writer's buffer, whatever the number of matches.
 */
public final class PartsMerger {
  /** Read buffer per run. */
  static final int RUN_BUFFER_BYTES = 64 * 1024;

  private PartsMerger() {}

  /**
   * What the merge did.
   *
   * @param pairs records written, {@code >= 0}
   * @param bytesRead bytes of part files read, {@code >= 0}
   * @param bytesWritten bytes of {@code pairs.csv}, {@code >= 0}
   */
  public record Merged(long pairs, long bytesRead, long bytesWritten) {
    public Merged {
      if (pairs < 0 || bytesRead < 0 || bytesWritten < 0) {
        throw new IllegalArgumentException("merge counts must be >= 0, got pairs " + pairs + ", read "
            + bytesRead + ", written " + bytesWritten);
      }
    }
  }

  /**
   * Writes the runs of {@code index} (part files in {@code partsDir}) to {@code target} atomically,
   * with the strings of {@code lists}.
   */
  public static Merged merge(TileGrid grid, RunIndex index, Path partsDir, NameLists lists, Path target)
      throws IOException {
    if (index.tiles() != grid.count()) {
      throw new IllegalArgumentException("the index has " + index.tiles() + " tiles, the grid " + grid.count());
    }
    index.requireComplete();
    Map<Integer, FileChannel> channels = new HashMap<>();
    long pairs;
    try {
      pairs = PairsCsvWriter.writeAtomically(target, lists.left(), lists.right(), csv -> {
        long written = 0;
        int cols = grid.colTiles();
        for (int row = 0; row < grid.rowTiles(); row++) {
          List<PartFile.RunReader> runs = new ArrayList<>(cols);
          for (int tile = row * cols; tile < (row + 1) * cols; tile++) {
            if (index.count(tile) > 0) {
              FileChannel channel = channel(channels, partsDir, index.part(tile));
              runs.add(new PartFile.RunReader(channel, index.first(tile), index.count(tile), RUN_BUFFER_BYTES));
            }
          }
          written += mergeRow(runs, csv);
        }
        return written;
      });
    } finally {
      for (FileChannel c : channels.values()) {
        c.close();
      }
    }
    return new Merged(pairs, pairs * PartFile.RECORD_BYTES + (long) channels.size() * PartFile.HEADER_BYTES,
        Files.size(target));
  }

  private static long mergeRow(List<PartFile.RunReader> runs, PairSink out) throws IOException {
    long written = 0;
    if (runs.size() == 1) {
      PartFile.RunReader only = runs.get(0);
      while (only.next()) {
        out.accept(only.left(), only.right(), only.score());
        written++;
      }
      return written;
    }
    PriorityQueue<PartFile.RunReader> heap = new PriorityQueue<>(Math.max(1, runs.size()),
        (a, b) -> a.left() != b.left() ? Integer.compare(a.left(), b.left()) : Integer.compare(a.right(), b.right()));
    for (PartFile.RunReader run : runs) {
      if (run.next()) {
        heap.add(run);
      }
    }
    while (!heap.isEmpty()) {
      PartFile.RunReader head = heap.poll();
      out.accept(head.left(), head.right(), head.score());
      written++;
      if (head.next()) {
        heap.add(head);
      }
    }
    return written;
  }

  private static FileChannel channel(Map<Integer, FileChannel> open, Path partsDir, int part) throws IOException {
    FileChannel c = open.get(part);
    if (c == null) {
      Path file = PartFile.path(partsDir, part);
      c = FileChannel.open(file, StandardOpenOption.READ);
      open.put(part, c);
      PartFile.checkHeader(c, file);
    }
    return c;
  }

  /** Deletes the part files and the directory (after a merge). */
  public static void deleteParts(Path partsDir) throws IOException {
    if (!Files.isDirectory(partsDir)) {
      return;
    }
    try (var files = Files.list(partsDir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.delete(f);
      }
    }
    Files.delete(partsDir);
  }
}
