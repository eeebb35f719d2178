package org.scalebench.exec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.scalebench.results.IoProblems;
import org.scalebench.results.LaunchSpec;
import org.scalebench.results.PhaseKind;
import org.scalebench.results.RankRecord;
import org.scalebench.results.RanksFile;
import org.scalebench.results.ResultStore;
import org.scalebench.results.RunFiles;
import org.scalebench.results.RunLayout;
import org.scalebench.results.RunMetadata;
import org.scalebench.results.RunStatus;
import org.scalebench.results.StoredRun;

/**
 * Finishes an exec run after its MPI launch returned: its ranks are programs that know nothing of
 * the store, so the launcher writes {@code ranks.jsonl} and {@code run.json} for them, from each
 * rank's {@link RankExit} and {@link PhaseLines}.
 *
 * <p>The run is ok only when every rank's program exited 0, every records line is valid and the
 * launch itself succeeded. Otherwise it is failed with one reason, in this order: what the launcher
 * knows (a time limit, an interrupt), a malformed records line (file and line number; then nothing
 * is merged, so no half-merged {@code ranks.jsonl} exists), the rank that failed first by the
 * clock (the others are usually the MPI launcher's victims), a rank without an exit record, the
 * launch's own exit code.
 *
 * <p>Per rank: its phase records, or when it wrote none, one {@value #TOTAL_PHASE} record (kind
 * compute) of its process's wall time. The run's {@code wallSeconds} is the slowest rank's time:
 * the sum of its phases when it recorded any (interpreter start-up and {@code MPI_Init} are then
 * outside, as they are for Java ranks), else its process's wall time.
 */
public final class ExecFinisher {
  /** The phase of a rank that recorded nothing: its process's wall time, measured by the wrapper. */
  public static final String TOTAL_PHASE = "total";

  private ExecFinisher() {}

