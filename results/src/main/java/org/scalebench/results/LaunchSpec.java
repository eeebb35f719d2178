package org.scalebench.results;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 * @param variant the study variant this run belongs to ({@code variants:} in a study spec, e.g. {@code java}
 *     or {@code mpi4py}), a token; null when the study has one workload (and in files before schema 3)
 * @param exec the program of an {@code exec} run; required when {@code workload} is {@link #EXEC}, else null
 */
@JsonPropertyOrder({"schemaVersion", "study", "pointId", "repetition", "workload", "params", "nodes",
    "tasksPerNode", "cpusPerTask", "launcher", "gitCommit", "oversubscribed", "barrierBeforeCollectives",
    "transport", "variant", "exec"})
@JsonInclude(JsonInclude.Include.NON_NULL)
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
    String transport,
    String variant,
    ExecCommand exec) {

  /** 2 added {@code transport}; 3 added {@code variant} and {@code exec}. */
  public static final int SCHEMA_VERSION = 3;
  /** The workload name of a run whose ranks are a program of the user's ({@link ExecCommand}). */
  public static final String EXEC = "exec";
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
    if (variant != null) {
      Names.checkToken("variant", variant);
    }
    if (EXEC.equals(workload) != (exec != null)) {
      throw new IllegalArgumentException(exec == null
          ? "an exec run needs its command (exec), got none"
          : "only an exec run has a command (exec), but the workload is " + workload);
    }
  }

  /** A launch on the Open MPI Java bindings ({@code jni}). */
  public LaunchSpec(int schemaVersion, String study, String pointId, int repetition, String workload,
      SortedMap<String, String> params, int nodes, int tasksPerNode, int cpusPerTask, String launcher, String gitCommit,
      boolean oversubscribed, boolean barrierBeforeCollectives) {
    this(schemaVersion, study, pointId, repetition, workload, params, nodes, tasksPerNode, cpusPerTask, launcher,
        gitCommit, oversubscribed, barrierBeforeCollectives, "jni", null, null);
  }

  /** A launch on {@code transport}, outside any variant, of a built-in or user workload. */
  public LaunchSpec(int schemaVersion, String study, String pointId, int repetition, String workload,
      SortedMap<String, String> params, int nodes, int tasksPerNode, int cpusPerTask, String launcher, String gitCommit,
      boolean oversubscribed, boolean barrierBeforeCollectives, String transport) {
    this(schemaVersion, study, pointId, repetition, workload, params, nodes, tasksPerNode, cpusPerTask, launcher,
        gitCommit, oversubscribed, barrierBeforeCollectives, transport, null, null);
  }

  /** This launch on {@code transport}. */
  public LaunchSpec withTransport(String transport) {
    return new LaunchSpec(schemaVersion, study, pointId, repetition, workload, params, nodes, tasksPerNode,
        cpusPerTask, launcher, gitCommit, oversubscribed, barrierBeforeCollectives, transport, variant, exec);
  }

  /** This launch as part of study variant {@code name} (null: none). */
  public LaunchSpec withVariant(String name) {
    return new LaunchSpec(schemaVersion, study, pointId, repetition, workload, params, nodes, tasksPerNode,
        cpusPerTask, launcher, gitCommit, oversubscribed, barrierBeforeCollectives, transport, name, exec);
  }

  /** This launch running {@code command} (the workload must be {@link #EXEC}). */
  public LaunchSpec withExec(ExecCommand command) {
    return new LaunchSpec(schemaVersion, study, pointId, repetition, workload, params, nodes, tasksPerNode,
        cpusPerTask, launcher, gitCommit, oversubscribed, barrierBeforeCollectives, transport, variant, command);
  }

  /** The name a study's runs are grouped and labelled by: the variant when there is one, else the workload. */
  public String seriesLabel() {
    return variant != null ? variant : workload;
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
