package org.scalebench.workloads.gridsearch.data;

/** The kinds of dirt the cleaner repairs or turns into missing values, counted per load. */
public enum Dirt {
  /** An empty cell (or {@code NA}): missing. */
  EMPTY,
  /** A placeholder instead of a value ({@code "_"}, {@code "_______"}, {@code "!@9#%8"}, {@code "__10000__"}): missing. */
  PLACEHOLDER,
  /** A number with trailing underscores ({@code "34847.84_"}): repaired, the number is kept. */
  TRAILING_UNDERSCORE,
  /** A number outside the column's plausible range (an age of -500 or 8698): missing. */
  ABSURD,
  /** Text that is no number (or no {@code "N Years and M Months"}) in a numeric column: missing. */
  UNPARSABLE
}
