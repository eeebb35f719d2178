package org.scalebench.analysis.scaling;

import java.util.Comparator;
import org.scalebench.analysis.aggregate.PointKey;
import org.scalebench.results.Checks;

/**
 * A configuration of the matrix, whatever ran on it: nodes x ranks per node x cpus per rank. Variants
 * are compared configuration by configuration.
 *
 * @param nodes nodes, {@code >= 1}
 * @param tasksPerNode ranks per node, {@code >= 1}
 * @param cpusPerTask cpus per rank, {@code >= 1}
 */
public record ShapeKey(int nodes, int tasksPerNode, int cpusPerTask) implements Comparable<ShapeKey> {
  private static final Comparator<ShapeKey> ORDER = Comparator.comparingInt(ShapeKey::cores)
      .thenComparingInt(ShapeKey::ranks).thenComparingInt(ShapeKey::nodes);

  public ShapeKey {
    Checks.atLeast("nodes", nodes, 1);
    Checks.atLeast("tasksPerNode", tasksPerNode, 1);
    Checks.atLeast("cpusPerTask", cpusPerTask, 1);
  }

  public static ShapeKey of(PointKey key) {
    return new ShapeKey(key.nodes(), key.tasksPerNode(), key.cpusPerTask());
  }

  public int ranks() {
    return nodes * tasksPerNode;
  }

  public int cores() {
    return ranks() * cpusPerTask;
  }

  /**
   * The configuration in words, saying only what varies: {@code 2 ranks}, {@code 2 ranks x 2 cpus} when
   * cpus are named, {@code 2 nodes x 4 ranks} (ranks per node) when nodes are.
   *
   * @param withNodes name the nodes (the compared configurations differ in nodes, or use more than one)
   * @param withCpus name the cpus per rank (the compared configurations differ in them)
   */
  public String words(boolean withNodes, boolean withCpus) {
    int ranks = withNodes ? tasksPerNode : ranks();
    String text = ranks + (ranks == 1 ? " rank" : " ranks");
    if (withNodes) {
      text = nodes + (nodes == 1 ? " node x " : " nodes x ") + text;
    }
    return withCpus ? text + " x " + cpusPerTask + (cpusPerTask == 1 ? " cpu" : " cpus") : text;
  }

  @Override
  public int compareTo(ShapeKey o) {
    return ORDER.compare(this, o);
  }
}
