package org.scalebench.study;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.scalebench.results.BadInputException;
import org.scalebench.api.Workload;
import org.scalebench.runtime.WorkloadCheck;
import org.scalebench.runtime.WorkloadRegistry;

/**
 * Expands a study into its points: parameter sets x nodes x ntasksPerNode x cpusPerTask, minus the
 * filter, with weak scaling applied. The workload is looked up among the built-in ones and those of
 * the spec's jars. Every point that cannot run (more cores than a node has, more
 * nodes than the profile allows, too few ranks or parameters the workload rejects) is reported, all
 * together, before anything is written.
 */
public final class StudyMatrix {
  private StudyMatrix() {}

  /**
   * The points of {@code spec}, in parameter-set, then nodes, tasks, cpus order.
   *
   * @throws BadInputException listing every impossible point
   */
  public static List<Point> expand(StudySpec spec) {
    Problems problems = new Problems(spec.source() == null ? "study " + spec.name() : spec.source().toString());
    Workload workload;
    try {
      workload = WorkloadRegistry.withJars(spec.jars()).byName(spec.workload());
    } catch (BadInputException e) {
      problems.add(e.getMessage());
      problems.throwIfAny();
      return List.of();
    }
    MatrixSpec m = spec.matrix();
    ClusterProfile profile = spec.profile();
    List<Point> points = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    // validating a parameter set once per rank count: 10,000 points share few distinct pairs
    Map<String, String> checked = new HashMap<>();
    int filteredOut = 0;
    for (SortedMap<String, String> base : spec.parameterSets()) {
      for (int nodes : m.nodes()) {
        for (int tasks : m.tasksPerNode()) {
          for (int cpus : m.cpusPerTask()) {
            if (!m.filter().keeps(nodes, tasks, cpus)) {
              filteredOut++;
              continue;
            }
            String shape = Point.shape(nodes, tasks, cpus);
            int ranks = nodes * tasks;
            boolean ok = true;
            if ((long) tasks * cpus > profile.coresPerNode() && !profile.oversubscribe()) {
              problems.add(shape + ": needs " + (long) tasks * cpus + " cores per node, but profile "
                  + profile.name() + " has " + profile.coresPerNode());
              ok = false;
            }
            if (nodes > profile.maxNodes()) {
              problems.add(shape + ": profile " + profile.name() + " allows at most " + profile.maxNodes()
                  + (profile.maxNodes() == 1 ? " node" : " nodes"));
              ok = false;
            }
            SortedMap<String, String> params;
            try {
              params = spec.weak().apply(base, ranks);
            } catch (IllegalArgumentException e) {
              problems.add(shape + ": " + e.getMessage());
              continue;
            }
            String key = ranks + "|" + params;
            String why = checked.computeIfAbsent(key, k -> paramProblem(workload, params, ranks));
            if (!why.isEmpty()) {
              problems.add(shape + (params.isEmpty() ? "" : " " + params) + ": " + why);
              ok = false;
            }
            if (ok) {
              Point p = Point.of(workload.name(), nodes, tasks, cpus, params);
              if (!ids.add(p.id())) {
                problems.add(shape + " " + params + ": point id " + p.id() + " appears twice (a repeated value?)");
              }
              points.add(p);
            }
          }
        }
      }
    }
    if (points.isEmpty() && problems.isEmpty()) {
      problems.add("the matrix has no points" + (filteredOut > 0 ? " (the filter dropped all " + filteredOut + ")" : ""));
    }
    problems.throwIfAny();
    return List.copyOf(points);
  }

  private static String paramProblem(Workload workload, SortedMap<String, String> params, int ranks) {
    try {
      WorkloadCheck.check(workload, params, ranks, WorkloadCheck.Site.LAUNCHER);
      return "";
    } catch (BadInputException e) {
      return e.getMessage();
    }
  }
}
