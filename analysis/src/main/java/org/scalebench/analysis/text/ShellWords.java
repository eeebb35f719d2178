package org.scalebench.analysis.text;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An argument vector written the way a POSIX shell would read it back: for display only (an exec run's
 * program starts without a shell), so that a reader sees where each argument begins and ends.
 */
public final class ShellWords {
  /** Characters no POSIX shell treats specially anywhere in a word. */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

  private ShellWords() {}

  /**
   * The words joined by single spaces, each quoted when it needs it: {@code [python3, -c, print('a b')]}
   * becomes {@code python3 -c 'print('\''a b'\'')'}; an empty word is {@code ''}.
   */
  public static String quote(List<String> words) {
    return words.stream().map(ShellWords::quote).collect(Collectors.joining(" "));
  }

  /** One word: as is when plain, else in single quotes, a single quote inside as {@code '\''}. */
  public static String quote(String word) {
    if (PLAIN.matcher(word).matches()) {
      return word;
    }
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
