package org.scalebench.slurm;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Where a study's Slurm jobs stand, as the scheduler says. */
public final class SlurmQueue {
  private SlurmQueue() {}

  /**
   * The states of the study's jobs: squeue's for queued and running ones, sacct's for ended ones when
   * accounting is on; empty without jobs or without Slurm commands.
   */
  public static Map<String, String> states(JobManifest manifest) throws IOException, InterruptedException {
    if (manifest.jobs().isEmpty() || !SlurmCommands.available()) {
      return Map.of();
    }
    SlurmCommands slurm = new SlurmCommands();
    Map<String, String> states = new HashMap<>(slurm.queue());
    List<String> gone = manifest.latest().values().stream().map(JobManifest.Job::jobId)
        .filter(id -> !states.containsKey(id)).toList();
    slurm.accounting(gone).forEach(states::putIfAbsent);
    return states;
  }
}
