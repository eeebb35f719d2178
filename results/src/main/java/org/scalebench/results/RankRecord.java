package org.scalebench.results;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What one rank spent in one phase: one line of {@code ranks.jsonl}.
 *
 * @param rank the MPI rank in {@code MPI_COMM_WORLD}, {@code >= 0}
 * @param host the host name the rank ran on
 * @param phase the workload's name for the phase, e.g. {@code scatter}
 * @param kind compute, communication or I/O
 * @param seconds wall-clock seconds spent in the phase, summed over its calls, {@code >= 0}
 * @param waitSeconds of {@code seconds}, the part spent waiting for late ranks (the barrier before a
 *     collective); {@code 0 <= waitSeconds <= seconds}; always 0 for compute and I/O
 * @param bytes payload bytes this rank sent or received in the phase (comm) or read or wrote (io),
 *     {@code >= 0}
 * @param calls how many times the phase was entered, {@code >= 0}
 */
@JsonPropertyOrder({"rank", "host", "phase", "kind", "seconds", "waitSeconds", "bytes", "calls"})
public record RankRecord(
    int rank,
    String host,
    String phase,
    PhaseKind kind,
    double seconds,
    double waitSeconds,
    long bytes,
    long calls) {

  public RankRecord {
    Checks.atLeast("rank", rank, 0);
    Checks.nonBlank("host", host);
    Checks.nonBlank("phase", phase);
    Checks.notNull("kind", kind);
    Checks.nonNegative("seconds", seconds);
    Checks.nonNegative("waitSeconds", waitSeconds);
    if (waitSeconds > seconds) {
      throw new IllegalArgumentException(
          "waitSeconds must not exceed seconds, got waitSeconds=" + waitSeconds + " > seconds=" + seconds);
    }
    Checks.atLeast("bytes", bytes, 0L);
    Checks.atLeast("calls", calls, 0L);
  }

  /** Seconds moving data rather than waiting for other ranks: {@code seconds - waitSeconds}. */
  @JsonIgnore
  public double transferSeconds() {
    return seconds - waitSeconds;
  }
}
