package org.scalebench.slurm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.scalebench.launch.RunPlan;
import org.scalebench.results.LaunchSpec;
import org.scalebench.results.ResultJson;
import org.scalebench.study.Point;
import org.scalebench.study.StudyRun;
import org.scalebench.study.StudyRuns;
import org.scalebench.study.StudySpec;

/**
 * Writes the jobs of a study: for every run that is not complete, its {@code launch.json} and
 * {@code job.sbatch} in the run directory, plus the study's collect script. Runs that are complete,
 * or whose job is still queued or running, are left alone (the resume rule of {@link StudyRuns}).
 */
public final class StudyGenerator {
  private final StudySpec spec;
  private final ScriptContext ctx;

  public StudyGenerator(StudySpec spec, ScriptContext ctx) {
    this.spec = spec;
    this.ctx = ctx;
  }

  /**
   * What a generation found and wrote.
   *
   * @param jobs the runs that got a script, in submission order
   * @param complete runs already complete (skipped)
   * @param active runs whose job is still queued or running (skipped)
   * @param collectScript the collect job's script, or null in a dry run
   */
  public record Generated(List<Job> jobs, int complete, int active, Path collectScript) {}

  /** One run with its script. */
  public record Job(StudyRun run, Path script, String text) {}

  /**
   * @param points the study's points
   * @param activeRuns labels ({@link StudyRun#label()}) of runs whose job may still run
   * @param write false for a dry run: compute the scripts, write nothing
   */
  public Generated generate(List<Point> points, Set<String> activeRuns, boolean write) throws IOException {
    List<StudyRun> runs = StudyRuns.all(spec, points, ctx.storeRoot());
    if (write) {
      RunPlan.requireWritable(ctx.storeRoot());
    }
    JobScripts.requireSbatchSafe("the result store", ctx.storeRoot());
    // one listing instead of a probe per run: in a fresh study (the common case) no run exists yet
    Set<String> existingPoints = existingPoints(ctx.storeRoot().resolve(spec.name()));
    List<Job> jobs = new ArrayList<>();
    int complete = 0;
    int active = 0;
    String launcher = spec.profile().launch().recordedName();
    Set<String> createdPoints = new HashSet<>();
    for (StudyRun run : runs) {
      boolean existed = existingPoints.contains(run.point().id());
      if (existed && activeRuns.contains(run.label())) {
        active++;
        continue;
      }
      if (existed && StudyRuns.isComplete(run.runDir())) {
        complete++;
        continue;
      }
      String text = JobScripts.point(spec, run, ctx);
      Path script = SlurmLayout.jobScript(run.runDir());
      if (write) {
        if (existed) {
          StudyRuns.setAside(run.runDir());
          Files.createDirectories(run.runDir());
        } else {
          if (createdPoints.add(run.point().id())) {
            Files.createDirectories(run.runDir().getParent());
          }
          Files.createDirectory(run.runDir());
        }
        LaunchSpec launch = StudyRuns.launchSpec(spec, run, launcher, ctx.gitCommit(), spec.profile().oversubscribe()
            && (long) run.point().tasksPerNode() * run.point().cpusPerTask() > spec.profile().coresPerNode());
        GeneratedFiles.write(run.runDir().resolve(LaunchSpec.FILE), ResultJson.pretty(launch));
        GeneratedFiles.write(script, text);
      }
      jobs.add(new Job(run, script, text));
    }
    Path collect = null;
    if (write) {
      collect = SlurmLayout.collectScript(ctx.storeRoot(), spec.name());
      Files.createDirectories(collect.getParent());
      GeneratedFiles.write(collect, JobScripts.collect(spec, ctx));
    }
    return new Generated(List.copyOf(jobs), complete, active, collect);
  }

  private static Set<String> existingPoints(Path studyDir) throws IOException {
    if (!Files.isDirectory(studyDir)) {
      return Set.of();
    }
    try (Stream<Path> list = Files.list(studyDir)) {
      return list.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }
  }
}
