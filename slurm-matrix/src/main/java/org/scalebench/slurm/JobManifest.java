package org.scalebench.slurm;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scalebench.results.AtomicFiles;
import org.scalebench.results.Checks;
import org.scalebench.results.Names;
import org.scalebench.results.ResultJson;

/**
 * The Slurm jobs of a study: {@code <root>/<study>/slurm/manifest.json}, written atomically after
 * every submission. Accounting ({@code sacct}) may be off, so this file, {@code squeue} and the store
 * are what {@code status}, {@code collect} and a resumed {@code submit} know about jobs.
 *
 * @param schemaVersion the format version, {@code 1..SCHEMA_VERSION}
 * @param study the study name
 * @param jobs every submission, oldest first; a run re-queued after a failure appears again
 * @param collectJobIds the collect-and-analyze jobs, oldest first
 */
@JsonPropertyOrder({"schemaVersion", "study", "jobs", "collectJobIds"})
public record JobManifest(int schemaVersion, String study, List<Job> jobs, List<String> collectJobIds) {
  public static final int SCHEMA_VERSION = 1;

  public JobManifest {
    Checks.schemaVersion(schemaVersion, SCHEMA_VERSION);
    Names.checkToken("study", study);
    jobs = List.copyOf(jobs == null ? List.of() : jobs);
    collectJobIds = List.copyOf(collectJobIds == null ? List.of() : collectJobIds);
  }

  /**
   * One submitted run.
   *
   * @param pointId the point
   * @param repetition the repetition
   * @param jobId the Slurm job id
   * @param submittedAt when sbatch accepted it
   */
  @JsonPropertyOrder({"pointId", "repetition", "jobId", "submittedAt"})
  public record Job(String pointId, int repetition, String jobId, Instant submittedAt) {
    public Job {
      Names.checkToken("pointId", pointId);
      Checks.atLeast("repetition", repetition, 1);
      Checks.nonBlank("jobId", jobId);
      Checks.notNull("submittedAt", submittedAt);
    }

    /** Same as {@link org.scalebench.study.StudyRun#label()}. */
    public String label() {
      return pointId + " rep " + repetition;
    }
  }

  public static JobManifest empty(String study) {
    return new JobManifest(SCHEMA_VERSION, study, List.of(), List.of());
  }

  /** The latest job of each run, by {@link Job#label()}. */
  public Map<String, Job> latest() {
    Map<String, Job> out = new LinkedHashMap<>();
    jobs.forEach(j -> out.put(j.label(), j));
    return out;
  }

  /**
   * The latest job of each run whose state in {@code queue} ({@link SlurmCommands#queue()}) is not an
   * ended one, by {@link Job#label()}: the runs a new generation must leave alone.
   */
  public Map<String, Job> active(Map<String, String> queue) {
    Map<String, Job> out = new LinkedHashMap<>();
    latest().forEach((label, job) -> {
      if (SlurmCommands.isActive(queue.get(job.jobId()))) {
        out.put(label, job);
      }
    });
    return out;
  }

  public JobManifest with(List<Job> more, String collectJobId) {
    List<Job> all = new ArrayList<>(jobs);
    all.addAll(more);
    List<String> collects = new ArrayList<>(collectJobIds);
    if (collectJobId != null) {
      collects.add(collectJobId);
    }
    return new JobManifest(schemaVersion, study, all, collects);
  }

  /** The manifest of {@code study} under {@code root}, or an empty one when none was written yet. */
  public static JobManifest read(Path root, String study) throws IOException {
    Path file = SlurmLayout.manifest(root, study);
    if (!Files.exists(file)) {
      return empty(study);
    }
    return ResultJson.read(file, JobManifest.class);
  }

  public void write(Path root) throws IOException {
    AtomicFiles.writeString(SlurmLayout.manifest(root, study), ResultJson.pretty(this));
  }
}
