package org.scalebench.workloads.matching;

import java.util.Arrays;

/**
 * Where the sorted run of every tile is: which part file, from which record, how many records.
 * Ranks send their entries to rank 0 as flat {@code long} arrays of {@link #LONGS_PER_ENTRY} per
 * tile ({@code tile, part, first, count}); rank 0 adds them up here and checks that every tile was
 * computed exactly once before it merges.
 */
public final class RunIndex {
  public static final int LONGS_PER_ENTRY = 4;

  private final int[] part;
  private final long[] first;
  private final long[] count;

  /** An empty index for {@code tiles} tiles. */
  public RunIndex(int tiles) {
    part = new int[tiles];
    Arrays.fill(part, -1);
    first = new long[tiles];
    count = new long[tiles];
  }

  /** Appends one entry to a flat array being built by a rank, growing it as needed. */
  public static long[] append(long[] entries, int used, int tile, int part, long first, long count) {
    long[] out = used + LONGS_PER_ENTRY > entries.length
        ? Arrays.copyOf(entries, Math.max(LONGS_PER_ENTRY * 16, entries.length * 2)) : entries;
    out[used] = tile;
    out[used + 1] = part;
    out[used + 2] = first;
    out[used + 3] = count;
    return out;
  }

  /** Adds the entries of {@code flat[0 .. length)}; a tile seen twice or out of range is an error. */
  public void addAll(long[] flat, int from, int length) {
    if (length % LONGS_PER_ENTRY != 0) {
      throw new IllegalArgumentException("a run index has " + LONGS_PER_ENTRY + " longs per entry, got " + length);
    }
    for (int i = from; i < from + length; i += LONGS_PER_ENTRY) {
      long tile = flat[i];
      if (tile < 0 || tile >= part.length) {
        throw new IllegalStateException("run index names tile " + tile + " of " + part.length);
      }
      int t = (int) tile;
      if (part[t] >= 0) {
        throw new IllegalStateException("tile " + t + " was computed twice (parts " + part[t] + " and " + flat[i + 1] + ")");
      }
      if (flat[i + 1] < 0 || flat[i + 2] < 0 || flat[i + 3] < 0) {
        throw new IllegalStateException("run index entry of tile " + t + " has a negative field");
      }
      part[t] = (int) flat[i + 1];
      first[t] = flat[i + 2];
      count[t] = flat[i + 3];
    }
  }

  /** Throws unless every tile has its run. */
  public void requireComplete() {
    for (int t = 0; t < part.length; t++) {
      if (part[t] < 0) {
        throw new IllegalStateException("tile " + t + " of " + part.length + " was never computed");
      }
    }
  }

  public int tiles() {
    return part.length;
  }

  public int part(int tile) {
    return part[tile];
  }

  public long first(int tile) {
    return first[tile];
  }

  public long count(int tile) {
    return count[tile];
  }
}
