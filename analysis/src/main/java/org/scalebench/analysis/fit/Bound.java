package org.scalebench.analysis.fit;

/**
 * Whether an estimate sits on an edge of its parameter's domain. An estimate on a bound is not a
 * measurement of the parameter: the data pushed the fit against a limit the law imposes (Amdahl's
 * {@code f = 1} when runs got slower with more ranks), so reports say what happened in words.
 */
public enum Bound {
  /** Inside the domain. */
  NONE,
  /** On the lower edge, e.g. {@code kappa = 0}. */
  LOWER,
  /** On the upper edge, e.g. {@code f = 1}. */
  UPPER
}
