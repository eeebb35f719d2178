package org.scalebench.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scalebench.results.BadInputException;
import org.scalebench.results.ExecCommand;

/**
 * A program as a study or the command line gives it, before a point's parameters are filled in: in
 * any argument or environment value, {@code {{name}}} becomes the point's value of parameter {@code
 * name} (so an exec study can vary, or weak-scale, what its program is told). Double braces, because
 * single ones are common in what programs are given (JSON, a shell's {@code ${VAR}}); other text is
 * left as it is. Each argument stays one argument whatever the value holds: nothing is split or
 * interpreted.
 *
 * @param command the program and its arguments, with placeholders
 * @param workingDirectory the absolute folder the ranks start in
 * @param environment variables to add; their values may hold placeholders too
 */
public record ExecTemplate(List<String> command, String workingDirectory, Map<String, String> environment) {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z0-9_.-]+)}}");

  public ExecTemplate {
    command = List.copyOf(command);
    environment = Map.copyOf(environment == null ? Map.of() : environment);
  }

  /**
   * The command of a point with {@code params}.
   *
   * @throws BadInputException naming the argument and the placeholder that no parameter fills
   */
  public ExecCommand resolve(Map<String, String> params) {
    List<String> words = new ArrayList<>(command.size());
    for (int i = 0; i < command.size(); i++) {
      words.add(fill(command.get(i), params, "command[" + i + "]"));
    }
    TreeMap<String, String> env = new TreeMap<>();
    environment.forEach((k, v) -> env.put(k, fill(v, params, "env." + k)));
    try {
      return new ExecCommand(words, workingDirectory, env);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("the exec command is not valid: " + e.getMessage(), e);
    }
  }

  static String fill(String text, Map<String, String> params, String where) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String value = params.get(m.group(1));
      if (value == null) {
        throw new BadInputException(where + " '" + text + "' names {{" + m.group(1) + "}}, which is not a parameter "
            + "of the run" + (params.isEmpty() ? " (it has none)" : " (its parameters are " + String.join(", ",
            new TreeMap<>(params).keySet()) + ")"));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
