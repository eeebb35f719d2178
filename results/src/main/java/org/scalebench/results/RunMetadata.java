package org.scalebench.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Who, what and where of one run: the content of {@code run.json}.
 *
 * <p>Written last, atomically: a run directory without it is incomplete (still running, or its
 * launcher died). {@link #SCHEMA_VERSION} changes whenever a field changes meaning or is removed;
 * readers accept every version up to their own.
 *
 * @param schemaVersion the format version of this file, {@code 1..SCHEMA_VERSION}
 * @param study the study name, a path-safe token
 * @param pointId the matrix point, e.g. {@code n1-t4-c1-3f2a9c01}
 * @param repetition the repetition number within the point, {@code >= 1}
 * @param workload the workload name
 * @param params the workload parameters as given (after defaults), sorted by name
 * @param nodes nodes asked for, {@code >= 1}
 * @param tasksPerNode MPI ranks per node, {@code >= 1}
 * @param cpusPerTask cpus (threads) per rank, {@code >= 1}
 * @param ranks total ranks, {@code nodes * tasksPerNode}
 * @param launcher how the ranks were started: {@code mpirun}, {@code srun}, {@code sbatch+mpirun}
 * @param slurmJobId the Slurm job id, or null outside Slurm
 * @param hosts the distinct host names the ranks ran on, in rank order of first appearance
 * @param oversubscribed true when more ranks (times cpus) ran than the hosts have cores
 * @param gitCommit the commit of the scalebench build, or {@code unknown}
 * @param javaVersion the {@code java.version} of the ranks
 * @param mpiVersion the MPI library version string ({@code MPI_Get_library_version}), first line
 * @param startedAt when the workload started (after MPI initialization)
 * @param endedAt when the last rank finished the workload
 * @param wallSeconds the workload's wall-clock seconds, slowest rank, {@code >= 0}
 * @param status ok or failed
 * @param failureReason one sentence naming the problem when failed, else null
 */
@JsonPropertyOrder({
  "schemaVersion", "study", "pointId", "repetition", "workload", "params",
  "nodes", "tasksPerNode", "cpusPerTask", "ranks", "launcher", "slurmJobId", "hosts", "oversubscribed",
  "gitCommit", "javaVersion", "mpiVersion", "startedAt", "endedAt", "wallSeconds", "status", "failureReason"
})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RunMetadata(
    int schemaVersion,
    String study,
    String pointId,
    int repetition,
    String workload,
    SortedMap<String, String> params,
    int nodes,
    int tasksPerNode,
    int cpusPerTask,
    int ranks,
    String launcher,
    String slurmJobId,
    List<String> hosts,
    boolean oversubscribed,
    String gitCommit,
    String javaVersion,
    String mpiVersion,
    Instant startedAt,
    Instant endedAt,
    double wallSeconds,
    RunStatus status,
    String failureReason) {

  /** The version this build writes: 1. */
  public static final int SCHEMA_VERSION = 1;

  public RunMetadata {
    Checks.run(schemaVersion, SCHEMA_VERSION, study, pointId, repetition, workload, nodes, tasksPerNode,
        cpusPerTask);
    params = Collections.unmodifiableSortedMap(new TreeMap<>(params == null ? Map.of() : params));
    if (ranks != nodes * tasksPerNode) {
      throw new IllegalArgumentException(
          "ranks must be nodes * tasksPerNode = " + nodes * tasksPerNode + ", got " + ranks);
    }
    Checks.nonBlank("launcher", launcher);
    hosts = List.copyOf(hosts == null ? List.of() : hosts);
    gitCommit = gitCommit == null || gitCommit.isBlank() ? "unknown" : gitCommit;
    Checks.notNull("startedAt", startedAt);
    Checks.notNull("endedAt", endedAt);
    if (endedAt.isBefore(startedAt)) {
      throw new IllegalArgumentException("endedAt " + endedAt + " is before startedAt " + startedAt);
    }
    Checks.nonNegative("wallSeconds", wallSeconds);
    Checks.notNull("status", status);
    if (status == RunStatus.FAILED) {
      Checks.nonBlank("failureReason", failureReason);
    } else if (failureReason != null) {
      throw new IllegalArgumentException("failureReason must be null for an ok run, got '" + failureReason + "'");
    }
  }

  /**
   * The metadata of a run launched from {@code spec}: the launch's fields, with the parameters as
   * resolved (defaults applied) and what only the ranks or the launcher learn.
   */
  public static RunMetadata from(LaunchSpec spec, Map<String, String> resolvedParams, List<String> hosts,
      String mpiVersion, Instant startedAt, Instant endedAt, double wallSeconds, RunStatus status,
      String failureReason) {
    return new RunMetadata(SCHEMA_VERSION, spec.study(), spec.pointId(), spec.repetition(), spec.workload(),
        new TreeMap<>(resolvedParams), spec.nodes(), spec.tasksPerNode(), spec.cpusPerTask(), spec.ranks(),
        spec.launcher(), System.getenv("SLURM_JOB_ID"), hosts, spec.oversubscribed(), spec.gitCommit(),
        System.getProperty("java.version"), mpiVersion, startedAt, endedAt, wallSeconds, status, failureReason);
  }

  /** The same run marked failed with {@code reason}. */
  public RunMetadata failed(String reason) {
    return new RunMetadata(schemaVersion, study, pointId, repetition, workload, params, nodes,
        tasksPerNode, cpusPerTask, ranks, launcher, slurmJobId, hosts, oversubscribed, gitCommit,
        javaVersion, mpiVersion, startedAt, endedAt, wallSeconds, RunStatus.FAILED, reason);
  }
}
