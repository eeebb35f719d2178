package org.scalebench.results;

/** How complete a run directory is, as a reader finds it. */
public enum RunState {
  /** {@code run.json} says ok and {@code ranks.jsonl} has lines from every rank. */
  COMPLETE,
  /** {@code run.json} says failed; whatever ranks flushed is kept. */
  FAILED,
  /** No {@code run.json} (running, or the launcher died), or files missing or unreadable. */
  INCOMPLETE
}
