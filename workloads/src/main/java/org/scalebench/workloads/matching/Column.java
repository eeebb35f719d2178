package org.scalebench.workloads.matching;

/**
 * The CSV column holding the strings: by header name, by 0-based position, or {@link #NOT_GIVEN}.
 * At most one of {@code name} and {@code index} is set ({@code index} is -1 for a named column and
 * for {@link #NOT_GIVEN}).
 */
public record Column(String name, int index) {
  /** No {@code column=}: a file with one column is read, one with more is refused (never a guess). */
  public static final Column NOT_GIVEN = new Column(null, -1);

  public Column {
    if (name == null && index < -1) {
      throw new IllegalArgumentException("column index must be >= 0, got " + index);
    }
    if (name != null && (name.isEmpty() || index != -1)) {
      throw new IllegalArgumentException(
          "a named column needs a non-empty name and index -1, got '" + name + "' and " + index);
    }
  }

  public static Column named(String name) {
    return new Column(name, -1);
  }

  public static Column at(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("column index must be >= 0, got " + index);
    }
    return new Column(null, index);
  }

  /** {@code "3"} is the 0-based column 3, empty text {@link #NOT_GIVEN}, anything else a header name. */
  public static Column parse(String text) {
    if (text.isEmpty()) {
      return NOT_GIVEN;
    }
    return text.chars().allMatch(c -> c >= '0' && c <= '9') && !text.isEmpty() && text.length() < 10
        ? at(Integer.parseInt(text))
        : named(text);
  }

  public boolean isNamed() {
    return name != null;
  }

  public boolean isGiven() {
    return name != null || index >= 0;
  }

  @Override
  public String toString() {
    return isNamed() ? "'" + name + "'" : isGiven() ? Integer.toString(index) : "(not given)";
  }
}
