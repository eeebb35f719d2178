package org.scalebench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the launchers' finish path leaves in a failed run's folder. */
class RunFinisherTest {
  @TempDir Path root;

  private Path preparedRun(int ranks) throws IOException {
    Path dir = RunLayout.runDir(root, "demo", "n1-t" + ranks + "-c1", 1);
    new LaunchSpec(1, "demo", "n1-t" + ranks + "-c1", 1, "sum", new TreeMap<>(), 1, ranks, 1, "mpirun", null, false, true)
        .write(dir);
    return dir;
  }

  private static List<Path> temporaryFiles(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(AtomicFiles::isTemporary).toList();
    }
  }

  /** A rank killed while writing its part leaves {@code parts/.rank-00001.jsonl.<hex>.tmp}, 0 bytes. */
  @Test
  void aFailedRunKeepsNoTemporaryFileOfAKilledWriter() throws IOException {
    Path dir = preparedRun(2);
    RunFiles.writeRankPart(dir, 0, Fixtures.records(2).subList(0, 2));
    Files.createFile(dir.resolve(RunLayout.PARTS).resolve(".rank-00001.jsonl.5f3a9c2e1b7d4a60.tmp"));
    Files.createDirectories(dir.resolve(RunLayout.OUTPUT));
    Files.createFile(dir.resolve(RunLayout.OUTPUT).resolve(".sum.csv.0123456789abcdef.tmp"));
    StoredRun run = RunFinisher.finish(dir, 143, null, null);
    assertEquals(RunStatus.FAILED, run.state());
    assertEquals(List.of(), temporaryFiles(dir));
    assertFalse(Files.exists(dir.resolve(RunLayout.PARTS)), "the parts folder goes once merged");
    assertEquals(2, run.records().size(), "rank 0's flushed records are kept");
  }

  @Test
  void theLaunchersReasonWinsOverTheRanksSentences() throws IOException {
    Path dir = preparedRun(2);
    Files.writeString(RunLayout.failureFile(dir, 0), "rank 0: MPIException: the peer went away\n");
    StoredRun run = RunFinisher.finish(dir, 130, null, "the run was interrupted (Ctrl-C or a kill signal)");
    assertEquals("the run was interrupted (Ctrl-C or a kill signal)", run.problem());
    assertEquals("rank 0: MPIException: the peer went away",
        RunFinisher.finish(dir, 1, null, null).problem(), "without one, the ranks' sentences");
  }

  /** An interrupt recorded after the launch had finished the run rewrites the reason, not the records. */
  @Test
  void finishingTwiceKeepsTheMergedRecords() throws IOException {
    Path dir = preparedRun(2);
    RunFiles.writeRankPart(dir, 0, Fixtures.records(2).subList(0, 2));
    RunFiles.writeRankPart(dir, 1, Fixtures.records(2).subList(2, 4));
    RunFinisher.finish(dir, 1, null, null);
    StoredRun again = RunFinisher.finish(dir, 130, null, "the run was interrupted (Ctrl-C or a kill signal)");
    assertEquals(Fixtures.records(2), again.records());
    StoredRun read = ResultStore.read(dir);
    assertEquals(RunStatus.FAILED, read.state());
    assertEquals("the run was interrupted (Ctrl-C or a kill signal)", read.problem());
    assertEquals(4, read.records().size());
  }

  @Test
  void aWriterThatFailsDeletesItsTemporaryFileAndNamesTheTarget() throws IOException {
    Path target = root.resolve("run.json");
    Files.createDirectories(target.resolve("in-the-way")); // a non-empty folder cannot be replaced by a file
    IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
        () -> AtomicFiles.writeString(target, "{}"));
    assertTrue(IoProblems.describe(e).contains(target.toString()), IoProblems.describe(e));
    assertEquals(List.of(), temporaryFiles(root));
  }
}
