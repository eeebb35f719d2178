package org.scalebench.analysis.fit;

/** Whether a fit produced parameters a reader can use. */
public enum FitStatus {
  /** The iteration converged; parameters and (if the data allow) intervals are set. */
  OK,
  /** Fewer data points than parameters + 1, or fewer distinct x values than parameters. */
  TOO_FEW_POINTS,
  /** Non-finite or non-positive values where the model needs positive ones. */
  BAD_DATA,
  /** The optimizer hit its evaluation or iteration limit, or failed numerically. */
  NOT_CONVERGED
}
