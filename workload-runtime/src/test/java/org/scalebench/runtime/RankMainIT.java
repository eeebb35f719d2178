package org.scalebench.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.results.RunLayout;
import org.scalebench.results.RunStatus;

/**
 * The rank runtime with real {@code mpirun}: a rank that fails leaves its sentence in {@code
 * failure-rank-<r>.txt} and its records so far, aborts the job so that no rank waits forever in a
 * collective, and the run is marked failed with that sentence.
 */
class RankMainIT {
  @TempDir Path dir;

  private void assertFailsAtRankOne(int ranks, boolean badInput, String sentence) throws Exception {
    Path runDir = dir.resolve("n" + ranks + "-" + badInput);
    RankJob.Finished o = RankJob.run(runDir, FailAtRankWorkload.NAME, Map.of("rank", "1", "bad-input",
        Boolean.toString(badInput)), ranks, false);
    assertNotEquals(-1, o.exit(), "no rank hangs: the job ended within " + RankJob.TIME_LIMIT_SECONDS + " s");
    assertNotEquals(0, o.exit(), o.stderr());
    assertEquals(sentence + "\n", Files.readString(RunLayout.failureFile(runDir, 1)));
    assertEquals(RunStatus.FAILED, o.run().state());
    assertTrue(o.run().metadata().failureReason().contains(sentence), o.run().metadata().failureReason());
    assertTrue(o.run().records().stream().anyMatch(r -> r.rank() == 1 && r.phase().equals(FailAtRankWorkload.BEFORE)),
        "the failing rank's records so far are kept: " + o.run().records());
    assertTrue(o.run().records().stream().noneMatch(r -> r.rank() == 1 && r.phase().equals(FailAtRankWorkload.AFTER)));
  }

  @Test
  void aRankThatThrowsAbortsTheJobWithItsClassAndMessage() throws Exception {
    assertFailsAtRankOne(3, false, "rank 1: IllegalStateException: " + FailAtRankWorkload.message(1));
  }

  @Test
  void aRankWithBadInputAbortsTheJobWithTheSentenceAlone() throws Exception {
    assertFailsAtRankOne(2, true, "rank 1: " + FailAtRankWorkload.message(1));
  }
}
