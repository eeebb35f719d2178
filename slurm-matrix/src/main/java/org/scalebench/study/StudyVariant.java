package org.scalebench.study;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.scalebench.exec.ExecTemplate;
import org.scalebench.results.LaunchSpec;
import org.scalebench.results.Names;

/**
 * What a study runs at every point of its matrix: a workload and its parameter values. A study has
 * one unnamed variant (its {@code workload:} and {@code params:}), or several named ones ({@code
 * variants:}), e.g. the Java and the mpi4py implementation of one job, run over the same matrix and
 * compared side by side in the report.
 *
 * @param name the variant's name, a token ({@code java}, {@code mpi4py}); null for a study's only, unnamed variant
 * @param workload the workload name; {@link LaunchSpec#EXEC} runs {@code exec}
 * @param params per parameter, the values to try (several multiply the matrix), in key order
 * @param exec the program of an exec variant, with placeholders for its parameters; null otherwise
 */
public record StudyVariant(String name, String workload, SortedMap<String, List<String>> params, ExecTemplate exec) {
  public StudyVariant {
    if (name != null) {
      Names.checkToken("variant", name);
    }
    Names.checkToken("workload", workload);
    if (LaunchSpec.EXEC.equals(workload) != (exec != null)) {
      throw new IllegalArgumentException(exec == null ? "workload exec needs a command"
          : "a command belongs to workload exec, not to " + workload);
    }
    TreeMap<String, List<String>> copy = new TreeMap<>();
    params.forEach((k, v) -> {
      if (v == null || v.isEmpty()) {
        throw new IllegalArgumentException("params." + k + " must have at least one value");
      }
      copy.put(k, List.copyOf(v));
    });
    params = Collections.unmodifiableSortedMap(copy);
  }

  /** The name reports and messages use: the variant's, else the workload's. */
  public String label() {
    return name != null ? name : workload;
  }

  /** Every combination of the parameter values, in key order, the last key varying fastest. */
  public List<SortedMap<String, String>> parameterSets() {
    List<SortedMap<String, String>> sets = new ArrayList<>();
    sets.add(new TreeMap<>());
    for (Map.Entry<String, List<String>> e : params.entrySet()) {
      List<SortedMap<String, String>> next = new ArrayList<>(sets.size() * e.getValue().size());
      for (SortedMap<String, String> s : sets) {
        for (String v : e.getValue()) {
          TreeMap<String, String> t = new TreeMap<>(s);
          t.put(e.getKey(), v);
          next.add(t);
        }
      }
      sets = next;
    }
    return sets;
  }
}
