package org.scalebench.analysis.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.scalebench.results.ExecCommand;
import org.scalebench.results.PhaseKind;
import org.scalebench.results.PointId;
import org.scalebench.results.RankRecord;
import org.scalebench.results.RanksFile;
import org.scalebench.results.RunFiles;
import org.scalebench.results.RunLayout;
import org.scalebench.results.RunMetadata;
import org.scalebench.results.RunStatus;
import org.scalebench.results.LaunchSpec;

/**
 * Writes study directories with the results module's own writers, from a known timing model: rank
 * {@code r} of {@code p} ranks with {@code c} cpus each computes {@code T1 (1 - f) / (p c) * (1 +
 * imbalance * r / p)}, then waits for the slowest rank in a {@code reduce} (wait) and moves data for
 * {@code commSeconds * log2(p)} (transfer); rank 0 reads input for {@code serialSeconds = T1 f} (io).
 * Beyond {@link #cores(int)} cores, runs are marked oversubscribed and their compute is stretched by
 * {@code p c / cores} (time sharing). Noise is multiplicative and seeded. Parameters given to {@link
 * #defaults(Map)} appear in run.json only, as the ranks' resolved defaults; the others in launch.json
 * too. After {@link #variant(String)} the runs belong to that study variant (their point ids start with
 * its name), after {@link #exec(List)} they are exec runs of that command, and after {@link
 * #instrumented(boolean) instrumented(false)} each rank records only the exec wrapper's {@code total}.
 */
public final class SyntheticStore {
  private final Path studyDir;
  private final String study;
  private final SplittableRandom random;
  private double t1Seconds = 100;
  private double serialFraction = 0.05;
  private double commSeconds = 0.2;
  private double imbalance = 0.1;
  private double noise = 0.01;
  private int cores = Integer.MAX_VALUE;
  private Map<String, String> defaults = Map.of();
  private String variant;
  private List<String> command;
  private boolean instrumented = true;

  public SyntheticStore(Path root, String study, long seed) {
    this.study = study;
    this.studyDir = root.resolve(study);
    this.random = new SplittableRandom(seed);
  }

  /** A strong-scaling study of 5 rank counts x 3 repetitions, one failed run and one missing point. */
  public static Path demo(Path root) throws IOException {
    SyntheticStore store = new SyntheticStore(root, "demo", 42).model(60, 0.04, 0.4, 0.15, 0.02);
    Map<String, String> params = Map.of("n", "2000", "threshold", "0.8");
    for (int p : new int[] {1, 2, 4, 8, 16}) {
      store.point("matching", params, p > 4 ? 2 : 1, p > 4 ? p / 2 : p, 3);
    }
    store.run("matching", params, 4, 8, 1, "rank 17 was killed by the OOM killer");
    return store.studyDir();
  }

  public Path studyDir() {
    return studyDir;
  }

  /** The machine's cores: runs of more ranks x cpus are oversubscribed. */
  public SyntheticStore cores(int cores) {
    this.cores = cores;
    return this;
  }

  /** Parameters the ranks fill in from the workload's defaults: in run.json, not in launch.json. */
  public SyntheticStore defaults(Map<String, String> defaults) {
    this.defaults = Map.copyOf(defaults);
    return this;
  }

  /** The study variant of the runs written next (null: none). */
  public SyntheticStore variant(String name) {
    this.variant = name;
    return this;
  }

  /** The runs written next start {@code argv} as an exec run (workload {@code exec}); null for a workload. */
  public SyntheticStore exec(List<String> argv) {
    this.command = argv == null ? null : List.copyOf(argv);
    return this;
  }

  /**
   * Whether the ranks of the runs written next record their phases; when not, each rank has the exec
   * wrapper's one {@code total} compute record of its whole wall time.
   */
  public SyntheticStore instrumented(boolean instrumented) {
    this.instrumented = instrumented;
    return this;
  }

  public SyntheticStore model(double t1Seconds, double serialFraction, double commSeconds, double imbalance,
      double noise) {
    this.t1Seconds = t1Seconds;
    this.serialFraction = serialFraction;
    this.commSeconds = commSeconds;
    this.imbalance = imbalance;
    this.noise = noise;
    return this;
  }

  /** Writes {@code repetitions} ok runs of the point; returns their directories. */
  public List<Path> point(String workload, Map<String, String> params, int nodes, int tasksPerNode,
      int repetitions) throws IOException {
    return point(workload, params, nodes, tasksPerNode, 1, repetitions);
  }

  /** Writes {@code repetitions} ok runs of the point with {@code cpusPerTask} cpus per rank. */
  public List<Path> point(String workload, Map<String, String> params, int nodes, int tasksPerNode, int cpusPerTask,
      int repetitions) throws IOException {
    List<Path> dirs = new ArrayList<>();
    for (int k = 1; k <= repetitions; k++) {
      dirs.add(run(workload, params, nodes, tasksPerNode, cpusPerTask, k, null));
    }
    return dirs;
  }

