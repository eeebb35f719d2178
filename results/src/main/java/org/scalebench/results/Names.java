package org.scalebench.results;

import java.util.regex.Pattern;

/** Rules for names that become file names, point ids or words in a generated script. */
public final class Names {
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

  private Names() {}

  /** True for 1-128 of {@code [A-Za-z0-9._-]}, starting with a letter or digit. */
  public static boolean isToken(String value) {
    return value != null && TOKEN.matcher(value).matches();
  }

  /**
   * Checks that {@code value} is safe as a path segment and a shell word.
   *
   * @throws IllegalArgumentException naming the field and the value otherwise
   */
  public static String checkToken(String field, String value) {
    if (!isToken(value)) {
      throw new IllegalArgumentException(field + " must be 1-128 of letters, digits, '.', '_' or '-' "
          + "starting with a letter or digit, got " + (value == null ? "null" : "'" + value + "'"));
    }
    return value;
  }
}
