package org.scalebench.slurm;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scalebench.study.Point;
import org.scalebench.study.StudySpec;

/**
 * {@code submit}: generates the jobs of the runs still to do and hands them to sbatch, then chains
 * one collect-and-analyze job after them ({@code --dependency=afterany}). Resume: complete runs and
 * runs whose job is still queued or running are skipped; failed ones are set aside and re-queued.
 */
public final class StudySubmitter {
  /** The manifest is rewritten every this many submissions, so that an interrupted submit loses little. */
  static final int MANIFEST_EVERY = 50;

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
    Map<String, String> queue = slurm.queue();
    Set<String> active = new HashSet<>();
    List<String> activeIds = new ArrayList<>();
    manifest.latest().forEach((label, job) -> {
      if (SlurmCommands.isActive(queue.get(job.jobId()))) {
        active.add(label);
        activeIds.add(job.jobId());
      }
    });
    StudyGenerator.Generated generated = new StudyGenerator(spec, ctx).generate(points, active, true);
    List<JobManifest.Job> submitted = new ArrayList<>();
    JobManifest current = manifest;
    for (StudyGenerator.Job job : generated.jobs()) {
      String id = slurm.sbatch(job.script(), List.of());
      submitted.add(new JobManifest.Job(job.run().point().id(), job.run().repetition(), id, Instant.now()));
      if (submitted.size() % MANIFEST_EVERY == 0) {
        current.with(submitted, null).write(ctx.storeRoot());
      }
    }
    current = current.with(submitted, null);
    current.write(ctx.storeRoot());
    String collectId = null;
    if (!submitted.isEmpty()) {
      List<String> after = new ArrayList<>(activeIds);
      submitted.forEach(j -> after.add(j.jobId()));
      collectId = slurm.sbatch(generated.collectScript(), after);
      current.with(List.of(), collectId).write(ctx.storeRoot());
    }
    out.printf(java.util.Locale.ROOT, "scalebench: submitted %d job(s) of study %s (%d run(s) already complete, "
        + "%d still queued or running)%s%n", submitted.size(), spec.name(), generated.complete(), generated.active(),
        collectId == null ? "" : "; collect-and-analyze job " + collectId + " runs after them");
    return new Submission(List.copyOf(submitted), generated.complete(), generated.active(), collectId);
  }
}
