package org.scalebench.api;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.scalebench.results.BadInputException;
import org.scalebench.results.Suggest;

/**
 * A workload's parameters after validation, with defaults applied: every declared {@link ParamDef}
 * has a value, and every value passed its check. The launcher resolves them before anything starts
 * and every rank resolves the same values again from {@code launch.json}, so all ranks see equal
 * parameters. Values are text as given ({@code --param n=1000}, a study's {@code params:}); the
 * typed getters parse them. Immutable, and so safe to share with worker threads.
 */
public final class Params {
  private final String workload;
  private final SortedMap<String, String> values;

  private Params(String workload, SortedMap<String, String> values) {
    this.workload = workload;
    this.values = Collections.unmodifiableSortedMap(values);
  }

  /**
   * Checks {@code given} against the workload's definitions: unknown names (with the closest known
   * one suggested), missing required values and bad values each end in a {@link BadInputException}.
   */
  public static Params resolve(Workload workload, Map<String, String> given) {
    Map<String, ParamDef> defs = new LinkedHashMap<>();
    workload.params().forEach(d -> defs.put(d.name(), d));
    TreeMap<String, String> values = new TreeMap<>();
    for (Map.Entry<String, String> e : given.entrySet()) {
      ParamDef def = defs.get(e.getKey());
      if (def == null) {
        throw new BadInputException("workload " + workload.name() + " has no parameter '" + e.getKey() + "'"
            + Suggest.closest(e.getKey(), defs.keySet()) + "; it takes: "
            + (defs.isEmpty() ? "no parameters" : String.join(", ", defs.keySet())));
      }
      values.put(e.getKey(), def.check(workload.name(), e.getValue()));
    }
    for (ParamDef def : defs.values()) {
      if (!values.containsKey(def.name())) {
        if (def.defaultValue() == null) {
          throw new BadInputException("workload " + workload.name() + " needs --param " + def.name()
              + "=... (" + def.description() + ")");
        }
        values.put(def.name(), def.defaultValue());
      }
    }
    return new Params(workload.name(), values);
  }

  public SortedMap<String, String> asMap() {
    return values;
  }

  public String text(String name) {
    String v = values.get(name);
    if (v == null) {
      throw new IllegalArgumentException("workload " + workload + " declares no parameter " + name);
    }
    return v;
  }

  public long longValue(String name) {
    return Long.parseLong(text(name).strip());
  }

  public int intValue(String name) {
    return Math.toIntExact(longValue(name));
  }

  public double doubleValue(String name) {
    return Double.parseDouble(text(name).strip());
  }

  @Override
  public String toString() {
    return values.entrySet().stream().sorted(Comparator.comparing(Map.Entry::getKey))
        .map(e -> e.getKey() + "=" + e.getValue()).reduce((a, b) -> a + " " + b).orElse("");
  }
}
