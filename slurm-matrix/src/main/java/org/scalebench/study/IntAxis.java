package org.scalebench.study;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of one matrix axis ({@code nodes}, {@code ntasksPerNode}, {@code cpusPerTask}): a whole
 * number, a list of them, or a range written as text:
 *
 * <ul>
 *   <li>{@code "1..8"}: 1, 2, ..., 8;
 *   <li>{@code "2..16 +2"}: 2, 4, ..., 16 (arithmetic step);
 *   <li>{@code "1..128 x2"} (or {@code *2}): 1, 2, 4, ..., 128 (geometric factor, e.g. powers of two).
 * </ul>
 *
 * Values are kept in the order given, without duplicates; every value must be {@code 1..MAX}.
 */
final class IntAxis {
  /** No axis value above this: a larger one is a typo, not a cluster. */
  static final int MAX = 1_000_000;
  private static final Pattern RANGE =
      Pattern.compile("\\s*(\\d+)\\s*\\.\\.\\s*(\\d+)\\s*(?:([+x*])\\s*(\\d+))?\\s*");

  private IntAxis() {}

  static List<Integer> parse(SpecNode node) {
    LinkedHashSet<Integer> values = new LinkedHashSet<>();
    for (SpecNode e : node.elements()) {
      if (e.raw().isIntegralNumber() && e.raw().canConvertToInt()) {
        add(e, e.raw().intValue(), values);
      } else if (e.raw().isTextual()) {
        range(e, e.raw().asText(), values);
      } else {
        e.problem("expected a whole number, a list of them or a range like \"1..8\", \"1..128 x2\", got "
            + SpecNode.describe(e.raw()));
      }
    }
    if (values.isEmpty() && node.problems().isEmpty()) {
      node.problem("no values");
    }
    return List.copyOf(values);
  }

  private static void range(SpecNode e, String text, LinkedHashSet<Integer> values) {
    Matcher m = RANGE.matcher(text);
    if (!m.matches()) {
      e.problem("'" + text + "' is not a range: write \"FROM..TO\", \"FROM..TO +STEP\" or \"FROM..TO xFACTOR\"");
      return;
    }
    long from = Long.parseLong(m.group(1));
    long to = Long.parseLong(m.group(2));
    String op = m.group(3);
    long step = m.group(4) == null ? 1 : Long.parseLong(m.group(4));
    if (from < 1 || to > MAX || from > to) {
      e.problem("range '" + text + "' must go up from at least 1 to at most " + MAX);
      return;
    }
    boolean geometric = "x".equals(op) || "*".equals(op);
    if (geometric ? step < 2 : step < 1) {
      e.problem("range '" + text + "' needs a " + (geometric ? "factor of at least 2" : "step of at least 1"));
      return;
    }
    List<Integer> out = new ArrayList<>();
    for (long v = from; v <= to; v = geometric ? v * step : v + step) {
      out.add((int) v);
    }
    out.forEach(v -> values.add(v));
  }

  private static void add(SpecNode e, int v, LinkedHashSet<Integer> values) {
    if (v < 1 || v > MAX) {
      e.problem("must be between 1 and " + MAX + ", got " + v);
    } else {
      values.add(v);
    }
  }
}
