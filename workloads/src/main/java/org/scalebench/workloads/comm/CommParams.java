package org.scalebench.workloads.comm;

import java.util.ArrayList;
import java.util.List;
import org.scalebench.results.BadInputException;
import org.scalebench.api.ParamDef;
import org.scalebench.api.Params;

/** Parameters the communication benchmarks share, and the message sizes they select. */
public final class CommParams {
  /** The largest message: 1 GiB (direct buffers hold at most {@code Integer.MAX_VALUE} bytes). */
  public static final long MAX_MESSAGE_BYTES = 1L << 30;

  private CommParams() {}

  public static ParamDef minBytes(long defaultBytes) {
    return ParamDef.longIn("min-bytes", defaultBytes, 1, MAX_MESSAGE_BYTES,
        "smallest message in bytes; sizes double from here up to max-bytes");
  }

  public static ParamDef maxBytes(long defaultBytes) {
    return ParamDef.longIn("max-bytes", defaultBytes, 1, MAX_MESSAGE_BYTES, "largest message in bytes");
  }

  public static ParamDef buffer(String defaultChoice) {
    return ParamDef.choice("buffer", defaultChoice, List.of("array", "direct", "both"),
        "Java arrays (copied by the bindings), direct buffers (passed by address), or both");
  }

  public static ParamDef validate() {
    return ParamDef.choice("validate", "false", List.of("true", "false"),
        "check every received message against the sent pattern after each size (like OSU's -c), untimed");
  }

  public static boolean validate(Params p) {
    return Boolean.parseBoolean(p.text("validate"));
  }

  /**
   * The sizes {@code min, 2 min, 4 min, ...} up to {@code max} (OSU's sequence when {@code min}
   * is 1).
   *
   * @throws BadInputException when {@code min > max}
   */
  public static List<Integer> powersOfTwo(long min, long max) {
    if (min < 1 || max < 1) {
      throw new BadInputException("message sizes must be positive, got min-bytes=" + min + " and max-bytes=" + max);
    }
    if (min > max) {
      throw new BadInputException("min-bytes=" + min + " is larger than max-bytes=" + max);
    }
    List<Integer> sizes = new ArrayList<>();
    for (long s = min; s <= max; s *= 2) {
      sizes.add(Math.toIntExact(s));
    }
    return sizes;
  }

  /** The sizes that {@code min-bytes} and {@code max-bytes} select. */
  public static List<Integer> sizes(Params p) {
    return powersOfTwo(p.longValue("min-bytes"), p.longValue("max-bytes"));
  }

  /**
   * A comma-separated list of whole numbers in {@code [1, max]}, e.g. {@code sizes=1000,10000}.
   *
   * @param description one line for help, with the unit
   */
  public static ParamDef positiveList(String name, String defaultValue, long max, String description) {
    return new ParamDef(name, defaultValue, description + " (comma-separated, each 1.." + max + ")", v -> {
      try {
        parseList(v, max);
        return null;
      } catch (IllegalArgumentException e) {
        return e.getMessage();
      }
    });
  }

  /** Parses a list checked by {@link #positiveList}; its messages complete "parameter x='v' ...". */
  public static List<Long> parseList(String text, long max) {
    List<Long> out = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      String s = part.strip();
      long x;
      try {
        x = Long.parseLong(s);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("has '" + s + "', which is not a whole number");
      }
      if (x < 1) {
        throw new IllegalArgumentException("has " + x + ": sizes must be positive");
      }
      if (x > max) {
        throw new IllegalArgumentException("has " + x + ", more than the largest allowed " + max);
      }
      out.add(x);
    }
    return out;
  }
}
