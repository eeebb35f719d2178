package org.scalebench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultStoreTest {
  @TempDir Path root;

  private Path run(String point, int rep) {
    return RunLayout.runDir(root, "demo", point, rep);
  }

  @Test
  void completeRunNeedsRunJsonAndEveryRank() throws IOException {
    Path dir = run("n1-t2-c1", 1);
    RunFiles.writeRankPart(dir, 1, Fixtures.records(2).subList(2, 4));
    RunFiles.writeRankPart(dir, 0, Fixtures.records(2).subList(0, 2));
    assertEquals(RunStatus.INCOMPLETE, ResultStore.read(dir).state(), "no run.json yet");
    List<RankRecord> merged = RunFiles.mergeRankParts(dir);
    assertEquals(Fixtures.records(2), merged, "merged in rank order");
    assertFalse(Files.exists(dir.resolve(RunLayout.PARTS)), "parts are removed after the merge");
    RunFiles.writeRunJson(dir, Fixtures.metadata(RunStatus.OK, 2));
    StoredRun stored = ResultStore.read(dir);
    assertEquals(RunStatus.OK, stored.state());
    assertNull(stored.problem());
    assertEquals(4, stored.records().size());
  }

  @Test
  void runWithMissingRankIsReportedPartial() throws IOException {
    Path dir = run("n1-t2-c1", 1);
    RunFiles.writeRankPart(dir, 0, Fixtures.records(2).subList(0, 2));
    RunFiles.mergeRankParts(dir);
    RunFiles.writeRunJson(dir, Fixtures.metadata(RunStatus.OK, 2));
    StoredRun stored = ResultStore.read(dir);
    assertEquals(RunStatus.INCOMPLETE, stored.state());
    assertEquals("ranks.jsonl has records of 1 of 2 ranks", stored.problem());
  }

  @Test
  void failedRunKeepsReasonAndWhatRanksFlushed() throws IOException {
    Path dir = run("n1-t2-c1", 1);
    RunFiles.writeRankPart(dir, 0, Fixtures.records(2).subList(0, 2));
    RunFiles.mergeRankParts(dir);
    RunFiles.writeRunJson(dir, Fixtures.metadata(RunStatus.FAILED, 2));
    StoredRun stored = ResultStore.read(dir);
    assertEquals(RunStatus.FAILED, stored.state());
    assertEquals("rank 1 exited with code 3", stored.problem());
    assertEquals(2, stored.records().size());
  }

  @Test
  void damagedFilesMakeAnIncompleteRunNotAnException() throws IOException {
    Path dir = run("n1-t2-c1", 1);
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("run.json"), "{\"schemaVersion\": 1, \"study\": ");
    StoredRun stored = ResultStore.read(dir);
    assertEquals(RunStatus.INCOMPLETE, stored.state());
    assertTrue(stored.problem().startsWith("run.json is unreadable"), stored.problem());
  }

  @Test
  void badRanksLineNamesFileAndLine() throws IOException {
    Path file = root.resolve("ranks.jsonl");
    Files.writeString(file, "{\"format\":\"scalebench.ranks\",\"schemaVersion\":1}\n"
        + "{\"rank\":0,\"host\":\"a\",\"phase\":\"p\",\"kind\":\"compute\",\"seconds\":1,\"waitSeconds\":0,\"bytes\":0,\"calls\":1}\n"
        + "{\"rank\":-1,\"host\":\"a\",\"phase\":\"p\",\"kind\":\"compute\",\"seconds\":1,\"waitSeconds\":0,\"bytes\":0,\"calls\":1}\n");
    StoreFormatException e = assertThrows(StoreFormatException.class, () -> RanksFile.read(file));
    assertTrue(e.getMessage().contains("ranks.jsonl:3: rank must be at least 0, got -1"), e.getMessage());
  }

  @Test
  void newerSchemaIsRefusedWithItsVersion() throws IOException {
    Path file = root.resolve("ranks.jsonl");
    Files.writeString(file, "{\"format\":\"scalebench.ranks\",\"schemaVersion\":9}\n");
    StoreFormatException e = assertThrows(StoreFormatException.class, () -> RanksFile.read(file));
    assertTrue(e.getMessage().contains("schemaVersion 9 is not supported"), e.getMessage());
  }

  @Test
  void studyListsPointsAndRepetitionsInOrderAndSkipsTemporaryFiles() throws IOException {
    for (String point : List.of("n1-t4-c1", "n1-t1-c1")) {
      for (int rep : new int[] {10, 2, 1}) {
        Path dir = run(point, rep);
        RunFiles.writeRankPart(dir, 0, Fixtures.records(1));
        RunFiles.mergeRankParts(dir);
        RunFiles.writeRunJson(dir, Fixtures.metadata(RunStatus.OK, 1));
      }
    }
    Files.writeString(root.resolve("demo").resolve(".n1-t9-c1.123.tmp"), "half");
    List<StoredRun> runs = new ResultStore(root).study("demo");
    assertEquals(List.of("n1-t1-c1/rep-1", "n1-t1-c1/rep-2", "n1-t1-c1/rep-10",
            "n1-t4-c1/rep-1", "n1-t4-c1/rep-2", "n1-t4-c1/rep-10"),
        runs.stream().map(r -> root.resolve("demo").relativize(r.dir()).toString()).toList());
    assertEquals(11, RunLayout.nextRepetition(RunLayout.pointDir(root, "demo", "n1-t1-c1")));
  }

  @Test
  void atomicWriterLeavesNothingWhenNotCommitted() throws IOException {
    Path target = root.resolve("out.csv");
    try (AtomicFiles.Writer w = AtomicFiles.open(target)) {
      w.stream().write("half a line".getBytes());
    }
    assertFalse(Files.exists(target));
    try (Stream<Path> left = Files.list(root)) {
      assertEquals(0, left.count(), "the temporary file is deleted");
    }
  }

  @Test
  void recordsNameTheBadField() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new RankRecord(0, "h", "p", PhaseKind.COMM, 1.0, 2.0, 0, 1));
    assertEquals("waitSeconds must not exceed seconds, got waitSeconds=2.0 > seconds=1.0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> RunLayout.pointDir(root, "../etc", "p"));
    assertTrue(e.getMessage().startsWith("study must be 1-128 of letters"), e.getMessage());
  }

  @Test
  void pointIdIsReadableAndStable() {
    assertEquals("hello-n2-t128-c2", PointId.of("hello", 2, 128, 2, java.util.Map.of()));
    String a = PointId.of("sum", 1, 2, 1, java.util.Map.of("n", "100", "x", "y"));
    String b = PointId.of("sum", 1, 2, 1, new java.util.TreeMap<>(java.util.Map.of("x", "y", "n", "100")));
    assertEquals(a, b);
    assertTrue(a.matches("sum-n1-t2-c1-[0-9a-f]{8}"), a);
    assertFalse(PointId.of("hello", 1, 1, 1, java.util.Map.of()).equals(PointId.of("p2p", 1, 1, 1, java.util.Map.of())),
        "two workloads of one study get two points");
  }
}
