package org.scalebench.study;

import org.scalebench.results.BadInputException;

/**
 * Collects what is wrong with a study so that the user sees every problem at once, before anything is
 * written, instead of fixing them one run at a time.
 */
public final class Problems {
  /** At most this many problems are listed; the rest are counted. */
  static final int LISTED = 25;

  private final String source;
  /** In the order they were found, each once (e.g. the same shape under another parameter set). */
  private final java.util.LinkedHashSet<String> problems = new java.util.LinkedHashSet<>();

  /** @param source what the problems are about, e.g. the spec file name */
  public Problems(String source) {
    this.source = source;
  }

  /** Adds a problem; one already reported (e.g. the same shape under another parameter set) is not repeated. */
  public void add(String problem) {
    problems.add(problem);
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /** Throws one {@link BadInputException} listing every problem, if there is any. */
  public void throwIfAny() {
    if (problems.isEmpty()) {
      return;
    }
    if (problems.size() == 1) {
      throw new BadInputException(source + ": " + problems.iterator().next());
    }
    StringBuilder text = new StringBuilder(source).append(" has ").append(problems.size()).append(" problems:");
    problems.stream().limit(LISTED).forEach(p -> text.append("\n  - ").append(p));
    if (problems.size() > LISTED) {
      text.append("\n  ... and ").append(problems.size() - LISTED).append(" more");
    }
    throw new BadInputException(text.toString());
  }
}
