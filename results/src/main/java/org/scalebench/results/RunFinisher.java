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
 * marked failed, with the ranks' own failure sentences when they left any, and whatever ranks
 * flushed is merged into {@code ranks.jsonl}.
 */
public final class RunFinisher {
  private RunFinisher() {}

  /**
   * Finishes {@code runDir} after its launch returned {@code exitCode}.
   *
   * @return the run as a reader now sees it
   */
  public static StoredRun finish(Path runDir, int exitCode, Instant launchedAt, String launchProblem)
      throws IOException {
    if (exitCode == 0 && launchProblem == null && Files.exists(runDir.resolve(RunLayout.RUN_JSON))) {
      return ResultStore.read(runDir);
    }
    LaunchSpec spec = LaunchSpec.read(runDir);
    List<RankRecord> flushed = RunFiles.mergeRankParts(runDir);
    String reason = failureReason(runDir, exitCode, launchProblem);
    Instant now = Instant.now();
    Instant started = launchedAt == null || launchedAt.isAfter(now) ? now : launchedAt;
    LinkedHashSet<String> hosts = new LinkedHashSet<>();
    flushed.forEach(r -> hosts.add(r.host()));
    RunMetadata failed = RunMetadata.from(spec, spec.params(), List.copyOf(hosts), "unknown", started, now,
        Duration.between(started, now).toNanos() / 1e9, RunStatus.FAILED, reason);
    RunFiles.writeRunJson(runDir, failed);
    // what a reader of the two files just written sees (ResultStore.read), without reading them back
    return new StoredRun(runDir, RunStatus.FAILED, failed, flushed, failed.failureReason());
  }

  /** The ranks' failure sentences (first few, in rank order), else one about the exit code. */
  public static String failureReason(Path runDir, int exitCode, String launchProblem) throws IOException {
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
    if (!sentences.isEmpty()) {
      return String.join("; ", sentences.subList(0, Math.min(3, sentences.size())));
    }
    if (launchProblem != null) {
      return launchProblem;
    }
    return exitCode == 0
        ? "the ranks exited without writing run.json"
        : "the launch exited with code " + exitCode + " before the ranks finished";
  }
}
