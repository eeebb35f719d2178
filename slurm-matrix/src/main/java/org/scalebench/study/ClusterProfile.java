package org.scalebench.study;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.scalebench.results.Checks;
import org.scalebench.results.Names;

/**
 * Where and how a study's jobs run: the Slurm account, partition and qos, the size of a node, the
 * module lines and environment the ranks need, and the launch line. Profiles live in files of their
 * own ({@code studies/profiles/<name>.yaml}) and are shared by studies.
 *
 * @param name a token naming the profile
 * @param account the Slurm account ({@code --account}), or null
 * @param partition the Slurm partition, or null for the cluster's default
 * @param qos the Slurm quality of service, or null
 * @param time the default time limit of one point, or null (the study's {@code timeLimit} wins)
 * @param coresPerNode cores of one node, {@code >= 1}: {@code ntasksPerNode * cpusPerTask} may not exceed it
 * @param memoryPerNodeMb memory of one node in MiB, or 0 when unknown (then ranks get 1 GiB of heap)
 * @param maxNodes the most nodes one job may ask for, {@code >= 1}
 * @param modules lines run before the launch, e.g. {@code module load env/release/2024.1}
 * @param launch the launch line
 * @param sbatch extra sbatch options, each {@code --name} or {@code --name=value}
 * @param env environment variables for the job (values are quoted in the script)
 * @param java the java executable on the nodes
 * @param jar the scalebench jar as the nodes see it, or null for the jar this command runs from
 * @param rankHeapMb {@code -Xmx} of a rank in MiB, or 0 for 60% of the node's memory split over its ranks
 * @param oversubscribe true when more ranks x cpus than cores per node are allowed (a laptop)
 * @param maxArraySize the most tasks one Slurm job array may hold, {@code 1..}: the cluster's
 *     {@code MaxArraySize} minus one (Slurm's default {@code MaxArraySize=1001} allows indices 0..1000)
 * @param jars workload jars every study of this profile puts on its ranks' class path, absolute
 *     (the profile's {@code jars:}, relative to its file)
 */
public record ClusterProfile(String name, String account, String partition, String qos, Duration time,
    int coresPerNode, int memoryPerNodeMb, int maxNodes, List<String> modules, LaunchLine launch,
    List<String> sbatch, SortedMap<String, String> env, String java, String jar, int rankHeapMb,
    boolean oversubscribe, int maxArraySize, List<Path> jars) {

  /** Slurm's default {@code MaxArraySize} is 1001, so task indices 0..999 always fit. */
  public static final int DEFAULT_MAX_ARRAY_SIZE = 1000;

  public ClusterProfile {
    Names.checkToken("profile name", name);
    optionalSafe("account", account);
    optionalSafe("partition", partition);
    optionalSafe("qos", qos);
    Checks.atLeast("coresPerNode", coresPerNode, 1);
    Checks.atLeast("memoryPerNodeMb", memoryPerNodeMb, 0);
    Checks.atLeast("maxNodes", maxNodes, 1);
    modules = List.copyOf(modules);
    for (String m : modules) {
      String why = ScriptWords.unsafeLine("module line", m);
      if (why != null) {
        throw new IllegalArgumentException(why);
      }
    }
    if (launch == null) {
      throw new IllegalArgumentException("launch must not be null");
    }
    sbatch = List.copyOf(sbatch);
    for (String s : sbatch) {
      String why = ScriptWords.unsafeSbatchOption("sbatch option", s);
      if (why != null) {
        throw new IllegalArgumentException(why);
      }
    }
    env = Collections.unmodifiableSortedMap(new TreeMap<>(env));
    for (Map.Entry<String, String> e : env.entrySet()) {
      if (!ScriptWords.isEnvName(e.getKey())) {
        throw new IllegalArgumentException("env name '" + e.getKey() + "' must be letters, digits and _, "
            + "not starting with a digit");
      }
      if (e.getValue() == null || e.getValue().indexOf('\0') >= 0) {
        throw new IllegalArgumentException("env " + e.getKey() + " needs a value without NUL characters");
      }
    }
    ScriptWords.checkSafe("java", java);
    optionalSafe("jar", jar);
    String heapProblem = rankHeapProblem(rankHeapMb);
    if (heapProblem != null) {
      throw new IllegalArgumentException("rankHeapMb " + heapProblem);
    }
    Checks.atLeast("maxArraySize", maxArraySize, 1);
    jars = jars == null ? List.of() : jars.stream().map(p -> p.toAbsolutePath().normalize()).distinct().toList();
  }

  private static void optionalSafe(String field, String value) {
    if (value != null) {
      ScriptWords.checkSafe(field, value);
    }
  }

  /** {@code -Xmx} of one rank in MiB when {@code tasksPerNode} ranks share a node. */
  public int heapMegabytes(int tasksPerNode) {
    if (rankHeapMb > 0) {
      return rankHeapMb;
    }
    if (memoryPerNodeMb == 0) {
      return 1024;
    }
    return (int) Math.max(256, Math.min(16_384, (long) (memoryPerNodeMb * 0.6) / tasksPerNode));
  }

  /**
   * The smallest rank heap in MiB a user may ask for: a 2-rank hello runs with 3 MiB here and the JVM
   * refuses 2; 16 leaves room for the small workloads. Local runs, profiles and study specs share it.
   */
  public static final int MIN_RANK_HEAP_MB = 16;

  /**
   * What is wrong with a requested rank heap, or null: 0 (a share of the machine's memory) or at
   * least {@link #MIN_RANK_HEAP_MB} MiB. The sentence starts with the value, for the caller to name
   * the option or key in front of it.
   */
  public static String rankHeapProblem(int megabytes) {
    return megabytes == 0 || megabytes >= MIN_RANK_HEAP_MB ? null
        : megabytes + " is too small: a rank's JVM needs at least " + MIN_RANK_HEAP_MB
            + " MiB of heap (or 0 for a share of the machine's memory)";
  }
}
