package org.scalebench.slurm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.scalebench.launch.MpiEnvironment;
import org.scalebench.results.BadInputException;

/**
 * The Slurm client commands, run as processes without a shell (arguments are never parsed by one).
 * They find the cluster the usual way ({@code SLURM_CONF} or the system's slurm.conf).
 */
public final class SlurmCommands {
  /** Job states in which a job has ended (its script no longer runs). */
  static final Set<String> ENDED = Set.of("COMPLETING", "COMPLETED", "FAILED", "CANCELLED", "TIMEOUT", "NODE_FAIL",
      "PREEMPTED", "BOOT_FAIL", "DEADLINE", "OUT_OF_MEMORY", "SPECIAL_EXIT", "REVOKED");

  public SlurmCommands() {}

  /** Submits {@code script}, after the jobs {@code afterAny} (if any) end; returns the job id. */
  public String sbatch(Path script, List<String> afterAny) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(require("sbatch"), "--parsable"));
    if (!afterAny.isEmpty()) {
      cmd.add("--dependency=afterany:" + String.join(":", afterAny));
    }
    cmd.add(script.toAbsolutePath().toString());
    Result r = run(cmd);
    if (r.exit != 0) {
      throw new BadInputException("sbatch rejected " + script + ": " + firstLine(r.err.isBlank() ? r.out : r.err));
    }
    String id = r.out.strip();
    int semicolon = id.indexOf(';'); // "<id>;<cluster>" on multi-cluster sites
    id = semicolon >= 0 ? id.substring(0, semicolon) : id;
    if (!id.matches("\\d+")) {
      throw new IOException("sbatch answered '" + r.out.strip() + "', not a job id");
    }
    return id;
  }

  /**
   * The state of every job the controller still lists, by job id (e.g. {@code 12 -> RUNNING}); array
   * tasks one by one ({@code -r}), as {@code <array-job-id>_<task>}.
   */
  public Map<String, String> queue() throws IOException, InterruptedException {
    Result r = run(List.of(require("squeue"), "-h", "-r", "-o", "%i|%T"));
    if (r.exit != 0) {
      throw new BadInputException("squeue failed: " + firstLine(r.err.isBlank() ? r.out : r.err));
    }
    Map<String, String> states = new HashMap<>();
    for (String line : r.out.split("\n")) {
      int bar = line.indexOf('|');
      if (bar > 0) {
        states.put(line.substring(0, bar).strip(), line.substring(bar + 1).strip());
      }
    }
    return states;
  }

  /**
   * The states that accounting ({@code sacct}) records for the jobs {@code jobIds} (plain ids or
   * array tasks {@code <array-id>_<task>}), for jobs that already left the queue: e.g. {@code TIMEOUT}
   * or {@code OUT_OF_MEMORY} instead of only "left the queue". Empty when sacct is missing or
   * accounting is off ({@code AccountingStorageType=none}): callers then judge by the store.
   */
  public Map<String, String> accounting(Collection<String> jobIds) throws IOException, InterruptedException {
    if (jobIds.isEmpty() || MpiEnvironment.onPath("sacct").isEmpty()) {
      return Map.of();
    }
    Set<String> arrays = new TreeSet<>();
    jobIds.forEach(id -> arrays.add(arrayJobId(id)));
    Result r = run(List.of(require("sacct"), "-n", "-P", "-X", "-o", "JobID,State", "-j", String.join(",", arrays)));
    return r.exit == 0 ? parseAccounting(r.out) : Map.of();
  }

  /** {@code sacct -n -P -o JobID,State} lines ({@code 123_4|CANCELLED by 0}) as id to state; ranges skipped. */
  static Map<String, String> parseAccounting(String out) {
    Map<String, String> states = new HashMap<>();
    for (String line : out.split("\n")) {
      int bar = line.indexOf('|');
      if (bar <= 0 || line.indexOf('[') >= 0) {
        continue; // "123_[4-9]|PENDING": tasks not yet split off, still in the queue anyway
      }
      String state = line.substring(bar + 1).strip();
      int space = state.indexOf(' ');
      if (!state.isEmpty()) {
        states.put(line.substring(0, bar).strip(), space < 0 ? state : state.substring(0, space));
      }
    }
    return states;
  }

  /** The array job of a task's id: {@code 123} of {@code 123_4}; other ids as they are. */
  static String arrayJobId(String jobId) {
    int bar = jobId.indexOf('_');
    return bar < 0 ? jobId : jobId.substring(0, bar);
  }

  /** True when the job is listed in a state other than an ended one. */
  public static boolean isActive(String state) {
    return state != null && !ENDED.contains(state);
  }

  /** True when the Slurm client commands are on the PATH. */
  public static boolean available() {
    return MpiEnvironment.onPath("sbatch").isPresent() && MpiEnvironment.onPath("squeue").isPresent();
  }

  private static String require(String name) {
    return MpiEnvironment.onPath(name).map(Path::toString).orElseThrow(() -> new BadInputException(
        name + " is not on the PATH: run this on a Slurm login node (or start the test cluster with "
            + "scripts/slurm-up.sh and export SLURM_CONF)"));
  }

  private record Result(int exit, String out, String err) {}

  private static Result run(List<String> cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
        .start();
    // both streams drain on their own threads, so that a chatty command cannot block on a full pipe
    // and the time limit below holds even while it writes nothing
    CompletableFuture<String> out = drain(p.getInputStream());
    CompletableFuture<String> err = drain(p.getErrorStream());
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException(cmd.get(0) + " did not answer within 120 s");
    }
    return new Result(p.exitValue(), out.join(), err.join());
  }

  private static CompletableFuture<String> drain(java.io.InputStream in) {
    return CompletableFuture.supplyAsync(() -> {
      try (in) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        return "";
      }
    });
  }

  private static String firstLine(String text) {
    String t = text.strip();
    int nl = t.indexOf('\n');
    return nl < 0 ? t : t.substring(0, nl);
  }
}
