package org.scalebench.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a launcher does after the ranks exit: a run whose ranks did not write {@code run.json} is
 * marked failed, with the reason the launcher knows or else the ranks' own failure sentences, the
 * temporary files of killed writers are removed, and whatever ranks flushed is merged into {@code
 * ranks.jsonl}.
 */
public final class RunFinisher {
  private RunFinisher() {}

  /**
   * Finishes {@code runDir} after its launch returned {@code exitCode}. Safe to call again on a run
   * it finished before (an interrupt that came after the launch ended rewrites the reason and keeps
   * the merged records).
   *
   * @param launchProblem what the launcher knows ended the run (an interrupt, the time limit, a rank
   *     killed by a signal), which wins over the ranks' sentences; or null
   * @return the run as a reader now sees it
   * @throws IoProblems.Described when {@code run.json} cannot be written (a full disk): the sentence
   *     gives the failure, the cause and the run directory, which then stays incomplete
   */
  public static StoredRun finish(Path runDir, int exitCode, Instant launchedAt, String launchProblem)
      throws IOException {
    if (exitCode == 0 && launchProblem == null && Files.exists(runDir.resolve(RunLayout.RUN_JSON))) {
      return ResultStore.read(runDir);
    }
    String cleanup = null;
    try {
      RunFiles.removeTemporaryFiles(runDir);
    } catch (IOException e) {
      cleanup = IoProblems.describe(e);
    }
    LaunchSpec spec = LaunchSpec.read(runDir);
    String reason = failureReason(runDir, exitCode, launchProblem);
    List<RankRecord> flushed;
    try {
      flushed = flushedRecords(runDir);
    } catch (IOException e) {
      flushed = List.of();
      reason = reason + "; the ranks' records could not be merged: " + IoProblems.describe(e);
    }
    if (cleanup != null) {
      reason = reason + "; temporary files could not be removed: " + cleanup;
    }
    Instant now = Instant.now();
    Instant started = launchedAt == null || launchedAt.isAfter(now) ? now : launchedAt;
    LinkedHashSet<String> hosts = new LinkedHashSet<>();
    flushed.forEach(r -> hosts.add(r.host()));
    RunMetadata failed = RunMetadata.from(spec, spec.params(), List.copyOf(hosts), "unknown", started, now,
        Duration.between(started, now).toNanos() / 1e9, RunStatus.FAILED, reason);
    try {
      RunFiles.writeRunJson(runDir, failed);
    } catch (IOException e) {
      throw new IoProblems.Described("the run failed (" + reason + ") and its run.json could not be written: "
          + IoProblems.describe(e) + "; the run stays incomplete in " + runDir, e);
    }
    // what a reader of the two files just written sees (ResultStore.read), without reading them back
    return new StoredRun(runDir, RunStatus.FAILED, failed, flushed, failed.failureReason());
  }

  /** The ranks' parts merged, or the records merged already when rank 0 (or an earlier finish) did. */
  private static List<RankRecord> flushedRecords(Path runDir) throws IOException {
    Path merged = runDir.resolve(RunLayout.RANKS_JSONL);
    if (!Files.isDirectory(runDir.resolve(RunLayout.PARTS)) && Files.isRegularFile(merged)) {
      return RanksFile.read(merged);
    }
    return RunFiles.mergeRankParts(runDir);
  }

  /** The launcher's problem, else the ranks' failure sentences (first few, in rank order), else one about the exit code. */
  public static String failureReason(Path runDir, int exitCode, String launchProblem) throws IOException {
    if (launchProblem != null) {
      return launchProblem;
    }
    List<String> sentences = rankSentences(runDir);
    if (!sentences.isEmpty()) {
      return String.join("; ", sentences.subList(0, Math.min(3, sentences.size())));
    }
    return exitCode == 0
        ? "the ranks exited without writing run.json"
        : "the launch exited with code " + exitCode + " before the ranks finished";
  }

  /** The failure sentences the ranks wrote ({@code failure-rank-<r>.txt}), in rank order, without repeats. */
  public static List<String> rankSentences(Path runDir) throws IOException {
    List<String> sentences = new ArrayList<>();
    try (Stream<Path> files = Files.list(runDir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith(RunLayout.FAILURE_PREFIX))
          .sorted().toList()) {
        String text = Files.readString(f).strip();
        if (!text.isEmpty() && !sentences.contains(text)) {
          sentences.add(text);
        }
      }
    }
    return sentences;
  }
}
