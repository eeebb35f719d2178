package org.scalebench.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.SortedMap;

/**
 * Reads {@code run.json} of every schema version: the current one as {@link RunMetadata}, version 1
 * (the launch's fields flat at the top level) through {@link V1}.
 */
final class RunMetadataReader {
  private RunMetadataReader() {}

  static RunMetadata read(Path runDir) throws IOException {
    Path file = runDir.resolve(RunLayout.RUN_JSON);
    try {
      JsonNode tree = ResultJson.mapper().readTree(file.toFile());
      if (tree == null || !tree.isObject()) {
        throw new StoreFormatException(file + ": not a JSON object");
      }
      int version = tree.path("schemaVersion").asInt(0);
      if (version == 1) {
        V1 v1 = ResultJson.mapper().treeToValue(tree, V1.class);
        Path launchFile = runDir.resolve(LaunchSpec.FILE);
        if (!Files.exists(launchFile)) {
          throw new StoreFormatException(file + ": schema version 1 is read with the run's launch.json, and "
              + launchFile + " is missing");
        }
        LaunchSpec launch = LaunchSpec.read(runDir);
        if (!launch.pointId().equals(v1.pointId()) || launch.repetition() != v1.repetition()) {
          throw new StoreFormatException(file + ": it names " + v1.pointId() + " rep " + v1.repetition()
              + " but " + launchFile + " names " + launch.pointId() + " rep " + launch.repetition());
        }
        return v1.toCurrent(launch);
      }
      return ResultJson.mapper().treeToValue(tree, RunMetadata.class);
    } catch (JsonProcessingException e) {
      throw ResultJson.formatError(file.toString(), e);
    }
  }

  /** {@code run.json} as schema version 1 wrote it. */
  record V1(int schemaVersion, String study, String pointId, int repetition, String workload,
      SortedMap<String, String> params, int nodes, int tasksPerNode, int cpusPerTask, int ranks, String launcher,
      String slurmJobId, List<String> hosts, boolean oversubscribed, String gitCommit, String javaVersion,
      String mpiVersion, Instant startedAt, Instant endedAt, double wallSeconds, RunStatus status,
      String failureReason) {
    V1 {
      if (ranks != nodes * tasksPerNode) {
        throw new IllegalArgumentException("ranks must be nodes * tasksPerNode = " + nodes * tasksPerNode
            + ", got " + ranks);
      }
    }

    /** The current form, composed with the run's {@code launch.json} (which version 1 copied in part). */
    RunMetadata toCurrent(LaunchSpec launch) {
      return new RunMetadata(RunMetadata.SCHEMA_VERSION, launch, params, slurmJobId, hosts, javaVersion, mpiVersion,
          startedAt, endedAt, wallSeconds, status, failureReason);
    }
  }
}
