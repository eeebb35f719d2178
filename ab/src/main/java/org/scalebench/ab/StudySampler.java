package org.scalebench.ab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.scalebench.analysis.compare.Direction;
import org.scalebench.results.ResultStore;
import org.scalebench.results.RunStatus;
import org.scalebench.results.StoredRun;
import org.scalebench.study.MpiImplementation;
import org.scalebench.study.Point;
import org.scalebench.study.StudySpec;
import org.scalebench.study.TransportChoice;

/**
 * A round of a study: every point of the spec runs once with a side's own command line ({@code run}
 * of its {@code scalebench.jar}, so each side launches the way its build does), into the store as the
 * study {@code <name>-<label>}; the sample is the run's wall seconds from its {@code run.json}. The
 * JVM options reach the command line and the ranks through {@code JAVA_TOOL_OPTIONS}.
 */
public final class StudySampler implements Sampler {
  private final StudySpec spec;
  private final List<Point> points;
  private final Path store;
  private final Path workDir;

  public StudySampler(StudySpec spec, List<Point> points, Path store, Path workDir) {
    this.spec = spec;
    this.points = List.copyOf(points);
    this.store = store;
    this.workDir = workDir;
  }

  /** The study a side's runs land in. */
  public String studyName(Variant variant) {
    return spec.name() + "-" + variant.label();
  }

  @Override
  public List<Sample> sample(VariantBuild build, int round, int cpu) throws IOException, InterruptedException {
    List<Sample> samples = new ArrayList<>();
    Path studyDir = store.resolve(studyName(build.variant()));
    for (Point p : points) {
      Set<Path> before = runDirs(studyDir);
      Path log = workDir.resolve(String.format(java.util.Locale.ROOT, "round-%03d-%s-%s.log", round,
          build.variant().label(), p.id()));
      long timeout = spec.timeLimit().toSeconds() + 120;
      int code = Processes.run(command(build, p), workDir, environment(build.variant()), log, timeout);
      StoredRun run = newRun(studyDir, before);
      if (code != 0 || run == null || run.state() != RunStatus.OK) {
        throw new AbFailure("point " + p.id() + " of " + build.variant().label() + " (" + build.description()
            + ") failed in round " + round + (run == null || run.problem() == null ? "" : ": " + run.problem())
            + "; see " + log);
      }
      samples.add(new Sample(p.id(), "s", Direction.LOWER_IS_BETTER, run.metadata().wallSeconds()));
    }
    return samples;
  }

  List<String> command(VariantBuild build, Point p) {
    List<String> cmd = new ArrayList<>(List.of(build.java(), "-jar", build.cliJar().toString(), "run",
        "--workload", p.workload(), "--ranks", Integer.toString(p.ranks()), "--cpus-per-task",
        Integer.toString(p.cpusPerTask()), "--study", studyName(build.variant()), "--out", store.toString(),
        spec.barrier() ? "--barrier" : "--no-barrier"));
    // the profile's library and transport, named only when set: builds before the choice existed
    // know neither option, and a study that sets neither runs as they did
    if (spec.profile().mpi() != MpiImplementation.OPENMPI) {
      cmd.addAll(List.of("--mpi", spec.profile().mpi().optionName()));
    }
    if (spec.profile().transport() != TransportChoice.AUTO) {
      cmd.addAll(List.of("--transport", spec.profile().transport().name().toLowerCase(java.util.Locale.ROOT)));
    }
    Map<String, String> params = new TreeMap<>(p.params());
    params.putAll(build.variant().params());
    params.forEach((k, v) -> cmd.addAll(List.of("--param", k + "=" + v)));
    if (p.exec() != null) {
      // the point's program, its placeholders filled already: the same command on both sides
      cmd.addAll(List.of("--cwd", p.exec().workingDirectory()));
      p.exec().environment().forEach((k, v) -> cmd.addAll(List.of("--env", k + "=" + v)));
      cmd.add("--");
      cmd.addAll(p.exec().command());
    }
    return cmd;
  }

  static Map<String, String> environment(Variant v) {
    Map<String, String> env = new LinkedHashMap<>(v.env());
    if (!v.jvmOptions().isEmpty()) {
      String given = v.env().getOrDefault("JAVA_TOOL_OPTIONS", System.getenv("JAVA_TOOL_OPTIONS"));
      env.put("JAVA_TOOL_OPTIONS", (given == null || given.isBlank() ? "" : given + " ")
          + String.join(" ", v.jvmOptions()));
    }
    return env;
  }

  /** The run folders under {@code studyDir} ({@code <point>/rep-<k>}), by path only: nothing is read. */
  private static Set<Path> runDirs(Path studyDir) throws IOException {
    Set<Path> dirs = new HashSet<>();
    if (Files.isDirectory(studyDir)) {
      try (var walk = Files.walk(studyDir, 2)) {
        walk.filter(d -> studyDir.relativize(d).getNameCount() == 2 && Files.isDirectory(d)).forEach(dirs::add);
      }
    }
    return dirs;
  }

  /** The one run folder that appeared since {@code before}, read; null when none did. */
  private static StoredRun newRun(Path studyDir, Set<Path> before) throws IOException {
    StoredRun found = null;
    for (Path d : runDirs(studyDir)) {
      if (!before.contains(d)) {
        found = ResultStore.read(d);
      }
    }
    return found;
  }

  @Override
  public String description() {
    return "study " + spec.name() + ": " + points.size() + " point(s), each round one run of every point per side";
  }

  @Override
  public boolean singleCore() {
    return points.stream().allMatch(p -> p.ranks() * p.cpusPerTask() == 1);
  }
}
