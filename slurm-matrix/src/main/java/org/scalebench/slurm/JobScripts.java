package org.scalebench.slurm;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scalebench.exec.ExecWrapper;
import org.scalebench.launch.RankJvm;
import org.scalebench.results.BadInputException;
import org.scalebench.study.ClusterProfile;
import org.scalebench.study.MpiImplementation;
import org.scalebench.study.LaunchLine;
import org.scalebench.study.Point;
import org.scalebench.study.ScriptWords;
import org.scalebench.study.StudyRun;
import org.scalebench.study.StudySpec;
import org.scalebench.study.TimeLimit;

/**
 * The text of the sbatch scripts of a study: one per job array, and the collect job. Safety:
 * {@code #SBATCH} lines and commands carry only validated safe words (tokens, numbers, checked
 * profile values); paths and environment values in the script body are single-quoted; workload
 * parameters never appear, the ranks read them from {@code launch.json}. The one exception is an
 * exec run's program, whose words are its command line: each is single-quoted. Each script runs under bash with {@code set -eo pipefail}, and marks its run
 * failed ({@code finish-run}) when the launch fails or leaves no {@code run.json}.
 */
public final class JobScripts {
  /** The time limit of the collect-and-analyze job. */
  static final Duration COLLECT_TIME = Duration.ofMinutes(30);
  static final String CLI_MAIN = "org.scalebench.cli.Main";

  private JobScripts() {}

  /** Checks that a path may appear in an {@code #SBATCH} line (sbatch does not honour shell quoting there). */
  static void requireSbatchSafe(String what, Path path) {
    if (!ScriptWords.isSafe(path.toString())) {
      throw new BadInputException(what + " " + path + " has characters that an #SBATCH line cannot carry safely; "
          + "use a folder whose path is letters, digits and . _ / + , : @ = -");
    }
  }

  /** The job name of an array: {@code <study>.<array-name>} (tokens only). */
  public static String jobName(StudySpec spec, String arrayName) {
    return spec.name() + "." + arrayName;
  }

