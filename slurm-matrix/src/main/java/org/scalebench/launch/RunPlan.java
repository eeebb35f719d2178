package org.scalebench.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.scalebench.exec.ExecTemplate;
import org.scalebench.results.BadInputException;
import org.scalebench.results.ExecCommand;
import org.scalebench.results.IoProblems;
import org.scalebench.results.LaunchSpec;
import org.scalebench.results.Names;
import org.scalebench.results.PointId;
import org.scalebench.results.RunLayout;
import org.scalebench.study.Point;
import org.scalebench.api.Workload;
import org.scalebench.runtime.WorkloadCheck;
import org.scalebench.runtime.WorkloadRegistry;

/**
 * One run, checked before anything starts: the workload exists, its parameters are valid for the
 * rank count, and the output folder is writable.
 *
 * @param spec what the ranks will read from {@code launch.json}
 * @param runDir where the run goes: {@code <root>/<study>/<point>/rep-<k>}
 */
public record RunPlan(LaunchSpec spec, Path runDir) {

  /** A run of a built-in workload (or one on this JVM's class path); see the method below. */
  public static RunPlan of(Path root, String study, String workloadName, Map<String, String> params,
      int nodes, int tasksPerNode, int cpusPerTask, String launcher, String gitCommit,
      boolean oversubscribed, boolean barrierBeforeCollectives) throws IOException {
    return of(root, study, WorkloadRegistry.onClassPath(), workloadName, params, nodes, tasksPerNode, cpusPerTask,
        launcher, gitCommit, oversubscribed, barrierBeforeCollectives);
  }

  /**
   * Validates and places one run; every user mistake ends in a {@link BadInputException}.
   *
   * @param workloads where {@code workloadName} is looked up (the built-in ones and the user's jars)
   */
  public static RunPlan of(Path root, String study, WorkloadRegistry workloads, String workloadName,
      Map<String, String> params, int nodes, int tasksPerNode, int cpusPerTask, String launcher, String gitCommit,
      boolean oversubscribed, boolean barrierBeforeCollectives) throws IOException {
    if (!Names.isToken(study)) {
      throw new BadInputException("study name '" + study + "' must be letters, digits, '.', '_' or '-'");
    }
    Workload workload = workloads.byName(workloadName);
    if (nodes < 1 || tasksPerNode < 1 || cpusPerTask < 1) {
      throw new BadInputException("nodes, ranks per node and cpus per task must be at least 1, got "
          + nodes + ", " + tasksPerNode + ", " + cpusPerTask);
    }
    int ranks = nodes * tasksPerNode;
    WorkloadCheck.check(workload, params, ranks, WorkloadCheck.Site.LAUNCHER);
    SortedMap<String, String> given = new TreeMap<>(params);
    String pointId = PointId.of(workload.name(), nodes, tasksPerNode, cpusPerTask, given);
    Path pointDir = RunLayout.pointDir(root, study, pointId);
    requireWritable(root);
    int rep = RunLayout.nextRepetition(pointDir);
    LaunchSpec spec = new LaunchSpec(LaunchSpec.SCHEMA_VERSION, study, pointId, rep, workload.name(), given,
        nodes, tasksPerNode, cpusPerTask, launcher, gitCommit, oversubscribed, barrierBeforeCollectives);
    return new RunPlan(spec, RunLayout.runDir(root, study, pointId, rep));
  }

  /**
   * Validates and places one exec run: the program {@code command} (placeholders filled from {@code
   * params}) as the ranks. Its point id starts with {@code variant}, or {@code exec} outside a
   * variant, and hashes the parameters together with the command, so two programs never share a point.
   */
  public static RunPlan ofExec(Path root, String study, ExecTemplate command, String variant, Map<String, String> params,
      int nodes, int tasksPerNode, int cpusPerTask, String launcher, String gitCommit, boolean oversubscribed,
      boolean barrierBeforeCollectives) throws IOException {
    if (!Names.isToken(study)) {
      throw new BadInputException("study name '" + study + "' must be letters, digits, '.', '_' or '-'");
    }
    if (nodes < 1 || tasksPerNode < 1 || cpusPerTask < 1) {
      throw new BadInputException("nodes, ranks per node and cpus per task must be at least 1, got "
          + nodes + ", " + tasksPerNode + ", " + cpusPerTask);
    }
    SortedMap<String, String> given = new TreeMap<>(params);
    ExecCommand exec = command.resolve(given);
    String pointId = Point.idOf(LaunchSpec.EXEC, nodes, tasksPerNode, cpusPerTask, given, variant, exec);
    Path pointDir = RunLayout.pointDir(root, study, pointId);
    requireWritable(root);
    int rep = RunLayout.nextRepetition(pointDir);
    LaunchSpec spec = new LaunchSpec(LaunchSpec.SCHEMA_VERSION, study, pointId, rep, LaunchSpec.EXEC, given, nodes,
        tasksPerNode, cpusPerTask, launcher, gitCommit, oversubscribed, barrierBeforeCollectives, "jni", variant, exec);
    return new RunPlan(spec, RunLayout.runDir(root, study, pointId, rep));
  }

  /** Creates {@code dir} if needed and proves it writable, or says in one sentence why not. */
  public static void requireWritable(Path dir) {
    try {
      Files.createDirectories(dir);
      Path probe = Files.createTempFile(dir, ".write-check", ".tmp");
      Files.delete(probe);
    } catch (IOException e) {
      throw new BadInputException("cannot write to the output folder " + dir + ": " + IoProblems.describe(e), e);
    }
  }
}
