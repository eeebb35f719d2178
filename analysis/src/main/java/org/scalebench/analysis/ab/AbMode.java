package org.scalebench.analysis.ab;

/** How A and B share the machine in a round. */
public enum AbMode {
  /**
   * One after the other, the order drawn at random per round (the randomized multiple interleaved trials
   * of Abedi and Brecht, ICPE 2017): a change of the machine between rounds hits both sides.
   */
  INTERLEAVED,
  /**
   * At the same time on the same machine (duet benchmarking, Bulej et al., ICPE 2020): a burst of other
   * load hits both sides of the round at once.
   */
  DUET
}
