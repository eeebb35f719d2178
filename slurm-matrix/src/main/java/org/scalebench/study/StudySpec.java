package org.scalebench.study;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.scalebench.results.Checks;
import org.scalebench.results.Names;
import org.scalebench.results.Scaling;

/**
 * A study as read from {@code study.yaml}: immutable and validated (see {@link StudyReader}).
 *
 * @param schemaVersion the spec format version, {@code 1..SCHEMA_VERSION}
 * @param name the study name: the store folder {@code results/runs/<name>}, a token
 * @param workload the workload name
 * @param params per parameter, the values to try (a list of several multiplies the matrix), in key order
 * @param matrix the resource axes
 * @param scaling strong or weak
 * @param weak how weak scaling grows parameters (empty for strong scaling)
 * @param repetitions runs per point, {@code >= 1}
 * @param timeLimit the time limit of one run
 * @param barrier time a barrier before each collective (splits wait from transfer)
 * @param profile the cluster profile
 * @param source the file the spec was read from (for messages and the collect job), or null
 * @param jars the user's workload jars, absolute, each once: the profile's {@code jars:}, then the
 *     spec's, then those given on the command line ({@link #withJars}); on every rank's class path
 */
public record StudySpec(int schemaVersion, String name, String workload, SortedMap<String, List<String>> params,
    MatrixSpec matrix, Scaling scaling, WeakRule weak, int repetitions, Duration timeLimit, boolean barrier,
    ClusterProfile profile, Path source, List<Path> jars) {

  public static final int SCHEMA_VERSION = 1;

  public StudySpec {
    Checks.schemaVersion(schemaVersion, SCHEMA_VERSION);
    Names.checkToken("study", name);
    Names.checkToken("workload", workload);
    TreeMap<String, List<String>> copy = new TreeMap<>();
    params.forEach((k, v) -> {
      if (v == null || v.isEmpty()) {
        throw new IllegalArgumentException("params." + k + " must have at least one value");
      }
      copy.put(k, List.copyOf(v));
    });
    params = Collections.unmodifiableSortedMap(copy);
    if (matrix == null || scaling == null || profile == null || timeLimit == null) {
      throw new IllegalArgumentException("matrix, scaling, timeLimit and profile must be set");
    }
    weak = weak == null ? WeakRule.NONE : weak;
    if (scaling == Scaling.STRONG && !weak.growth().isEmpty()) {
      throw new IllegalArgumentException("weak growth rules need scaling: weak");
    }
    Checks.atLeast("repetitions", repetitions, 1);
    jars = jars == null ? List.of() : jars.stream().map(p -> p.toAbsolutePath().normalize()).distinct().toList();
  }

  /** A spec without workload jars of its own (those of its profile only). */
  public StudySpec(int schemaVersion, String name, String workload, SortedMap<String, List<String>> params,
      MatrixSpec matrix, Scaling scaling, WeakRule weak, int repetitions, Duration timeLimit, boolean barrier,
      ClusterProfile profile, Path source) {
    this(schemaVersion, name, workload, params, matrix, scaling, weak, repetitions, timeLimit, barrier, profile,
        source, profile == null ? List.of() : profile.jars());
  }

  /** This spec with {@code more} workload jars after its own (given twice, a jar counts once). */
  public StudySpec withJars(List<Path> more) {
    List<Path> all = new ArrayList<>(jars);
    all.addAll(more);
    return new StudySpec(schemaVersion, name, workload, params, matrix, scaling, weak, repetitions, timeLimit, barrier,
        profile, source, all);
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
