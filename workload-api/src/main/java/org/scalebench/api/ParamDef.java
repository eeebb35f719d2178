package org.scalebench.api;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.scalebench.results.BadInputException;
import org.scalebench.results.Checks;

/**
 * One parameter a workload accepts: its name, default, a description for {@code --help}, and a
 * check that turns a bad value into one sentence.
 *
 * @param name the parameter name as given with {@code --param name=value}
 * @param defaultValue the value used when none is given, or null when the parameter is required
 * @param description one line for help texts, with the unit
 * @param problem returns null for a good value, else what is wrong with it (without the name)
 */
public record ParamDef(String name, String defaultValue, String description, Function<String, String> problem) {
  public ParamDef {
    Checks.nonBlank("name", name);
    Checks.nonBlank("description", description);
    Checks.notNull("problem", problem);
  }

  /** Throws {@link BadInputException} naming the workload, the parameter and the value. */
  public String check(String workload, String value) {
    String why = problem.apply(value);
    if (why != null) {
      throw new BadInputException("parameter " + name + "='" + value + "' of workload " + workload + " " + why);
    }
    return value;
  }

  /** A whole number in {@code [min, max]}. */
  public static ParamDef longIn(String name, long defaultValue, long min, long max, String description) {
    return new ParamDef(name, Long.toString(defaultValue), description, v -> {
      try {
        long x = Long.parseLong(v.strip());
        return x < min || x > max ? "is out of range: must be between " + min + " and " + max : null;
      } catch (NumberFormatException e) {
        return "is not a whole number";
      }
    });
  }

  /** A finite number in {@code [min, max]}. */
  public static ParamDef doubleIn(String name, double defaultValue, double min, double max, String description) {
    return new ParamDef(name, Double.toString(defaultValue), description, v -> {
      try {
        double x = Double.parseDouble(v.strip());
        return !(x >= min && x <= max)
            ? String.format(Locale.ROOT, "is out of range: must be between %s and %s", min, max) : null;
      } catch (NumberFormatException e) {
        return "is not a number";
      }
    });
  }

  /** One of {@code choices}. */
  public static ParamDef choice(String name, String defaultValue, List<String> choices, String description) {
    return new ParamDef(name, defaultValue, description + " (" + String.join(" | ", choices) + ")",
        v -> choices.contains(v) ? null : "is not one of " + String.join(", ", choices));
  }

  /** Any non-blank text; {@code defaultValue} null makes it required. */
  public static ParamDef text(String name, String defaultValue, String description) {
    return new ParamDef(name, defaultValue, description, v -> v.isBlank() ? "is blank" : null);
  }
}
