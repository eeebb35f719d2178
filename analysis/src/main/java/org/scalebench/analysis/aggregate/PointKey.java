package org.scalebench.analysis.aggregate;

import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.scalebench.analysis.text.ShellWords;
import org.scalebench.results.Checks;
import org.scalebench.results.LaunchSpec;
import org.scalebench.results.Names;
import org.scalebench.results.RunMetadata;

/**
 * What makes repetitions comparable: the same variant, workload, parameters and shape, timed the same way.
 *
 * <p>The parameters of an {@code exec} run (a program of the user's, {@link LaunchSpec#exec()}) also hold
 * its argument vector under {@link #EXEC_COMMAND}, shell-quoted for display, so that two programs never
 * share a point or a curve; its folder and environment stay out (they may change between runs of one
 * program), and so does any {@code exec.*} key of {@code run.json}'s parameters. Readers hide {@code
 * exec.*} keys from the parameters they list.
 *
 * @param variant the study variant ({@code variants:} in the spec), a token; null when the study has none
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
    String variant, String workload, SortedMap<String, String> params, int nodes, int tasksPerNode, int cpusPerTask,
    int ranks, boolean barrierBeforeCollectives)
    implements Comparable<PointKey> {

  /** The key under which an exec run's argument vector sits in {@link #params()}. */
  public static final String EXEC_COMMAND = "exec.command";
  /** The prefix of every key that describes an exec run's program rather than a parameter of it. */
  public static final String EXEC_PREFIX = "exec.";

  private static final Comparator<PointKey> ORDER = Comparator
      .comparing(PointKey::variant, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
      .thenComparing(PointKey::workload)
      .thenComparing(PointKey::paramsText)
      .thenComparingInt(PointKey::cpusPerTask)
      .thenComparingInt(PointKey::ranks)
      .thenComparingInt(PointKey::nodes)
      .thenComparing(PointKey::barrierBeforeCollectives);

  public PointKey {
    if (variant != null) {
      Names.checkToken("variant", variant);
    }
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

  /** A point outside any study variant. */
  public PointKey(String workload, SortedMap<String, String> params, int nodes, int tasksPerNode, int cpusPerTask,
      int ranks, boolean barrierBeforeCollectives) {
    this(null, workload, params, nodes, tasksPerNode, cpusPerTask, ranks, barrierBeforeCollectives);
  }

  public static PointKey of(RunMetadata m) {
    LaunchSpec launch = m.launch();
    SortedMap<String, String> params = m.params();
    if (launch.exec() != null) {
      TreeMap<String, String> p = new TreeMap<>(params);
      p.keySet().removeIf(k -> k.startsWith(EXEC_PREFIX));
      p.put(EXEC_COMMAND, ShellWords.quote(launch.exec().command()));
      params = p;
    }
    return new PointKey(launch.variant(), launch.workload(), params, launch.nodes(), launch.tasksPerNode(),
        launch.cpusPerTask(), launch.ranks(), launch.barrierBeforeCollectives());
  }

  /** The name its curves go by: the variant when there is one, else the workload. */
  public String label() {
    return variant != null ? variant : workload;
  }

  /** The exec run's program as a shell would show it, or null for a workload of ours. */
  public String command() {
    return params.get(EXEC_COMMAND);
  }

  /**
   * {@code k=v, k=v} in key order, or {@code (no parameters)}; {@code , no barrier} when it was off. An
   * exec run's {@link #EXEC_COMMAND} is among them: this is the unambiguous text (summary.csv).
   */
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
