package org.scalebench.analysis.scaling;

/** How the problem size relates to the rank count in a study. */
public enum ScalingMode {
  /** Fixed problem: time should fall as 1/p; speedup, efficiency, Amdahl, Karp-Flatt, USL. */
  STRONG,
  /** Problem grows with p: time should stay flat; weak efficiency, Gustafson, USL. */
  WEAK
}
