package org.scalebench.ab;

/** How the two sides share the machine. */
public enum AbMode {
  /**
   * Round by round, A and B one after the other in a seeded random order within the round, so that
   * slow drift and bursts of load hit both sides alike (Abedi and Brecht, "Conducting Repeatable
   * Experiments in Highly Variable Cloud Computing Environments", ICPE 2017).
   */
  INTERLEAVED,
  /**
   * A and B at the same time, each pinned to a core of its own, so that every disturbance hits both
   * ("duet benchmarking", Bulej et al., ICPE 2020). Needs 2 cores and samples that use one.
   */
  DUET
}
