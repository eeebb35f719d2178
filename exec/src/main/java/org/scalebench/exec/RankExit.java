package org.scalebench.exec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.nio.file.Path;
import org.scalebench.results.Checks;
import org.scalebench.results.ResultJson;

/**
 * How one rank's program ended, as its wrapper recorded it: {@code exec/rank-<r>.exit.json}, format
 * {@value #FORMAT}, schema 1, written by {@code scalebench-exec.c} atomically when the program ends.
 *
 * @param format always {@value #FORMAT}
 * @param schemaVersion the format version, {@code 1..SCHEMA_VERSION}
 * @param rank the MPI rank, {@code >= 0}
 * @param host the host name the rank ran on
 * @param wallSeconds the program's wall-clock seconds from start to exit (monotonic clock), {@code >= 0}
 * @param startedAtEpochSeconds when it started, Unix seconds (real-time clock)
 * @param endedAtEpochSeconds when it ended, Unix seconds; orders the ranks' ends to find the first failure
 * @param exitStatus its exit status, {@code 0..255}; 128 + the signal when one ended it
 * @param signal the signal that ended it, or 0
 * @param startError why the program could not be started (e.g. "No such file or directory"), or null
 */
@JsonPropertyOrder({"format", "schemaVersion", "rank", "host", "wallSeconds", "startedAtEpochSeconds",
    "endedAtEpochSeconds", "exitStatus", "signal", "startError"})
public record RankExit(String format, int schemaVersion, int rank, String host, double wallSeconds,
    double startedAtEpochSeconds, double endedAtEpochSeconds, int exitStatus, int signal, String startError) {
  public static final String FORMAT = "scalebench.exec-exit";
  public static final int SCHEMA_VERSION = 1;

  public RankExit {
    if (!FORMAT.equals(format)) {
      throw new IllegalArgumentException("format must be " + FORMAT + ", got " + format);
    }
    Checks.schemaVersion(schemaVersion, SCHEMA_VERSION);
    Checks.atLeast("rank", rank, 0);
    Checks.nonBlank("host", host);
    Checks.nonNegative("wallSeconds", wallSeconds);
    if (exitStatus < 0 || exitStatus > 255) {
      throw new IllegalArgumentException("exitStatus must be 0..255, got " + exitStatus);
    }
    if (signal < 0 || signal > 127) {
      throw new IllegalArgumentException("signal must be 0..127, got " + signal);
    }
  }

  /** True when the program started and exited with status 0. */
  public boolean succeeded() {
    return exitStatus == 0 && signal == 0 && startError == null;
  }

  /**
   * What went wrong, as the end of a sentence that starts with the rank, e.g. {@code exited with status
   * 3}, {@code was ended by signal 9 (SIGKILL)}, {@code could not start python3: No such file or directory}.
   */
  public String failure(String program) {
    if (startError != null) {
      return "could not start " + program + ": " + startError;
    }
    if (signal != 0) {
      return "was ended by signal " + signal + Signals.nameInParentheses(signal);
    }
    return "exited with status " + exitStatus;
  }

  /** The file of {@code rank} in {@code runDir}. */
  public static Path file(Path runDir, int rank) {
    return ExecLayout.execDir(runDir).resolve("rank-" + rank + ".exit.json");
  }

  public static RankExit read(Path file) throws IOException {
    return ResultJson.read(file, RankExit.class);
  }
}
