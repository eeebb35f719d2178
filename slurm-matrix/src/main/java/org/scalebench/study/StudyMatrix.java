package org.scalebench.study;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.scalebench.results.BadInputException;
import org.scalebench.results.ExecCommand;
import org.scalebench.api.Workload;
import org.scalebench.runtime.WorkloadCheck;
import org.scalebench.runtime.WorkloadRegistry;

/**
 * Expands a study into its points: per variant, parameter sets x nodes x ntasksPerNode x cpusPerTask,
 * minus the filter, with weak scaling applied (an exec variant's parameters fill its command's placeholders). The workload is looked up among the built-in ones and those of
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
    List<Point> points = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int[] filteredOut = {0};
    WorkloadRegistry registry = null;
    for (StudyVariant variant : spec.variants()) {
      Workload workload = null;
      if (variant.exec() == null) {
        try {
          registry = registry != null ? registry : WorkloadRegistry.withJars(spec.jars());
          workload = registry.byName(variant.workload());
        } catch (BadInputException e) {
          problems.add((spec.hasVariants() ? "variant " + variant.name() + ": " : "") + e.getMessage());
          continue;
        }
      }
      expand(spec, variant, workload, problems, points, ids, filteredOut);
    }
    if (points.isEmpty() && problems.isEmpty()) {
      problems.add("the matrix has no points" + (filteredOut[0] > 0 ? " (the filter dropped all " + filteredOut[0] + ")" : ""));
    }
    problems.throwIfAny();
    return List.copyOf(points);
  }

  /** The points of one variant; {@code workload} is null for exec, whose parameters only fill its command. */
  private static void expand(StudySpec spec, StudyVariant variant, Workload workload, Problems problems, List<Point> points,
      Set<String> ids, int[] filteredOut) {
    MatrixSpec m = spec.matrix();
    ClusterProfile profile = spec.profile();
    String prefix = spec.hasVariants() ? "variant " + variant.name() + ", " : "";
    // validating a parameter set once per rank count: 10,000 points share few distinct pairs
    Map<String, String> checked = new HashMap<>();
    for (SortedMap<String, String> base : variant.parameterSets()) {
      for (int nodes : m.nodes()) {
        for (int tasks : m.tasksPerNode()) {
          for (int cpus : m.cpusPerTask()) {
            if (!m.filter().keeps(nodes, tasks, cpus)) {
              filteredOut[0]++;
              continue;
            }
            String shape = prefix + Point.shape(nodes, tasks, cpus);
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
            ExecCommand exec = null;
            if (workload == null) {
              try {
                exec = variant.exec().resolve(params);
              } catch (BadInputException e) {
                problems.add(shape + (params.isEmpty() ? "" : " " + params) + ": " + e.getMessage());
                continue;
              }
            } else {
              String key = ranks + "|" + params;
              Workload w = workload;
              String why = checked.computeIfAbsent(key, k -> paramProblem(w, params, ranks));
              if (!why.isEmpty()) {
                problems.add(shape + (params.isEmpty() ? "" : " " + params) + ": " + why);
                ok = false;
              }
            }
            if (ok) {
              Point p = Point.of(workload != null ? workload.name() : variant.workload(), nodes, tasks, cpus, params,
                  variant.name(), exec);
              if (!ids.add(p.id())) {
                problems.add(shape + " " + params + ": point id " + p.id() + " appears twice (a repeated value?)");
              }
              points.add(p);
            }
          }
        }
      }
    }
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
