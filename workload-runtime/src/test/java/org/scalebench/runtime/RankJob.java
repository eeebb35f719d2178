package org.scalebench.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.scalebench.results.LaunchSpec;
import org.scalebench.results.ResultStore;
import org.scalebench.results.RunFinisher;
import org.scalebench.results.StoredRun;

/**
 * Starts a real {@code mpirun} job of {@link RankMain} the way the local launcher does: {@code
 * launch.json} in a run directory, then {@code mpirun -n N java ... RankMain <run-dir>} on shared
 * memory ({@code --mca btl self,vader --mca pml ob1}), oversubscribed, with {@code -cp} first and
 * {@code --class-path} last (mpirun rewrites the argument after the first one containing "cp").
 * The class path is this module's test classes, classes and runtime dependencies, so the ranks see
 * the test-only workloads of {@code src/test/resources/META-INF/services}.
 */
public final class RankJob {
  /** Longer than any of these jobs takes on two shared cores; a hung rank fails the test instead of the build. */
  public static final long TIME_LIMIT_SECONDS = 120;

  /** What became of a job: mpirun's exit code and the run as the store's reader sees it. */
  public record Finished(int exit, StoredRun run, String stderr) {}

  private RankJob() {}

  public static Finished run(Path runDir, String workload, Map<String, String> params, int ranks,
      boolean barrierBeforeCollectives) throws IOException, InterruptedException {
    Files.createDirectories(runDir);
    LaunchSpec spec = new LaunchSpec(LaunchSpec.SCHEMA_VERSION, "it", workload + "-n" + ranks, 1, workload,
        new java.util.TreeMap<>(params), 1, ranks, 1, "mpirun", "test", true, barrierBeforeCollectives);
    spec.write(runDir);
    String classPath = System.getProperty("scalebench.rank.classpath");
    if (classPath == null || classPath.isBlank()) {
      throw new IllegalStateException("scalebench.rank.classpath is not set (the failsafe configuration sets it)");
    }
    List<String> cmd = new ArrayList<>(List.of("mpirun", "--allow-run-as-root", "--oversubscribe", "--bind-to",
        "none", "-n", Integer.toString(ranks), "--mca", "btl", "self,vader", "--mca", "pml", "ob1"));
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(List.of("-cp", classPath, "-XX:+UseSerialGC", "-Xmx256m", "-XX:ActiveProcessorCount=1",
        "--class-path", classPath, RankMain.class.getName(), runDir.toAbsolutePath().toString()));
    Path stderr = runDir.resolve("stderr.log");
    Instant launchedAt = Instant.now();
    Process process = new ProcessBuilder(cmd).redirectOutput(runDir.resolve("stdout.log").toFile())
        .redirectError(stderr.toFile()).start();
    String problem = null;
    if (!process.waitFor(TIME_LIMIT_SECONDS, TimeUnit.SECONDS)) {
      problem = "the job did not finish within " + TIME_LIMIT_SECONDS + " s";
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
    int exit = process.waitFor();
    // what a launcher does next: a run without run.json is marked failed with the ranks' sentences
    RunFinisher.finish(runDir, exit, launchedAt, problem);
    return new Finished(problem == null ? exit : -1, ResultStore.read(runDir), Files.readString(stderr));
  }
}
