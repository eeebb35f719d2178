package org.scalebench.workloads.matching;

/**
 * The CSV column holding the strings: by header name, or by 0-based position. Exactly one of
 * {@code name} and {@code index} is set ({@code index} is -1 for a named column).
 */
public record Column(String name, int index) {
  public Column {
    if (name == null && index < 0) {
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
    return new Column(null, index);
  }

  /** {@code "3"} is the 0-based column 3, anything else a header name. */
  public static Column parse(String text) {
    return text.chars().allMatch(c -> c >= '0' && c <= '9') && !text.isEmpty() && text.length() < 10
        ? at(Integer.parseInt(text))
        : named(text);
  }

  public boolean isNamed() {
    return name != null;
  }

  @Override
  public String toString() {
    return isNamed() ? "'" + name + "'" : Integer.toString(index);
  }
}
