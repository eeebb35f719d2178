package org.scalebench.study;

/** How the problem size relates to the rank count along a study. */
public enum Scaling {
  /** The problem stays fixed while ranks grow: time should fall. */
  STRONG,
  /** Named parameters grow with the rank count (see {@link WeakRule}): time should stay flat. */
  WEAK
}
