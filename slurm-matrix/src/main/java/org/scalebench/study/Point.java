package org.scalebench.study;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import org.scalebench.results.ExecCommand;
import org.scalebench.results.LaunchSpec;
import org.scalebench.results.Names;
import org.scalebench.results.PointId;

/**
 * One point of a study's matrix.
 *
 * @param workload the workload name ({@link LaunchSpec#EXEC} for a program of the user's)
 * @param nodes nodes, {@code >= 1}
 * @param tasksPerNode ranks per node, {@code >= 1}
 * @param cpusPerTask cpus per rank, {@code >= 1}
 * @param params the workload parameters of this point (weak scaling already applied)
 * @param id {@link PointId#of}, e.g. {@code sum-n2-t4-c1-9b78b88a}: of the variant's name when the
 *     point belongs to one, else of the workload; an exec point's hash covers its command too
 * @param variant the study variant of the point, a token, or null
 * @param exec the program of an exec point (its placeholders filled in), else null
 */
public record Point(String workload, int nodes, int tasksPerNode, int cpusPerTask, SortedMap<String, String> params,
    String id, String variant, ExecCommand exec) {
  public Point {
    Names.checkToken("workload", workload);
    if (variant != null) {
      Names.checkToken("variant", variant);
    }
    if (LaunchSpec.EXEC.equals(workload) != (exec != null)) {
      throw new IllegalArgumentException("an exec point needs its command, and only an exec point has one");
    }
    params = Collections.unmodifiableSortedMap(new TreeMap<>(params));
    if (!id.equals(idOf(workload, nodes, tasksPerNode, cpusPerTask, params, variant, exec))) {
      throw new IllegalArgumentException("point id " + id + " does not match its workload, shape and parameters");
    }
  }

  /** A point of a study without variants, of a workload that is not exec. */
  public static Point of(String workload, int nodes, int tasksPerNode, int cpusPerTask,
      SortedMap<String, String> params) {
    return of(workload, nodes, tasksPerNode, cpusPerTask, params, null, null);
  }

  public static Point of(String workload, int nodes, int tasksPerNode, int cpusPerTask,
      SortedMap<String, String> params, String variant, ExecCommand exec) {
    return new Point(workload, nodes, tasksPerNode, cpusPerTask, params,
        idOf(workload, nodes, tasksPerNode, cpusPerTask, params, variant, exec), variant, exec);
  }

  /**
   * The id of a point: {@code <variant or workload>-n..-t..-c..} and the hash of its parameters, and
   * for exec of its command as well, so that two programs never share a point.
   */
  public static String idOf(String workload, int nodes, int tasksPerNode, int cpusPerTask,
      SortedMap<String, String> params, String variant, ExecCommand exec) {
    TreeMap<String, String> identity = new TreeMap<>(params);
    if (exec != null) {
      identity.putAll(exec.identity());
    }
    return PointId.of(variant != null ? variant : workload, nodes, tasksPerNode, cpusPerTask, identity);
  }

  public int ranks() {
    return nodes * tasksPerNode;
  }

  /** The point's name in reports and progress lines: its variant, else its workload. */
  public String label() {
    return variant != null ? variant : workload;
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
