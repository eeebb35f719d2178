package org.scalebench.analysis.scaling;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.scalebench.analysis.aggregate.PointKey;
import org.scalebench.results.Checks;

/**
 * How a reader sees a scaling curve: a short name for headings, chart titles and legends, and the
 * full parameter list for the collapsible block under the heading.
 *
 * <p>The short name holds the variant (or, in a study without variants, the workload) and only the
 * parameters that tell this curve apart or that the study chose: those whose value differs between the
 * variant's (workload's) points in the study, and those some
 * run's {@code launch.json} set (the rest took the workload's defaults in the ranks, which is why
 * {@code run.json} has them and {@code launch.json} does not). File paths are shortened to their base
 * name; {@link #parameters()} keeps them whole. An exec curve's program is never a parameter: it is
 * {@link #command()}.
 *
 * @param text the short name, e.g. {@code matching (left=strings_left_17250.csv, strategy=tiles)}, or
 *     {@code java (generate=6000)} in a study of variants
 * @param parameters every parameter of the curve as the ranks resolved it, full values
 * @param shown the names of the parameters in {@link #text()}
 * @param given the names of the parameters the study set (the others are the workload's defaults)
 * @param workload the workload the curve ran (named in the block under the heading of a variant)
 * @param command an exec curve's program and arguments, shell-quoted for display; null for a workload
 */
public record SeriesName(String text, SortedMap<String, String> parameters, SortedSet<String> shown,
    SortedSet<String> given, String workload, String command) {

  public SeriesName {
    Checks.nonBlank("text", text);
    Checks.nonBlank("workload", workload);
    parameters = Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
    shown = Collections.unmodifiableSortedSet(new TreeSet<>(shown));
    given = Collections.unmodifiableSortedSet(new TreeSet<>(given));
  }

  /**
   * The name of curve {@code key}.
   *
   * @param varying parameters whose value differs between the workload's points in the study
   * @param given parameters the study set for the workload
   * @param cpusVary whether the workload's points in the study differ in cpus per task
   */
  public static SeriesName of(SeriesKey key, SortedSet<String> varying, SortedSet<String> given, boolean cpusVary) {
    SortedMap<String, String> params = new TreeMap<>(key.params());
    params.keySet().removeIf(k -> k.startsWith(PointKey.EXEC_PREFIX));
    SortedSet<String> shown = new TreeSet<>();
    for (String name : params.keySet()) {
      if (varying.contains(name) || given.contains(name)) {
        shown.add(name);
      }
    }
    List<String> parts = new ArrayList<>();
    if (!shown.isEmpty()) {
      parts.add(shown.stream().map(n -> n + "=" + shortValue(key.params().get(n))).collect(Collectors.joining(", ")));
    }
    if (key.axis() == Axis.RANKS && (cpusVary || key.cpusPerTask() != 1)) {
      parts.add(key.cpusPerTask() + (key.cpusPerTask() == 1 ? " cpu/rank" : " cpus/rank"));
    }
    if (!key.scaledParams().isEmpty()) {
      parts.add("size scaled with ranks: " + String.join(", ", key.scaledParams()));
    }
    String text = parts.isEmpty() ? key.label() : key.label() + " (" + String.join("; ", parts) + ")";
    SortedSet<String> givenHere = new TreeSet<>(given);
    givenHere.retainAll(params.keySet());
    return new SeriesName(text, params, shown, givenHere, key.workload(), key.params().get(PointKey.EXEC_COMMAND));
  }

  /** A file path by its base name ({@code /data/left.csv} -> {@code left.csv}); any other value as is. */
  public static String shortValue(String value) {
    int slash = Math.max(value.lastIndexOf('/'), value.lastIndexOf('\\'));
    return slash >= 0 && slash < value.length() - 1 ? value.substring(slash + 1) : value;
  }
}
