package org.scalebench.ab;

/** A measurement of an A/B run failed (a benchmark threw, a run failed): one sentence with the log's path. */
public final class AbFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AbFailure(String sentence) {
    super(sentence);
  }
}
