package org.scalebench.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the YAML parser's messages into one line a user can act on: no parser class names, no echo
 * of the source line with a caret under it, and the column where the parser stopped.
 */
final class YamlMessages {
  private static final Pattern WHERE = Pattern.compile("^\\s*in '[^']*', line (\\d+), column (\\d+):?\\s*$");
  private static final Pattern EVENT = Pattern.compile("<?org\\.yaml\\.snakeyaml\\.events\\.(\\w+)Event\\([^)]*\\)>?");
  private static final Pattern BAD_BYTE = Pattern.compile("Invalid UTF-8 (?:start|middle) byte (0x\\p{XDigit}+)"
      + "(?: \\(at char #\\d+, byte #(\\d+)\\))?");
  private static final Map<String, String> EVENTS = Map.of(
      "MappingStart", "a mapping", "SequenceStart", "a list", "Scalar", "a value", "Alias", "an alias",
      "MappingEnd", "the end of a mapping", "SequenceEnd", "the end of a list", "DocumentStart", "a new document",
      "DocumentEnd", "the end of the document", "StreamEnd", "the end of the file");

  private YamlMessages() {}

  /**
   * What follows the file name in the error for {@code e}: {@code " line N: not valid YAML: ..."}, or
   * {@code ": not UTF-8 text ..."} (where the parser's line count is not to be trusted).
   */
  static String describe(com.fasterxml.jackson.core.JsonProcessingException e) {
    String message = e.getOriginalMessage();
    Matcher bad = BAD_BYTE.matcher(message == null ? "" : message);
    if (bad.find()) {
      return ": not UTF-8 text (byte " + bad.group(1) + (bad.group(2) == null ? "" : " at offset " + bad.group(2))
          + " is not UTF-8); save it as UTF-8";
    }
    var at = e.getLocation();
    return (at == null || at.getLineNr() < 1 ? "" : " line " + at.getLineNr()) + ": not valid YAML: "
        + describe(message);
  }

  /** The parser's {@code message} (possibly several lines) as one line. */
  static String describe(String message) {
    if (message == null || message.isBlank()) {
      return "the parser gave no reason";
    }
    if (message.startsWith("Expected a field name")) {
      Matcher event = EVENT.matcher(message);
      return "a key must be a plain word, not " + (event.find() ? event(event.group(1)) : "a structure");
    }
    List<String> said = new ArrayList<>();
    String column = null;
    boolean echo = false;
    for (String line : message.split("\\R")) {
      Matcher where = WHERE.matcher(line);
      if (where.matches()) {
        column = where.group(2);
        echo = true; // the source line and a caret follow
        continue;
      }
      if (echo && (line.startsWith(" ") || line.isBlank())) {
        continue;
      }
      echo = false;
      String words = EVENT.matcher(line.strip()).replaceAll(m -> event(m.group(1)));
      if (!words.isEmpty()) {
        said.add(words.replace("\\t(TAB)", "a tab"));
      }
    }
    return String.join("; ", said) + (column == null ? "" : " (column " + column + ")");
  }

  private static String event(String name) {
    return EVENTS.getOrDefault(name, "something else");
  }
}
