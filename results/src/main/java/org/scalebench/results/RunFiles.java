package org.scalebench.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Writes the files of one run directory, each atomically. */
public final class RunFiles {
  private RunFiles() {}

  /** Writes {@code run.json}: the last file of a run, the one that marks it finished. */
  public static void writeRunJson(Path runDir, RunMetadata metadata) throws IOException {
    AtomicFiles.writeString(runDir.resolve(RunLayout.RUN_JSON), ResultJson.pretty(metadata));
  }

  /** Reads {@code run.json} of any schema version ({@link RunMetadata#read}). */
  public static RunMetadata readRunJson(Path runDir) throws IOException {
    return RunMetadata.read(runDir);
  }

  /**
   * Deletes the temporary files that {@link AtomicFiles} writers in processes that were killed
   * (ranks stopped by a signal, a timeout or Ctrl-C; a JVM halted mid-write) left anywhere in
   * {@code runDir}, so that a failed run holds complete files only.
   *
   * @return how many were deleted
   */
  public static int removeTemporaryFiles(Path runDir) throws IOException {
    if (!Files.isDirectory(runDir)) {
      return 0;
    }
    List<Path> temporary;
    try (Stream<Path> all = Files.walk(runDir)) {
      temporary = all.filter(p -> AtomicFiles.isTemporary(p) && Files.isRegularFile(p)).toList();
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    for (Path p : temporary) {
      Files.deleteIfExists(p);
    }
    return temporary.size();
  }

  /** Writes one rank's records to {@code parts/rank-<r>.jsonl}. */
  public static void writeRankPart(Path runDir, int rank, List<RankRecord> records) throws IOException {
    RanksFile.write(RunLayout.rankPart(runDir, rank), records);
  }

  /**
   * Merges every rank part into {@code ranks.jsonl} (ordered by rank, then as written) and removes
   * the parts. Returns the merged records. Parts from ranks that never wrote are simply absent.
   */
  public static List<RankRecord> mergeRankParts(Path runDir) throws IOException {
    Path parts = runDir.resolve(RunLayout.PARTS);
    List<RankRecord> all = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(parts)) {
      try (Stream<Path> list = Files.list(parts)) {
        list.filter(p -> p.getFileName().toString().endsWith(".jsonl"))
            .sorted(Comparator.comparing(p -> p.getFileName().toString()))
            .forEach(files::add);
      }
    }
    for (Path f : files) {
      all.addAll(RanksFile.read(f));
    }
    all.sort(Comparator.comparingInt(RankRecord::rank));
    RanksFile.write(runDir.resolve(RunLayout.RANKS_JSONL), all);
    for (Path f : files) {
      Files.deleteIfExists(f);
    }
    if (Files.isDirectory(parts)) {
      try (Stream<Path> rest = Files.list(parts)) {
        if (rest.findAny().isEmpty()) {
          Files.delete(parts);
        }
      }
    }
    return all;
  }
}
