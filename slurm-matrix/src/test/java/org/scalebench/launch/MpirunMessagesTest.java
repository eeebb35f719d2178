package org.scalebench.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rank and signal that mpirun reports in a run's stderr.log. */
class MpirunMessagesTest {
  /** As Open MPI 4.1.4 printed it for a rank killed with kill -9 (its PID is 0 in this release). */
  static final String KILLED = """
      --------------------------------------------------------------------------
      Primary job  terminated normally, but 1 process returned
      a non-zero exit code. Per user-direction, the job has been aborted.
      --------------------------------------------------------------------------
      --------------------------------------------------------------------------
      mpirun noticed that process rank 1 with PID 0 on node vm exited on signal 9 (Killed).
      --------------------------------------------------------------------------
      """;

  @Test
  void aKilledRankIsNamedWithItsSignal() {
    assertEquals(Optional.of("rank 1 on vm was ended by signal 9 (Killed) before the ranks finished"),
        MpirunMessages.signalledRank(KILLED));
    assertEquals(Optional.of("rank 12 on node-a was ended by signal 11 (Segmentation fault) before the ranks finished"),
        MpirunMessages.signalledRank("mpirun noticed that process rank 12 with PID 4242 on node node-a exited on\n"
            + "signal 11 (Segmentation fault).\n"));
  }

  @Test
  void otherEndingsNameNoSignal() {
    assertEquals(Optional.empty(), MpirunMessages.signalledRank(
        "scalebench: rank 0 failed: n=50000000 needs about 762 MiB of heap at rank 0\n"));
  }

  @Test
  void readsTheEndOfALongLog(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("stderr.log");
    Files.writeString(log, "x".repeat(3 * MpirunMessages.TAIL_BYTES) + "\n" + KILLED);
    assertEquals("rank 1 on vm was ended by signal 9 (Killed) before the ranks finished",
        MpirunMessages.signalledRank(log).orElseThrow());
    assertEquals(Optional.empty(), MpirunMessages.signalledRank(dir.resolve("missing.log")));
  }
}
