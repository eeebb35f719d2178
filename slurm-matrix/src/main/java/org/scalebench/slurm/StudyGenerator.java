package org.scalebench.slurm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.scalebench.exec.ExecWrapper;
import org.scalebench.results.PointId;
import java.util.stream.Stream;
import org.scalebench.launch.RunPlan;
import org.scalebench.results.AtomicFiles;
import org.scalebench.study.Point;
import org.scalebench.study.StudyRun;
import org.scalebench.study.StudyRuns;
import org.scalebench.study.StudySpec;

/**
 * Writes the jobs of a study as Slurm job arrays: the runs that are not complete are grouped by
 * resource shape (nodes x tasks per node x cpus per task: the tasks of one array share their
 * resource request), and each group becomes one array of at most the profile's {@code maxArraySize}
 * tasks, a script and a table of runs ({@link ArrayRuns}) in {@code <store>/<study>/slurm/}, plus
 * the study's collect script. The run directories are made by the tasks when they start. Runs that
 * are complete, or whose job is still queued or running, are left alone; failed attempts are set
 * aside (the resume rule of {@link StudyRuns}).
 *
 * <p>Arrays are named {@code g<generation>-n<N>-t<T>-c<C>[-<part>]}; every generation (each
 * {@code generate} or {@code submit} that writes) takes the next number, so a re-queue never
 * overwrites the table of an array that may still be running.
 */
public final class StudyGenerator {
  private static final Pattern GENERATION = Pattern.compile("g(\\d{1,9})-.*\\.sbatch");

  private final StudySpec spec;
  private final ScriptContext ctx;

  public StudyGenerator(StudySpec spec, ScriptContext ctx) {
    this.spec = spec;
    this.ctx = ctx;
  }

  /**
   * What a generation found and wrote.
   *
   * @param arrays the job arrays, in submission order
   * @param complete runs already complete (skipped)
   * @param active runs whose job is still queued or running (skipped)
   * @param collectScript the collect job's script, or null in a dry run
   */
  public record Generated(List<ArrayJob> arrays, int complete, int active, Path collectScript) {
    /** The runs of all arrays, in submission order. */
    public List<StudyRun> runs() {
      return arrays.stream().flatMap(a -> a.runs().stream()).toList();
    }
  }

  /**
   * One job array.
   *
   * @param name its name, e.g. {@code g1-n2-t2-c1}
   * @param runs its runs, task {@code i} is {@code runs.get(i)}
   * @param script the sbatch script
   * @param table the runs table the tasks read
   * @param text the script's text
   */
  public record ArrayJob(String name, List<StudyRun> runs, Path script, Path table, String text) {}

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
    Path slurmDir = SlurmLayout.slurmDir(ctx.storeRoot(), spec.name());
    // one listing instead of a probe per run: in a fresh study (the common case) no run exists yet
    Set<String> existingPoints = existingPoints(ctx.storeRoot().resolve(spec.name()));
    Map<String, List<StudyRun>> byShape = new LinkedHashMap<>();
    int complete = 0;
    int active = 0;
    for (StudyRun run : runs) {
      // a queued array task has no run directory yet: active or not is the queue's word, not the store's
      if (activeRuns.contains(run.label())) {
        active++;
        continue;
      }
      boolean existed = existingPoints.contains(run.point().id());
      if (existed && StudyRuns.isComplete(run.runDir())) {
        complete++;
        continue;
      }
      if (existed && write) {
        StudyRuns.setAside(run.runDir());
      }
      byShape.computeIfAbsent(arrayKey(run.point()), k -> new ArrayList<>()).add(run);
    }
    int generation = nextGeneration(slurmDir);
    int maxTasks = spec.profile().maxArraySize();
    String launcher = spec.profile().launch().recordedName();
    List<ArrayJob> arrays = new ArrayList<>();
    for (Map.Entry<String, List<StudyRun>> shape : byShape.entrySet()) {
      List<StudyRun> all = shape.getValue();
      int parts = (all.size() + maxTasks - 1) / maxTasks;
      for (int part = 0; part < parts; part++) {
        List<StudyRun> chunk = List.copyOf(all.subList(part * maxTasks, Math.min(all.size(), (part + 1) * maxTasks)));
        String name = "g" + generation + "-" + shape.getKey() + (parts == 1 ? "" : "-" + (part + 1));
        Path table = slurmDir.resolve(name + ArrayRuns.SUFFIX);
        String text = JobScripts.array(spec, name, chunk, table, ctx);
        arrays.add(new ArrayJob(name, chunk, slurmDir.resolve(name + ".sbatch"), table, text));
      }
    }
    Path collect = null;
    if (write && arrays.stream().anyMatch(a -> a.runs().get(0).point().exec() != null)) {
      // the exec arrays' scripts name the wrapper in the study's folder, which the nodes share
      ExecWrapper.ensureBuilt(SlurmLayout.binDir(ctx.storeRoot(), spec.name()));
    }
    if (write) {
      Files.createDirectories(SlurmLayout.logDir(ctx.storeRoot(), spec.name()));
      for (ArrayJob a : arrays) {
        List<ArrayRuns.Task> tasks = new ArrayList<>(a.runs().size());
        for (int i = 0; i < a.runs().size(); i++) {
          StudyRun run = a.runs().get(i);
          boolean oversubscribed = spec.profile().oversubscribe()
              && (long) run.point().tasksPerNode() * run.point().cpusPerTask() > spec.profile().coresPerNode();
          tasks.add(new ArrayRuns.Task(i, run.runDir().toAbsolutePath().toString(),
              StudyRuns.launchSpec(spec, run, launcher, ctx.gitCommit(), oversubscribed)));
        }
        AtomicFiles.writeRegenerable(a.table(), ArrayRuns.text(tasks));
        AtomicFiles.writeRegenerable(a.script(), a.text());
      }
      collect = SlurmLayout.collectScript(ctx.storeRoot(), spec.name());
      AtomicFiles.writeRegenerable(collect, JobScripts.collect(spec, ctx));
    }
    return new Generated(List.copyOf(arrays), complete, active, collect);
  }

  /**
   * The runs one array may hold: those of one shape, and for exec those of one program too (its
   * command line is in the script), e.g. {@code n2-t4-c1} or {@code n1-t2-c1-mpi4py-1a2b3c4d}.
   */
  static String arrayKey(Point p) {
    if (p.exec() == null) {
      return shapeId(p);
    }
    return shapeId(p) + "-" + p.label() + "-" + PointId.paramsHash(p.exec().identity());
  }

  /** e.g. {@code n2-t4-c1}. */
  static String shapeId(Point p) {
    return "n" + p.nodes() + "-t" + p.tasksPerNode() + "-c" + p.cpusPerTask();
  }

  private static int nextGeneration(Path slurmDir) throws IOException {
    if (!Files.isDirectory(slurmDir)) {
      return 1;
    }
    int max = 0;
    try (Stream<Path> list = Files.list(slurmDir)) {
      for (Path p : list.toList()) {
        Matcher m = GENERATION.matcher(p.getFileName().toString());
        if (m.matches()) {
          max = Math.max(max, Integer.parseInt(m.group(1)));
        }
      }
    }
    return max + 1;
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
