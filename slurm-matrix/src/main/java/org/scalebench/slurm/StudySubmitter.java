package org.scalebench.slurm;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scalebench.study.Point;
import org.scalebench.study.StudyRun;
import org.scalebench.study.StudySpec;

/**
 * {@code submit}: generates the job arrays of the runs still to do and hands them to sbatch (the
 * manifest records each run as {@code <array-job-id>_<task>}, the id squeue and sacct show), then
 * chains one collect-and-analyze job after them ({@code --dependency=afterany}). Resume: complete runs and
 * runs whose job is still queued or running are skipped; failed ones are set aside and re-queued.
 */
public final class StudySubmitter {
  private final StudySpec spec;
  private final ScriptContext ctx;
  private final SlurmCommands slurm;

  public StudySubmitter(StudySpec spec, ScriptContext ctx, SlurmCommands slurm) {
    this.spec = spec;
    this.ctx = ctx;
    this.slurm = slurm;
  }

  /**
   * What was submitted.
   *
   * @param submitted the run jobs submitted now
   * @param complete runs already complete
   * @param active runs whose earlier job still runs
   * @param collectJobId the collect job, or null when nothing was submitted
   */
  public record Submission(List<JobManifest.Job> submitted, int complete, int active, String collectJobId) {}

  public Submission submit(List<Point> points, PrintWriter out) throws IOException, InterruptedException {
    JobManifest manifest = JobManifest.read(ctx.storeRoot(), spec.name());
    Map<String, JobManifest.Job> active = manifest.active(slurm.queue());
    StudyGenerator.Generated generated = new StudyGenerator(spec, ctx).generate(points, active.keySet(), true);
    List<JobManifest.Job> submitted = new ArrayList<>();
    Set<String> after = new LinkedHashSet<>();
    active.values().forEach(job -> after.add(SlurmCommands.arrayJobId(job.jobId())));
    for (StudyGenerator.ArrayJob array : generated.arrays()) {
      String id = slurm.sbatch(array.script(), List.of());
      after.add(id);
      Instant now = Instant.now();
      for (int i = 0; i < array.runs().size(); i++) {
        StudyRun run = array.runs().get(i);
        submitted.add(new JobManifest.Job(run.point().id(), run.repetition(), id + "_" + i, now));
      }
      // an interrupted submit must still know the arrays it handed to Slurm
      manifest.with(submitted, null).write(ctx.storeRoot());
    }
    JobManifest current = manifest.with(submitted, null);
    String collectId = null;
    if (!submitted.isEmpty()) {
      collectId = slurm.sbatch(generated.collectScript(), List.copyOf(after));
      current.with(List.of(), collectId).write(ctx.storeRoot());
    }
    out.printf(java.util.Locale.ROOT, "scalebench: submitted %d run(s) in %d job array(s) of study %s (%d run(s) "
        + "already complete, %d still queued or running)%s%n", submitted.size(), generated.arrays().size(), spec.name(),
        generated.complete(), generated.active(),
        collectId == null ? "" : "; collect-and-analyze job " + collectId + " runs after them");
    return new Submission(List.copyOf(submitted), generated.complete(), generated.active(), collectId);
  }
}
