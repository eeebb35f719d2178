package org.scalebench.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Who, what and where of one run: the content of {@code run.json}. It composes the {@link LaunchSpec}
 * the run was started from (every field the launcher asked for, {@code barrierBeforeCollectives}
 * among them) with what only the ranks or the launcher learn.
 *
 * <p>Written last, atomically: a run directory without it is incomplete (still running, or its
 * launcher died). {@link #SCHEMA_VERSION} changes whenever a field changes meaning or is removed;
 * readers accept every version up to their own ({@link #read}: version 1 had the launch's fields
 * flat at the top level and no {@code barrierBeforeCollectives}, which it takes from the run's
 * {@code launch.json}).
 *
 * @param schemaVersion the format version of this file, {@code 1..SCHEMA_VERSION}
 * @param launch what the launcher asked for: study, point, repetition, workload, parameters as given,
 *     shape, launcher, commit, oversubscription, barrier before collectives
 * @param params the workload parameters as the ranks resolved them (defaults applied), sorted by name
 * @param slurmJobId the Slurm job id, or null outside Slurm
 * @param hosts the distinct host names the ranks ran on, in rank order of first appearance
 * @param javaVersion the {@code java.version} of the ranks; null for an exec run, whose ranks are no JVMs
 * @param mpiVersion the MPI library version string ({@code MPI_Get_library_version}), first line; null
 *     for an exec run (the program's library is its own business)
 * @param startedAt when the workload started (after MPI initialization)
 * @param endedAt when the last rank finished the workload, not before {@code startedAt}
 * @param wallSeconds the workload's wall-clock seconds, slowest rank, finite and {@code >= 0}
 * @param status {@link RunStatus#OK} or {@link RunStatus#FAILED}; never {@link RunStatus#INCOMPLETE}
 * @param failureReason one sentence naming the problem when failed, else null
 */
@JsonPropertyOrder({
  "schemaVersion", "launch", "params", "slurmJobId", "hosts", "javaVersion", "mpiVersion", "startedAt",
  "endedAt", "wallSeconds", "status", "failureReason"
})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RunMetadata(
    int schemaVersion,
    LaunchSpec launch,
    SortedMap<String, String> params,
    String slurmJobId,
    List<String> hosts,
    String javaVersion,
    String mpiVersion,
    Instant startedAt,
    Instant endedAt,
    double wallSeconds,
    RunStatus status,
    String failureReason) {

  /** The version this build writes: 2 (1 had the launch's fields flat, see {@link #read}). */
  public static final int SCHEMA_VERSION = 2;

  public RunMetadata {
    Checks.schemaVersion(schemaVersion, SCHEMA_VERSION);
    Checks.notNull("launch", launch);
    params = Collections.unmodifiableSortedMap(new TreeMap<>(params == null ? Map.of() : params));
    hosts = List.copyOf(hosts == null ? List.of() : hosts);
    Checks.notNull("startedAt", startedAt);
    Checks.notNull("endedAt", endedAt);
    if (endedAt.isBefore(startedAt)) {
      throw new IllegalArgumentException("endedAt " + endedAt + " is before startedAt " + startedAt);
    }
    Checks.nonNegative("wallSeconds", wallSeconds);
    Checks.notNull("status", status);
    if (status == RunStatus.INCOMPLETE) {
      throw new IllegalArgumentException("status of a written run must be ok or failed, got incomplete");
    }
    if (status == RunStatus.FAILED) {
      Checks.nonBlank("failureReason", failureReason);
    } else if (failureReason != null) {
      throw new IllegalArgumentException("failureReason must be null for an ok run, got '" + failureReason + "'");
    }
  }

  /**
   * The metadata of a run launched from {@code launch}, with the parameters as resolved (defaults
   * applied), the Slurm job id of the environment and this JVM's Java version.
   */
  public static RunMetadata from(LaunchSpec launch, Map<String, String> resolvedParams, List<String> hosts,
      String mpiVersion, Instant startedAt, Instant endedAt, double wallSeconds, RunStatus status,
      String failureReason) {
    return new RunMetadata(SCHEMA_VERSION, launch, new TreeMap<>(resolvedParams), System.getenv("SLURM_JOB_ID"),
        hosts, System.getProperty("java.version"), mpiVersion, startedAt, endedAt, wallSeconds, status,
        failureReason);
  }

  /**
   * Reads {@code run.json} of {@code runDir}, of any version up to {@link #SCHEMA_VERSION}.
   *
   * @throws StoreFormatException naming the file when it is malformed or of a newer version
   */
  public static RunMetadata read(Path runDir) throws IOException {
    return RunMetadataReader.read(runDir);
  }

  /** The same run marked failed with {@code reason}. */
  public RunMetadata failed(String reason) {
    return new RunMetadata(schemaVersion, launch, params, slurmJobId, hosts, javaVersion, mpiVersion, startedAt,
        endedAt, wallSeconds, RunStatus.FAILED, reason);
  }
}
