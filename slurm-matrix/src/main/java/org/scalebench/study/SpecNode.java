package org.scalebench.study;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scalebench.results.Suggest;

/**
 * One node of a parsed YAML document with its path ({@code matrix.nodes[2]}), so that every problem
 * names where it is. Problems are collected in {@link Problems}, not thrown: a reader reports all of
 * them together.
 */
final class SpecNode {
  private final JsonNode node;
  private final String path;
  private final Problems problems;

  SpecNode(JsonNode node, String path, Problems problems) {
    this.node = node;
    this.path = path;
    this.problems = problems;
  }

  String path() {
    return path;
  }

  JsonNode raw() {
    return node;
  }

  Problems problems() {
    return problems;
  }

  void problem(String message) {
    problems.add((path.isEmpty() ? "" : path + ": ") + message);
  }

  boolean isObject() {
    return node != null && node.isObject();
  }

  boolean isText() {
    return node != null && node.isTextual();
  }

  /** True when this is a mapping; otherwise reports that one was expected. */
  boolean requireObject() {
    if (isObject()) {
      return true;
    }
    problem("expected a mapping of keys to values, got " + describe(node));
    return false;
  }

  /** Reports every key not in {@code known}, with the closest known key suggested. */
  void allowOnly(Set<String> known) {
    if (!isObject()) {
      return;
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!known.contains(key)) {
        problems.add("unknown key '" + child(key) + "'" + Suggest.closest(key, known)
            + "; valid keys here: " + String.join(", ", known.stream().sorted().toList()));
      }
    }
  }

  boolean has(String key) {
    return isObject() && node.has(key) && !node.get(key).isNull();
  }

  SpecNode get(String key) {
    return new SpecNode(isObject() ? node.get(key) : null, child(key), problems);
  }

  private String child(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** The entries of a mapping in document order (empty when this is not one). */
  Map<String, SpecNode> entries() {
    Map<String, SpecNode> out = new LinkedHashMap<>();
    if (isObject()) {
      node.fields().forEachRemaining(e -> out.put(e.getKey(), new SpecNode(e.getValue(), child(e.getKey()), problems)));
    }
    return out;
  }

  /** A scalar as text; null (with a problem) when this is missing, a list or a mapping. */
  String scalar() {
    if (node == null || node.isNull()) {
      problem("a value is required");
      return null;
    }
    if (!node.isValueNode()) {
      problem("expected a single value, got " + describe(node));
      return null;
    }
    return node.asText();
  }

  String text(String key, String defaultValue) {
    return has(key) ? get(key).scalar() : defaultValue;
  }

  String requiredText(String key) {
    if (!has(key)) {
      problem("the key '" + key + "' is required");
      return null;
    }
    return get(key).scalar();
  }

  /** A whole number {@code >= min}, or {@code defaultValue} when absent. */
  int integer(String key, int defaultValue, int min) {
    if (!has(key)) {
      return defaultValue;
    }
    SpecNode v = get(key);
    if (!v.node.canConvertToInt() || !v.node.isIntegralNumber()) {
      v.problem("expected a whole number, got " + describe(v.node));
      return defaultValue;
    }
    int x = v.node.intValue();
    if (x < min) {
      v.problem("must be at least " + min + ", got " + x);
      return defaultValue;
    }
    return x;
  }

  boolean bool(String key, boolean defaultValue) {
    if (!has(key)) {
      return defaultValue;
    }
    SpecNode v = get(key);
    if (!v.node.isBoolean()) {
      v.problem("expected true or false, got " + describe(v.node));
      return defaultValue;
    }
    return v.node.booleanValue();
  }

  /** A single scalar or a list of scalars, as text; empty (with a problem) otherwise. */
  /** This scalar as a time limit ({@link TimeLimit#parse}), or null after reporting why it is not one. */
  java.time.Duration duration() {
    String t = scalar();
    if (t == null) {
      return null;
    }
    java.time.Duration d = TimeLimit.parse(t);
    if (d == null) {
      problem("'" + t + "' is not a time limit; write 90s, 10m, 2h, MINUTES, HH:MM:SS or D-HH:MM:SS");
    }
    return d;
  }

  List<String> scalars() {
    List<String> out = new ArrayList<>();
    if (node != null && node.isArray()) {
      if (node.isEmpty()) {
        problem("the list is empty");
      }
      for (int i = 0; i < node.size(); i++) {
        String v = new SpecNode(node.get(i), path + "[" + i + "]", problems).scalar();
        if (v != null) {
          out.add(v);
        }
      }
      return out;
    }
    String v = scalar();
    if (v != null) {
      out.add(v);
    }
    return out;
  }

  /**
   * A list of words, e.g. a program and its arguments; a single string is refused, since only a
   * shell could split it.
   */
  List<String> words(String example) {
    if (node == null || !node.isArray()) {
      problem("expected a list of words, e.g. " + example + ", got " + describe(node)
          + " (a single string would need a shell to split it)");
      return List.of();
    }
    return scalars();
  }

  /** The elements of a list (a single value counts as a list of one). */
  List<SpecNode> elements() {
    List<SpecNode> out = new ArrayList<>();
    if (node != null && node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        out.add(new SpecNode(node.get(i), path + "[" + i + "]", problems));
      }
    } else if (node != null && !node.isNull()) {
      out.add(this);
    }
    return out;
  }

  static String describe(JsonNode n) {
    if (n == null || n.isNull()) {
      return "nothing";
    }
    if (n.isObject()) {
      return "a mapping";
    }
    if (n.isArray()) {
      return "a list";
    }
    return "'" + n.asText() + "'";
  }
}