  /**
   * The script of one job array: its runs share one resource shape; task {@code i} runs
   * {@code runs.get(i)}, whose run directory and launch.json {@code prepare-run} makes from line
   * {@code i + 2} of {@code table} when the task starts.
   */
  public static String array(StudySpec spec, String name, List<StudyRun> runs, Path table, ScriptContext ctx) {
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("a job array needs at least one run");
    }
    ClusterProfile profile = spec.profile();
    Point p = runs.get(0).point();
    for (StudyRun run : runs) {
      Point q = run.point();
      if (q.nodes() != p.nodes() || q.tasksPerNode() != p.tasksPerNode() || q.cpusPerTask() != p.cpusPerTask()) {
        throw new IllegalArgumentException("the runs of one array share a shape: " + q.id() + " is not " + p.shape());
      }
    }
    Path logDir = SlurmLayout.logDir(ctx.storeRoot(), spec.name()).toAbsolutePath();
    requireSbatchSafe("the study folder", logDir);
    StringBuilder s = new StringBuilder(1024 + 48 * runs.size());
    s.append("#!/bin/bash\n");
    sbatch(s, "job-name", jobName(spec, name));
    header(s, profile, spec.timeLimit());
    sbatch(s, "nodes", Integer.toString(p.nodes()));
    sbatch(s, "ntasks-per-node", Integer.toString(p.tasksPerNode()));
    sbatch(s, "cpus-per-task", Integer.toString(p.cpusPerTask()));
    sbatch(s, "array", runs.size() == 1 ? "0" : "0-" + (runs.size() - 1));
    sbatch(s, "output", logDir + "/%A_%a.out");
    profile.sbatch().forEach(o -> s.append("#SBATCH ").append(o).append('\n'));
    s.append("# scalebench study ").append(spec.name()).append(": ").append(runs.size())
        .append(runs.size() == 1 ? " run" : " runs").append(" of shape ").append(p.shape())
        .append(" as one job array.\n")
        .append("# Task i makes its run directory and launch.json from line i+2 of the runs table (prepare-run);\n")
        .append("# the ranks read the workload and its parameters from launch.json.\n");
    for (int i = 0; i < runs.size(); i++) {
      s.append("#   task ").append(i).append(": ").append(runs.get(i).label()).append('\n');
    }
    prologue(s, profile);
    s.append("table=").append(ScriptWords.quote(table.toAbsolutePath().toString())).append('\n');
    s.append("jar=").append(ScriptWords.quote(ctx.jar().toString())).append('\n');
    s.append("class_path=").append(classPath(spec)).append('\n');
    s.append("run_dir=$(").append(profile.java()).append(" -Xmx256m -cp \"$jar\" ").append(CLI_MAIN)
        .append(" prepare-run \"$table\" \"$SLURM_ARRAY_TASK_ID\")\n");
    s.append("status=0\n");
    List<String> launch = new ArrayList<>(profile.launch().words());
    launch.addAll(launcherOptions(profile.launch(), p));
    if (p.exec() != null) {
      execLaunch(s, profile, launch, runs, SlurmLayout.binDir(ctx.storeRoot(), spec.name()).toAbsolutePath());
      return s.toString();
    }
    launch.add(profile.java());
    // -cp first, --class-path last: mpirun rewrites the argument after the first one containing "cp"
    // (a run folder of a study called cpu-... would be one); see LocalLauncher#command
    launch.add("-cp");
    launch.add("\"$class_path\"");
    launch.addAll(RankJvm.options(p.ranks(), p.cpusPerTask(), profile.heapMegabytes(p.tasksPerNode())));
    if (profile.jobTransport().equals("ffm")) {
      launch.add(RankJvm.FFM_NATIVE_ACCESS);
    }
    s.append(String.join(" ", launch))
        .append(" \"-XX:ErrorFile=$run_dir/hs_err_pid%p.log\" --class-path \"$class_path\" ").append(RankJvm.MAIN_CLASS)
        .append(" \"$run_dir\" || status=$?\n");
    s.append("if [ \"$status\" -eq 0 ] && [ -f \"$run_dir/run.json\" ]; then\n")
        .append("  exit 0\n")
        .append("fi\n")
        .append("# the launch failed or left no run.json: mark the run failed, with the ranks' reasons\n")
        .append(profile.java()).append(" -Xmx256m -cp \"$jar\" ").append(CLI_MAIN)
        .append(" finish-run \"$run_dir\" --exit-code \"$status\" || true\n")
        .append("exit $(( status == 0 ? 1 : status ))\n");
    return s.toString();
  }

  /**
   * The launch of an exec array: every rank is the wrapper around the user's program, each word of
   * the program's command single-quoted (its runs share one command: the generator groups them so);
   * then {@code finish-run} writes the run's results from the ranks' records, and its exit code
   * (0 ok, 1 failed) is the task's.
   */
  private static void execLaunch(StringBuilder s, ClusterProfile profile, List<String> launch, List<StudyRun> runs,
      Path binDir) {
    Point p = runs.get(0).point();
    for (StudyRun run : runs) {
      if (!p.exec().equals(run.point().exec())) {
        throw new IllegalArgumentException("the runs of one exec array share a command: " + run.point().id()
            + " has another than " + p.id());
      }
    }
    List<String> words = ExecWrapper.argv("\"$wrapper\"", "\"$run_dir\"", p.cpusPerTask(), p.exec());
    // the wrapper and run folder are variables of the script; everything after them is the spec's, quoted
    launch.add(words.get(0));
    launch.add(words.get(1));
    words.subList(2, words.size()).forEach(w -> launch.add(ScriptWords.quote(w)));
    s.insert(s.indexOf("run_dir=$("), "wrapper=" + ScriptWords.quote(binDir.resolve(ExecWrapper.fileName()).toString())
        + "\n");
    s.append(String.join(" ", launch)).append(" || status=$?\n")
        .append("# the ranks are the user's programs: finish-run merges their records and writes run.json\n")
        .append("exec ").append(profile.java()).append(" -Xmx256m -cp \"$jar\" ").append(CLI_MAIN)
        .append(" finish-run \"$run_dir\" --exit-code \"$status\"\n");
  }

  /**
   * How the launch line starts exactly the point's ranks. srun: the shape explicitly (since Slurm
   * 22.05 srun no longer inherits {@code --cpus-per-task} from the batch allocation) and
   * kill-on-bad-exit (a crashed rank must not leave the others waiting in a collective until the
   * time limit). mpirun: the rank count and ranks per node; with several cpus per rank no binding,
   * or the rank's threads would share one core.
   */
  static List<String> launcherOptions(LaunchLine launch, Point p) {
    if (launch.isSrun()) {
      return List.of("--nodes=" + p.nodes(), "--ntasks-per-node=" + p.tasksPerNode(),
          "--cpus-per-task=" + p.cpusPerTask(), "--kill-on-bad-exit=1");
    }
    List<String> o = new ArrayList<>(List.of("-n", Integer.toString(p.ranks()), "--map-by",
        "ppr:" + p.tasksPerNode() + ":node"));
    if (p.cpusPerTask() > 1) {
      o.addAll(List.of("--bind-to", "none"));
    }
    return o;
  }

  /**
   * The final job: collects the study's runs into the store (marking runs whose job died without
   * run.json as failed) and writes the analysis.
   */
  public static String collect(StudySpec spec, ScriptContext ctx) {
    if (spec.source() == null) {
      throw new IllegalArgumentException("the collect job needs the spec's file");
    }
    ClusterProfile profile = spec.profile();
    Path slurmDir = SlurmLayout.slurmDir(ctx.storeRoot(), spec.name()).toAbsolutePath();
    requireSbatchSafe("the study folder", slurmDir);
    StringBuilder s = new StringBuilder(1024);
    s.append("#!/bin/bash\n");
    sbatch(s, "job-name", spec.name() + ".collect");
    header(s, profile, COLLECT_TIME);
    sbatch(s, "nodes", "1");
    sbatch(s, "ntasks", "1");
    sbatch(s, "cpus-per-task", "1");
    sbatch(s, "output", slurmDir + "/collect-%j.out");
    profile.sbatch().forEach(o -> s.append("#SBATCH ").append(o).append('\n'));
    s.append("# scalebench study ").append(spec.name())
        .append(": after every run's job ended, collect the runs and write the analysis.\n");
    prologue(s, profile);
    s.append("spec=").append(ScriptWords.quote(spec.source().toAbsolutePath().toString())).append('\n');
    s.append("store=").append(ScriptWords.quote(ctx.storeRoot().toString())).append('\n');
    s.append("jar=").append(ScriptWords.quote(ctx.jar().toString())).append('\n');
    s.append(profile.java()).append(" -Xmx2g -cp \"$jar\" ").append(CLI_MAIN)
        .append(" collect \"$spec\" --out \"$store\"");
    // the collect verb expands the study again, which needs its workload: the same jars
    for (Path j : spec.jars()) {
      s.append(" --workload-jar ").append(ScriptWords.quote(j.toString()));
    }
    s.append('\n');
    return s.toString();
  }

  /**
   * The ranks' class path: {@code $jar}, then the spec's workload jars, each single-quoted (the
   * same paths as on the login node: the study's files sit on a file system the nodes share).
   */
  static String classPath(StudySpec spec) {
    StringBuilder cp = new StringBuilder("\"$jar\"");
    for (Path j : spec.jars()) {
      cp.append(':').append(ScriptWords.quote(j.toString())); // the nodes' class path separator
    }
    return cp.toString();
  }

  private static void header(StringBuilder s, ClusterProfile profile, Duration time) {
    if (profile.account() != null) {
      sbatch(s, "account", profile.account());
    }
    if (profile.partition() != null) {
      sbatch(s, "partition", profile.partition());
    }
    if (profile.qos() != null) {
      sbatch(s, "qos", profile.qos());
    }
    sbatch(s, "time", TimeLimit.slurm(time));
  }

  private static void prologue(StringBuilder s, ClusterProfile profile) {
    s.append("set -eo pipefail\n");
    profile.modules().forEach(m -> s.append(m).append('\n'));
    if (profile.mpi() == MpiImplementation.MPICH && !profile.env().containsKey(RankJvm.UCX_SIGNALS)) {
      // MPICH's UCX would catch the SIGSEGVs the JVM raises on purpose and kill the ranks
      s.append("export ").append(RankJvm.UCX_SIGNALS).append("=''\n");
    }
    for (Map.Entry<String, String> e : profile.env().entrySet()) {
      s.append("export ").append(e.getKey()).append('=').append(ScriptWords.quote(e.getValue())).append('\n');
    }
  }

  private static void sbatch(StringBuilder s, String option, String value) {
    ScriptWords.checkSafe("#SBATCH --" + option, value);
    s.append("#SBATCH --").append(option).append('=').append(value).append('\n');
  }
}
