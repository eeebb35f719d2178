package org.scalebench.results;

/**
 * How the problem size relates to the rank count along a study: what a study spec asks for and what
 * the analysis fits.
 */
public enum Scaling {
  /**
   * The problem stays fixed while ranks grow: time should fall as 1/p; speedup, efficiency, Amdahl,
   * Karp-Flatt, USL.
   */
  STRONG,
  /**
   * Named parameters grow with the rank count (a study's weak rules): time should stay flat; weak
   * efficiency, Gustafson, USL.
   */
  WEAK
}
