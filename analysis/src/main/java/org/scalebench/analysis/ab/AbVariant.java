package org.scalebench.analysis.ab;

import org.scalebench.results.Checks;

/**
 * One side of an A/B run.
 *
 * @param name a short name for tables, e.g. {@code baseline} or {@code current}; not blank
 * @param description what was run, e.g. the jar, its commit and its options; not null, may be empty
 */
public record AbVariant(String name, String description) {
  public AbVariant {
    Checks.nonBlank("variant name", name);
    Checks.notNull("description of variant " + name, description);
  }
}