  /**
   * Writes {@code ranks.jsonl} and then {@code run.json} of the exec run in {@code runDir}.
   *
   * @param exitCode the MPI launcher's exit code
   * @param launchedAt when the launch started (the run's start when no rank recorded one)
   * @param launchProblem what the launcher knows ended the run (time limit, interrupt), or null
   * @return the run as a reader now sees it
   */
  public static StoredRun finish(Path runDir, int exitCode, Instant launchedAt, String launchProblem)
      throws IOException {
    RunFiles.removeTemporaryFiles(runDir);
    LaunchSpec spec = LaunchSpec.read(runDir);
    if (spec.exec() == null) {
      throw new IllegalArgumentException(runDir + " is not an exec run (its launch.json has no command)");
    }
    String program = spec.exec().command().get(0);
    TreeMap<Integer, RankExit> exits = new TreeMap<>();
    String reason = launchProblem;
    for (int r = 0; r < spec.ranks(); r++) {
      Path f = RankExit.file(runDir, r);
      if (Files.exists(f)) {
        try {
          exits.put(r, RankExit.read(f));
        } catch (IOException | RuntimeException e) {
          reason = first(reason, ExecLayout.EXEC_DIR + "/" + f.getFileName() + " cannot be read: " + e.getMessage());
        }
      }
    }
    List<RankRecord> merged = new ArrayList<>();
    double wallSeconds = 0;
    String malformed = null;
    for (int r = 0; r < spec.ranks() && malformed == null; r++) {
      RankExit exit = exits.get(r);
      String host = exit != null ? exit.host() : "unknown";
      List<RankRecord> own;
      try {
        own = PhaseLines.read(ExecLayout.recordsFile(runDir, r), ExecLayout.EXEC_DIR + "/rank-" + r + ".jsonl", r,
            host);
      } catch (PhaseLines.MalformedException e) {
        malformed = "the records of rank " + r + " are malformed: " + e.getMessage();
        break;
      }
      if (own.isEmpty() && exit != null) {
        own = List.of(new RankRecord(r, host, TOTAL_PHASE, PhaseKind.COMPUTE, exit.wallSeconds(), 0, 0, 1));
      }
      merged.addAll(own);
      wallSeconds = Math.max(wallSeconds, own.stream().mapToDouble(RankRecord::seconds).sum());
    }
    if (malformed != null) {
      reason = first(reason, malformed);
      merged = List.of();
    }
    reason = first(reason, firstFailure(exits, program).orElse(null));
    List<Integer> silent = new ArrayList<>();
    for (int r = 0; r < spec.ranks(); r++) {
      if (!exits.containsKey(r)) {
        silent.add(r);
      }
    }
    if (!silent.isEmpty()) {
      reason = first(reason, (silent.size() == 1 ? "rank " + silent.get(0) + " left" : "ranks " + ranges(silent)
          + " left") + " no exit record: its wrapper did not start or was killed"
          + (exitCode != 0 ? " (the launch exited with code " + exitCode + ")" : ""));
    }
    if (exitCode != 0) {
      reason = first(reason, "the launch exited with code " + exitCode + " although every rank's program exited 0");
    }
    Instant now = Instant.now();
    Instant started = exits.values().stream().map(e -> epoch(e.startedAtEpochSeconds())).min(Comparator.naturalOrder())
        .orElse(launchedAt == null || launchedAt.isAfter(now) ? now : launchedAt);
    Instant ended = exits.values().stream().map(e -> epoch(e.endedAtEpochSeconds())).max(Comparator.naturalOrder())
        .orElse(now);
    if (ended.isBefore(started)) {
      ended = started;
    }
    if (reason != null && exits.isEmpty()) {
      wallSeconds = Duration.between(started, now).toNanos() / 1e9;
    }
    LinkedHashSet<String> hosts = new LinkedHashSet<>();
    exits.values().forEach(e -> hosts.add(e.host()));
    RunStatus status = reason == null ? RunStatus.OK : RunStatus.FAILED;
    RunMetadata metadata = new RunMetadata(RunMetadata.SCHEMA_VERSION, spec, spec.params(),
        System.getenv("SLURM_JOB_ID"), List.copyOf(hosts), null, null, started, ended, wallSeconds, status, reason);
    try {
      if (!merged.isEmpty()) {
        RanksFile.write(runDir.resolve(RunLayout.RANKS_JSONL), merged);
      }
      RunFiles.writeRunJson(runDir, metadata);
    } catch (IOException e) {
      throw new IoProblems.Described("the exec run " + (reason == null ? "finished" : "failed (" + reason + ")")
          + " but its results could not be written: " + IoProblems.describe(e) + "; the run stays incomplete in "
          + runDir, e);
    }
    return ResultStore.read(runDir);
  }

  /** The rank whose program failed first by the clock, as a sentence. */
  static Optional<String> firstFailure(TreeMap<Integer, RankExit> exits, String program) {
    return exits.values().stream().filter(e -> !e.succeeded())
        .min(Comparator.comparingDouble(RankExit::endedAtEpochSeconds).thenComparingInt(RankExit::rank))
        .map(e -> "rank " + e.rank() + " on " + e.host() + " " + e.failure(program)
            + " (the ranks' output is in stdout.log and stderr.log of the run)");
  }

  private static Instant epoch(double seconds) {
    long whole = (long) Math.floor(seconds);
    return Instant.ofEpochSecond(whole, Math.round((seconds - whole) * 1e9) % 1_000_000_000L);
  }

  private static String first(String current, String next) {
    return current != null ? current : next;
  }

  /** e.g. {@code 0-2, 5}. */
  private static String ranges(List<Integer> sorted) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < sorted.size(); ) {
      int j = i;
      while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
        j++;
      }
      if (s.length() > 0) {
        s.append(", ");
      }
      s.append(sorted.get(i));
      if (j > i) {
        s.append('-').append(sorted.get(j));
      }
      i = j + 1;
    }
    return s.toString();
  }
}
