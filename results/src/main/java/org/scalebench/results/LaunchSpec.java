package org.scalebench.results;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a launcher asks the ranks of one run to do: the content of {@code launch.json}, written
 * before the ranks start. Passing it as a file keeps parameter values out of command lines and
 * generated scripts, where they would need quoting.
 *
 * @param schemaVersion the format version, {@code 1..SCHEMA_VERSION}
 * @param study the study name, a path-safe token
 * @param pointId the matrix point id
 * @param repetition the repetition number, {@code >= 1}
 * @param workload the workload name
 * @param params the workload parameters as given (defaults are applied by the ranks)
 * @param nodes nodes, {@code >= 1}
 * @param tasksPerNode ranks per node, {@code >= 1}
 * @param cpusPerTask cpus (worker threads) per rank, {@code >= 1}
 * @param launcher how the ranks are started, e.g. {@code mpirun}
 * @param gitCommit the commit of the scalebench build, or {@code unknown}
 * @param oversubscribed true when the launcher knowingly starts more ranks x cpus than cores
 * @param barrierBeforeCollectives time a barrier before every collective, to split wait from transfer
 * @param transport the MPI transport of the ranks: {@code jni} (the Open MPI Java bindings) or
 *     {@code ffm} (java.lang.foreign on libmpi); schema 1 files, which predate the choice, read as
 *     {@code jni}
 */
@JsonPropertyOrder({"schemaVersion", "study", "pointId", "repetition", "workload", "params", "nodes",
    "tasksPerNode", "cpusPerTask", "launcher", "gitCommit", "oversubscribed", "barrierBeforeCollectives",
    "transport"})
public record LaunchSpec(
    int schemaVersion,
    String study,
    String pointId,
    int repetition,
    String workload,
    SortedMap<String, String> params,
    int nodes,
    int tasksPerNode,
    int cpusPerTask,
    String launcher,
    String gitCommit,
    boolean oversubscribed,
    boolean barrierBeforeCollectives,
    String transport) {

  /** 2 added {@code transport}. */
  public static final int SCHEMA_VERSION = 2;
  /** The transports a rank knows. */
  public static final java.util.List<String> TRANSPORTS = java.util.List.of("jni", "ffm");
  public static final String FILE = "launch.json";

  public LaunchSpec {
    Checks.run(schemaVersion, SCHEMA_VERSION, study, pointId, repetition, workload, nodes, tasksPerNode,
        cpusPerTask);
    params = Collections.unmodifiableSortedMap(new TreeMap<>(params == null ? Map.of() : params));
    Checks.nonBlank("launcher", launcher);
    gitCommit = gitCommit == null || gitCommit.isBlank() ? "unknown" : gitCommit;
    transport = transport == null ? "jni" : transport;
    if (!TRANSPORTS.contains(transport)) {
      throw new IllegalArgumentException("transport must be one of " + TRANSPORTS + ", got '" + transport + "'");
    }
  }

  /** A launch on the Open MPI Java bindings ({@code jni}). */
  public LaunchSpec(int schemaVersion, String study, String pointId, int repetition, String workload,
      SortedMap<String, String> params, int nodes, int tasksPerNode, int cpusPerTask, String launcher, String gitCommit,
      boolean oversubscribed, boolean barrierBeforeCollectives) {
    this(schemaVersion, study, pointId, repetition, workload, params, nodes, tasksPerNode, cpusPerTask, launcher,
        gitCommit, oversubscribed, barrierBeforeCollectives, "jni");
  }

  /** This launch on {@code transport}. */
  public LaunchSpec withTransport(String transport) {
    return new LaunchSpec(schemaVersion, study, pointId, repetition, workload, params, nodes, tasksPerNode,
        cpusPerTask, launcher, gitCommit, oversubscribed, barrierBeforeCollectives, transport);
  }

  public int ranks() {
    return nodes * tasksPerNode;
  }

  public void write(Path runDir) throws IOException {
    AtomicFiles.writeString(runDir.resolve(FILE), ResultJson.pretty(this));
  }

  public static LaunchSpec read(Path runDir) throws IOException {
    return ResultJson.read(runDir.resolve(FILE), LaunchSpec.class);
  }
}
