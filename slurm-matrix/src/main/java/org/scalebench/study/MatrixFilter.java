package org.scalebench.study;

import java.util.List;

/**
 * Which shapes of the full {@code nodes x ntasksPerNode x cpusPerTask} product a study keeps.
 *
 * @param minRanks keep points with at least this many ranks ({@code nodes * ntasksPerNode}), {@code >= 1}
 * @param maxRanks keep points with at most this many ranks, {@code >= minRanks}
 * @param maxCpus keep points using at most this many cpus in total ({@code ranks * cpusPerTask}), {@code >= 1}
 * @param exclude shapes to drop: every field that a pattern sets must match
 */
public record MatrixFilter(int minRanks, int maxRanks, int maxCpus, List<Shape> exclude) {
  public static final MatrixFilter NONE = new MatrixFilter(1, Integer.MAX_VALUE, Integer.MAX_VALUE, List.of());

  public MatrixFilter {
    if (minRanks < 1 || maxRanks < minRanks || maxCpus < 1) {
      throw new IllegalArgumentException("filter must have 1 <= minRanks <= maxRanks and maxCpus >= 1, got minRanks="
          + minRanks + ", maxRanks=" + maxRanks + ", maxCpus=" + maxCpus);
    }
    exclude = List.copyOf(exclude);
  }

  public boolean keeps(int nodes, int tasksPerNode, int cpusPerTask) {
    long ranks = (long) nodes * tasksPerNode;
    if (ranks < minRanks || ranks > maxRanks || ranks * cpusPerTask > maxCpus) {
      return false;
    }
    for (Shape s : exclude) {
      if (s.matches(nodes, tasksPerNode, cpusPerTask)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A pattern over shapes; a null field matches any value.
   *
   * @param nodes nodes, or null
   * @param tasksPerNode ranks per node, or null
   * @param cpusPerTask cpus per rank, or null
   */
  public record Shape(Integer nodes, Integer tasksPerNode, Integer cpusPerTask) {
    public Shape {
      if (nodes == null && tasksPerNode == null && cpusPerTask == null) {
        throw new IllegalArgumentException("an exclude pattern must set nodes, ntasksPerNode or cpusPerTask");
      }
    }

    boolean matches(int n, int t, int c) {
      return (nodes == null || nodes == n) && (tasksPerNode == null || tasksPerNode == t)
          && (cpusPerTask == null || cpusPerTask == c);
    }
  }
}
