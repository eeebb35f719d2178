package org.scalebench.results;

import java.time.Instant;
import java.util.List;
import java.util.TreeMap;

/** Values shared by the store tests. */
final class Fixtures {
  private Fixtures() {}

  /** A run of the formats of launch schema 2: on the FFM transport. */
  static RunMetadata metadata(RunStatus status, int ranks) {
    return metadata(status, launch(ranks));
  }

  /** A run of the current formats: launch schema 3, an exec run of the {@code mpi4py} variant. */
  static RunMetadata metadataExec(RunStatus status, int ranks) {
    return metadata(status, launchExec(ranks));
  }

  /** A run as the committed files of launch schema 1 (no transport: the bindings) describe it. */
  static RunMetadata metadataV1Launch(RunStatus status, int ranks) {
    return metadata(status, launchV1(ranks));
  }

  private static RunMetadata metadata(RunStatus status, LaunchSpec launch) {
    TreeMap<String, String> params = new TreeMap<>();
    params.put("n", "1000000");
    params.put("threshold", "0.8");
    return new RunMetadata(RunMetadata.SCHEMA_VERSION, launch, params, null, List.of("node-a"), "17.0.15",
        "Open MPI v4.1.4", Instant.parse("2026-11-25T10:00:00Z"), Instant.parse("2026-11-25T10:00:01.250Z"),
        1.25, status, status == RunStatus.FAILED ? "rank 1 exited with code 3" : null);
  }

  /** The launch of {@link #metadata}: the parameters as given (the default threshold left out). */
  static LaunchSpec launch(int ranks) {
    return new LaunchSpec(2, "demo", "n1-t" + ranks + "-c1-1a2b3c4d", 2, "sum", given(), 1,
        ranks, 1, "mpirun", "0123456789abcdef", false, true, "ffm");
  }

  /** An exec launch as schema 3 writes it: a variant, a command with a quote and a space in it. */
  static LaunchSpec launchExec(int ranks) {
    TreeMap<String, String> env = new TreeMap<>();
    env.put("PYTHONHASHSEED", "0");
    ExecCommand exec = new ExecCommand(List.of("python3", "-u", "match.py", "--name", "it's a name"), "/work/study",
        env);
    return new LaunchSpec(LaunchSpec.SCHEMA_VERSION, "seed", "mpi4py-n1-t" + ranks + "-c1-1a2b3c4d", 1,
        LaunchSpec.EXEC, given(), 1, ranks, 1, "mpirun", "0123456789abcdef", false, true, "jni", "mpi4py", exec);
  }

  /** The launch as schema 1 wrote it: the transport was always the bindings. */
  static LaunchSpec launchV1(int ranks) {
    return new LaunchSpec(1, "demo", "n1-t" + ranks + "-c1-1a2b3c4d", 2, "sum", given(), 1, ranks, 1, "mpirun",
        "0123456789abcdef", false, true);
  }

  private static TreeMap<String, String> given() {
    TreeMap<String, String> given = new TreeMap<>();
    given.put("n", "1000000");
    return given;
  }

  static List<RankRecord> records(int ranks) {
    java.util.ArrayList<RankRecord> list = new java.util.ArrayList<>();
    for (int r = 0; r < ranks; r++) {
      list.add(new RankRecord(r, "node-a", "local-sum", PhaseKind.COMPUTE, 0.5 + r / 8.0, 0, 0, 1));
      list.add(new RankRecord(r, "node-a", "scatter", PhaseKind.COMM, 0.0123, 0.01, 4096, 1));
    }
    return list;
  }
}
