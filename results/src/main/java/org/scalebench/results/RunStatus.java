package org.scalebench.results;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The outcome of one run: what its {@code run.json} states ({@link #OK} or {@link #FAILED}), and what
 * a reader of the store finds ({@link #INCOMPLETE} when there is no trustworthy {@code run.json}).
 */
public enum RunStatus {
  /** {@code run.json} says ok and, to a reader, {@code ranks.jsonl} has lines from every rank. */
  @JsonProperty("ok")
  OK,
  /** {@code run.json} says failed; whatever ranks flushed is kept. */
  @JsonProperty("failed")
  FAILED,
  /**
   * Only a reader's finding, never written to {@code run.json}: no {@code run.json} (running, or the
   * launcher died), or files missing or unreadable.
   */
  @JsonProperty("incomplete")
  INCOMPLETE
}
