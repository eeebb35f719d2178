package org.scalebench.results;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The program an {@code exec} run starts as its ranks: an argument vector that no shell parses, the
 * folder it starts in and what it adds to the ranks' environment. Part of {@code launch.json}
 * (schema 3) and so of {@code run.json}.
 *
 * @param command the program and its arguments, at least one element, none blank in the program's
 *     place and none holding a NUL character (which no argument vector can carry)
 * @param workingDirectory the absolute folder the ranks start in
 * @param environment variables added to (or replacing in) the ranks' environment, kept sorted by name: names of letters,
 *     digits and {@code _}, not starting with a digit; values without NUL
 */
@JsonPropertyOrder({"command", "workingDirectory", "environment"})
public record ExecCommand(List<String> command, String workingDirectory, Map<String, String> environment) {
  private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  public ExecCommand {
    if (command == null || command.isEmpty()) {
      throw new IllegalArgumentException("command must name a program, got an empty list");
    }
    command = List.copyOf(command);
    Checks.nonBlank("command[0] (the program)", command.get(0));
    for (int i = 0; i < command.size(); i++) {
      if (command.get(i).indexOf('\0') >= 0) {
        throw new IllegalArgumentException("command[" + i + "] holds a NUL character, which no argument can carry");
      }
    }
    Checks.nonBlank("workingDirectory", workingDirectory);
    if (!workingDirectory.startsWith("/")) {
      throw new IllegalArgumentException("workingDirectory must be an absolute path, got '" + workingDirectory + "'");
    }
    TreeMap<String, String> env = new TreeMap<>(environment == null ? Map.of() : environment);
    env.forEach((k, v) -> {
      if (!ENV_NAME.matcher(k).matches()) {
        throw new IllegalArgumentException("environment variable name '" + k
            + "' must be letters, digits and _, not starting with a digit");
      }
      if (v == null || v.indexOf('\0') >= 0) {
        throw new IllegalArgumentException("environment variable " + k + " must have a value without NUL characters");
      }
    });
    environment = Collections.unmodifiableSortedMap(env);
  }

  /** The text the point id hashes, so that two commands never share a point: one entry per field. */
  public SortedMap<String, String> identity() {
    TreeMap<String, String> id = new TreeMap<>();
    id.put("exec.command", String.join("\u001f", command));
    id.put("exec.workingDirectory", workingDirectory);
    environment.forEach((k, v) -> id.put("exec.env." + k, v));
    return id;
  }
}