  /** Writes one run; {@code failure != null} marks it failed with that reason. */
  public Path run(String workload, Map<String, String> params, int nodes, int tasksPerNode, int repetition,
      String failure) throws IOException {
    return run(workload, params, nodes, tasksPerNode, 1, repetition, failure);
  }

  /** Writes one run with {@code cpusPerTask} cpus per rank; {@code failure != null} marks it failed. */
  public Path run(String workload, Map<String, String> params, int nodes, int tasksPerNode, int cpusPerTask,
      int repetition, String failure) throws IOException {
    int p = nodes * tasksPerNode;
    boolean oversubscribed = (long) p * cpusPerTask > cores;
    double stretch = oversubscribed ? (double) p * cpusPerTask / cores : 1;
    ExecCommand exec = command == null ? null : new ExecCommand(command, "/work/examples", new TreeMap<>());
    if (exec != null && !LaunchSpec.EXEC.equals(workload)) {
      throw new IllegalArgumentException("an exec run's workload must be " + LaunchSpec.EXEC + ", got " + workload);
    }
    TreeMap<String, String> identity = new TreeMap<>(params);
    if (exec != null) {
      identity.putAll(exec.identity());
    }
    String pointId = PointId.of(variant != null ? variant : workload, nodes, tasksPerNode, cpusPerTask, identity);
    Path dir = RunLayout.runDir(studyDir.getParent(), study, pointId, repetition);
    double[] compute = new double[p];
    double slowest = 0;
    for (int r = 0; r < p; r++) {
      compute[r] = jitter(stretch * t1Seconds * (1 - serialFraction) / (p * cpusPerTask) * (1 + imbalance * r / p));
      slowest = Math.max(slowest, compute[r]);
    }
    double serial = jitter(t1Seconds * serialFraction);
    double transfer = p == 1 ? 0 : jitter(commSeconds * (Math.log(p) / Math.log(2)));
    List<RankRecord> records = new ArrayList<>(3 * p);
    double wall = 0;
    List<String> hosts = new ArrayList<>();
    for (int r = 0; r < p; r++) {
      String host = "node" + (r / tasksPerNode + 1);
      if (!hosts.contains(host)) {
        hosts.add(host);
      }
      double io = r == 0 ? serial : 0;
      double wait = slowest - compute[r] + (r == 0 ? 0 : serial);
      records.add(new RankRecord(r, host, "read-input", PhaseKind.IO, io, 0, r == 0 ? 1 << 20 : 0, 1));
      records.add(new RankRecord(r, host, "match", PhaseKind.COMPUTE, compute[r], 0, 0, 1));
      records.add(new RankRecord(r, host, "reduce", PhaseKind.COMM, wait + transfer, wait, 4096L * p, 1));
      wall = Math.max(wall, io + compute[r] + wait + transfer);
    }
    if (!instrumented) {
      List<RankRecord> totals = new ArrayList<>(p);
      for (int r = 0; r < p; r++) {
        double seconds = 0;
        for (RankRecord x : records) {
          seconds += x.rank() == r ? x.seconds() : 0;
        }
        totals.add(new RankRecord(r, records.get(3 * r).host(), "total", PhaseKind.COMPUTE, seconds, 0, 0, 1));
      }
      records = totals;
    }
    RanksFile.write(dir.resolve(RunLayout.RANKS_JSONL), records);
    Instant start = Instant.parse("2025-01-01T00:00:00Z").plusSeconds(repetition * 1000L + p);
    TreeMap<String, String> resolved = new TreeMap<>(defaults);
    resolved.putAll(params);
    RunMetadata metadata = new RunMetadata(RunMetadata.SCHEMA_VERSION,
        launch(pointId, repetition, workload, params, nodes, tasksPerNode, cpusPerTask, oversubscribed, exec), resolved, null, hosts, "17.0.15", "Open MPI v4.1.4", start, start.plusMillis((long) (wall * 1000)), wall,
        failure == null ? RunStatus.OK : RunStatus.FAILED, failure);
    RunFiles.writeRunJson(dir, metadata);
    return dir;
  }

  /** Schema 1, as older stores hold, outside variants; schema 3 for a variant or an exec run. */
  private LaunchSpec launch(String pointId, int repetition, String workload, Map<String, String> params, int nodes,
      int tasksPerNode, int cpusPerTask, boolean oversubscribed, ExecCommand exec) {
    if (variant == null && exec == null) {
      return new LaunchSpec(1, study, pointId, repetition, workload, new TreeMap<>(params), nodes, tasksPerNode,
          cpusPerTask, "mpirun", "abc1234", oversubscribed, true);
    }
    return new LaunchSpec(LaunchSpec.SCHEMA_VERSION, study, pointId, repetition, workload, new TreeMap<>(params),
        nodes, tasksPerNode, cpusPerTask, "mpirun", "abc1234", oversubscribed, true, "jni", variant, exec);
  }

  private double jitter(double value) {
    return value * (1 + noise * (2 * random.nextDouble() - 1));
  }
}
