package org.scalebench.study;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import org.scalebench.results.Names;
import org.scalebench.results.PointId;

/**
 * One point of a study's matrix.
 *
 * @param workload the workload name
 * @param nodes nodes, {@code >= 1}
 * @param tasksPerNode ranks per node, {@code >= 1}
 * @param cpusPerTask cpus per rank, {@code >= 1}
 * @param params the workload parameters of this point (weak scaling already applied)
 * @param id {@link PointId#of}, e.g. {@code sum-n2-t4-c1-9b78b88a}
 */
public record Point(String workload, int nodes, int tasksPerNode, int cpusPerTask, SortedMap<String, String> params,
    String id) {
  public Point {
    Names.checkToken("workload", workload);
    params = Collections.unmodifiableSortedMap(new TreeMap<>(params));
    if (!id.equals(idOf(workload, nodes, tasksPerNode, cpusPerTask, params))) {
      throw new IllegalArgumentException("point id " + id + " does not match its workload, shape and parameters");
    }
  }

  public static Point of(String workload, int nodes, int tasksPerNode, int cpusPerTask,
      SortedMap<String, String> params) {
    return new Point(workload, nodes, tasksPerNode, cpusPerTask, params,
        idOf(workload, nodes, tasksPerNode, cpusPerTask, params));
  }

  static String idOf(String workload, int nodes, int tasksPerNode, int cpusPerTask, SortedMap<String, String> params) {
    return PointId.of(workload, nodes, tasksPerNode, cpusPerTask, params);
  }

  public int ranks() {
    return nodes * tasksPerNode;
  }

  /** e.g. {@code 2 nodes x 4 tasks x 1 cpu}. */
  public String shape() {
    return shape(nodes, tasksPerNode, cpusPerTask);
  }

  static String shape(int nodes, int tasksPerNode, int cpusPerTask) {
    return nodes + (nodes == 1 ? " node" : " nodes") + " x " + tasksPerNode + (tasksPerNode == 1 ? " task" : " tasks")
        + " x " + cpusPerTask + (cpusPerTask == 1 ? " cpu" : " cpus");
  }
}
