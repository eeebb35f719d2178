package org.scalebench.results;

import java.time.Instant;
import java.util.List;
import java.util.TreeMap;

/** Values shared by the store tests. */
final class Fixtures {
  private Fixtures() {}

  static RunMetadata metadata(RunStatus status, int ranks) {
    TreeMap<String, String> params = new TreeMap<>();
    params.put("n", "1000000");
    params.put("threshold", "0.8");
    return new RunMetadata(1, "demo", "n1-t" + ranks + "-c1-1a2b3c4d", 2, "sum", params, 1, ranks, 1, ranks,
        "mpirun", null, List.of("node-a"), false, "0123456789abcdef", "17.0.15",
        "Open MPI v4.1.4", Instant.parse("2026-11-25T10:00:00Z"), Instant.parse("2026-11-25T10:00:01.250Z"),
        1.25, status, status == RunStatus.FAILED ? "rank 1 exited with code 3" : null);
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
