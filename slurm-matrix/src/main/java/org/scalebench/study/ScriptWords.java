package org.scalebench.study;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What may go into a generated job script, and how. Values that reach a script unquoted (in
 * {@code #SBATCH} lines, module lines, the launch line) must be safe words: characters that mean
 * nothing to bash or to sbatch's parser of {@code #SBATCH} lines. Everything else (environment
 * values, paths in the script body) is single-quoted. Workload parameters never reach a script: the
 * ranks read them from {@code launch.json}.
 */
public final class ScriptWords {
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._/+,:@=%-]+");
  private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern SBATCH_OPTION = Pattern.compile("--[a-z][a-z0-9-]*(=[A-Za-z0-9._/+,:@=%-]+)?");

  private ScriptWords() {}

  public static boolean isSafe(String word) {
    return word != null && SAFE.matcher(word).matches();
  }

  /** Null when {@code value} is a safe word, else why not (naming the field). */
  public static String unsafe(String field, String value) {
    return isSafe(value) ? null
        : field + " '" + value + "' may only contain letters, digits and . _ / + , : @ = % -"
            + " (it is written into the job script unquoted)";
  }

  /** Checks a safe word, for compact constructors. */
  public static String checkSafe(String field, String value) {
    String why = unsafe(field, value);
    if (why != null) {
      throw new IllegalArgumentException(why);
    }
    return value;
  }

  /** Null when every word of {@code line} is safe. */
  public static String unsafeLine(String field, String line) {
    for (String w : words(line)) {
      if (!isSafe(w)) {
        return field + " '" + line + "' has the word '" + w + "'; words may only contain letters, digits and"
            + " . _ / + , : @ = % - (the line is written into the job script)";
      }
    }
    return words(line).isEmpty() ? field + " is empty" : null;
  }

  public static List<String> words(String line) {
    String s = line.strip();
    return s.isEmpty() ? List.of() : List.of(s.split("\\s+"));
  }

  public static boolean isEnvName(String name) {
    return name != null && ENV_NAME.matcher(name).matches();
  }

  /** Null when {@code option} is {@code --name} or {@code --name=safe-value}. */
  public static String unsafeSbatchOption(String field, String option) {
    return option != null && SBATCH_OPTION.matcher(option).matches() ? null
        : field + " '" + option + "' must be a long option like --exclusive or --constraint=x86"
            + " whose value is letters, digits and . _ / + , : @ = % -";
  }

  /**
   * Quotes {@code value} as one bash word: single quotes, each inner {@code '} written as {@code '\''}.
   * Nothing inside single quotes is expanded by bash.
   */
  public static String quote(String value) {
    if (value.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("a NUL character cannot be passed to a script: '" + value + "'");
    }
    return "'" + value.replace("'", "'\\''") + "'";
  }
}
