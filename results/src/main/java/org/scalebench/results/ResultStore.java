package org.scalebench.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Reads runs back from the store, telling complete runs from failed and partial ones. */
public final class ResultStore {
  private final Path root;

  public ResultStore(Path root) {
    this.root = Checks.notNull("root", root);
  }

  public Path root() {
    return root;
  }

  /** Every run of every point of {@code study}, in point then repetition order. */
  public List<StoredRun> study(String study) throws IOException {
    return runsUnder(root.resolve(Names.checkToken("study", study)));
  }

  /** Every run found in {@code <studyDir>/<point>/rep-<k>}, in point then repetition order. */
  public static List<StoredRun> runsUnder(Path studyDir) throws IOException {
    if (!Files.isDirectory(studyDir)) {
      throw new NoSuchFileException(studyDir.toString(), null, "no such study directory");
    }
    List<StoredRun> runs = new ArrayList<>();
    for (Path point : sortedChildren(studyDir)) {
      if (!Files.isDirectory(point)) {
        continue;
      }
      List<Path> reps = new ArrayList<>();
      for (Path rep : sortedChildren(point)) {
        if (Files.isDirectory(rep) && RunLayout.repetitionOf(rep) > 0) {
          reps.add(rep);
        }
      }
      reps.sort(Comparator.comparingInt(RunLayout::repetitionOf));
      for (Path rep : reps) {
        runs.add(read(rep));
      }
    }
    return runs;
  }

  /** Reads one run directory; never throws for a damaged run, it reports it as incomplete. */
  public static StoredRun read(Path runDir) {
    Path runJson = runDir.resolve(RunLayout.RUN_JSON);
    Path ranksJsonl = runDir.resolve(RunLayout.RANKS_JSONL);
    List<RankRecord> records = List.of();
    String recordsProblem = null;
    try {
      if (Files.exists(ranksJsonl)) {
        records = RanksFile.read(ranksJsonl);
      } else {
        recordsProblem = "ranks.jsonl is missing";
      }
    } catch (IOException | StoreFormatException e) {
      recordsProblem = "ranks.jsonl is unreadable: " + e.getMessage();
    }
    if (!Files.exists(runJson)) {
      return new StoredRun(runDir, RunStatus.INCOMPLETE, null, records,
          "run.json is missing (still running, or the launcher was stopped)");
    }
    RunMetadata metadata;
    try {
      metadata = RunFiles.readRunJson(runDir);
    } catch (IOException | StoreFormatException e) {
      return new StoredRun(runDir, RunStatus.INCOMPLETE, null, records, "run.json is unreadable: " + e.getMessage());
    }
    if (metadata.status() == RunStatus.FAILED) {
      return new StoredRun(runDir, RunStatus.FAILED, metadata, records, metadata.failureReason());
    }
    if (recordsProblem != null) {
      return new StoredRun(runDir, RunStatus.INCOMPLETE, metadata, records, recordsProblem);
    }
    BitSet seen = new BitSet(metadata.launch().ranks());
    for (RankRecord r : records) {
      if (r.rank() < metadata.launch().ranks()) {
        seen.set(r.rank());
      }
    }
    if (seen.cardinality() < metadata.launch().ranks()) {
      return new StoredRun(runDir, RunStatus.INCOMPLETE, metadata, records,
          "ranks.jsonl has records of " + seen.cardinality() + " of " + metadata.launch().ranks() + " ranks");
    }
    return new StoredRun(runDir, RunStatus.OK, metadata, records, null);
  }

  private static List<Path> sortedChildren(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(p -> !AtomicFiles.isTemporary(p))
          .sorted(Comparator.comparing(p -> p.getFileName().toString()))
          .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
