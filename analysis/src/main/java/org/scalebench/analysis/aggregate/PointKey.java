package org.scalebench.analysis.aggregate;

import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.scalebench.results.Checks;
import org.scalebench.results.LaunchSpec;
import org.scalebench.results.Names;
import org.scalebench.results.RunMetadata;

/**
 * What makes repetitions comparable: the same workload, parameters and shape, timed the same way.
 *
 * @param workload the workload name
 * @param params the workload parameters, sorted by name
 * @param nodes nodes, {@code >= 1}
 * @param tasksPerNode ranks per node, {@code >= 1}
 * @param cpusPerTask cpus per rank, {@code >= 1}
 * @param ranks total ranks, {@code nodes * tasksPerNode}
 * @param barrierBeforeCollectives whether a barrier before each collective split wait from transfer
 *     ({@code --no-barrier} runs differ in what their communication time holds, so they are kept apart)
 */
public record PointKey(
    String workload, SortedMap<String, String> params, int nodes, int tasksPerNode, int cpusPerTask, int ranks,
    boolean barrierBeforeCollectives)
    implements Comparable<PointKey> {

  private static final Comparator<PointKey> ORDER = Comparator.comparing(PointKey::workload)
      .thenComparing(PointKey::paramsText)
      .thenComparingInt(PointKey::cpusPerTask)
      .thenComparingInt(PointKey::ranks)
      .thenComparingInt(PointKey::nodes)
      .thenComparing(PointKey::barrierBeforeCollectives);

  public PointKey {
    Names.checkToken("workload", workload);
    params = Collections.unmodifiableSortedMap(new TreeMap<>(params == null ? Map.of() : params));
    Checks.atLeast("nodes", nodes, 1);
    Checks.atLeast("tasksPerNode", tasksPerNode, 1);
    Checks.atLeast("cpusPerTask", cpusPerTask, 1);
    if (ranks != nodes * tasksPerNode) {
      throw new IllegalArgumentException("ranks must be nodes * tasksPerNode = " + nodes * tasksPerNode
          + ", got " + ranks);
    }
  }

  public static PointKey of(RunMetadata m) {
    LaunchSpec launch = m.launch();
    return new PointKey(launch.workload(), m.params(), launch.nodes(), launch.tasksPerNode(), launch.cpusPerTask(),
        launch.ranks(), launch.barrierBeforeCollectives());
  }

  /** {@code k=v, k=v} in key order, or {@code (no parameters)}; {@code , no barrier} when it was off. */
  public String paramsText() {
    String text = params.isEmpty() ? "(no parameters)"
        : params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    return barrierBeforeCollectives ? text : text + ", no barrier";
  }

  /** Total cores the point asked for: {@code ranks * cpusPerTask}, {@code >= 1}. */
  public int cores() {
    return ranks * cpusPerTask;
  }

  /** The shape in words, e.g. {@code 2 nodes x 4 ranks x 1 cpu}, or {@code 4 ranks x 2 cpus} on one node. */
  public String shapeWords() {
    String ranksPart = tasksPerNode + (tasksPerNode == 1 ? " rank" : " ranks");
    String cpus = cpusPerTask + (cpusPerTask == 1 ? " cpu" : " cpus");
    return nodes == 1 ? ranksPart + " x " + cpus : nodes + " nodes x " + ranksPart + " x " + cpus;
  }

  /** The shape, e.g. {@code n2-t4-c1}. */
  public String shape() {
    return "n" + nodes + "-t" + tasksPerNode + "-c" + cpusPerTask;
  }

  @Override
  public int compareTo(PointKey other) {
    return ORDER.compare(this, other);
  }
}
