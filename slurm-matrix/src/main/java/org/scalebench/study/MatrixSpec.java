package org.scalebench.study;

import java.util.List;

/**
 * The resource axes of a study; the points are their product, minus what the filter drops.
 *
 * @param nodes node counts, each {@code >= 1}
 * @param tasksPerNode MPI ranks per node, each {@code >= 1}
 * @param cpusPerTask cpus (worker threads) per rank, each {@code >= 1}
 * @param filter which shapes to keep
 */
public record MatrixSpec(List<Integer> nodes, List<Integer> tasksPerNode, List<Integer> cpusPerTask,
    MatrixFilter filter) {
  public MatrixSpec {
    nodes = checked("nodes", nodes);
    tasksPerNode = checked("ntasksPerNode", tasksPerNode);
    cpusPerTask = checked("cpusPerTask", cpusPerTask);
    if (filter == null) {
      filter = MatrixFilter.NONE;
    }
  }

  private static List<Integer> checked(String field, List<Integer> values) {
    if (values == null || values.isEmpty()) {
      throw new IllegalArgumentException("matrix." + field + " must have at least one value, got " + values);
    }
    for (int v : values) {
      if (v < 1) {
        throw new IllegalArgumentException("matrix." + field + " values must be at least 1, got " + v);
      }
    }
    return List.copyOf(values);
  }
}
