package org.scalebench.ab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scalebench.analysis.compare.JmhResults;
import org.scalebench.analysis.compare.Metric;
import org.scalebench.results.BadInputException;

/**
 * A round of JMH: one invocation of a side's benchmarks jar with {@code -f 1}, so each benchmark's
 * sample is one fresh fork (its own JIT, heap and code layout), scored by the median of that fork's
 * measurement iterations. The median keeps one disturbed iteration from moving a sample.
 */
public final class JmhSampler implements Sampler {
  /** Warm-up and measurement of one fork: 3 x 300 ms warm-up, 5 x 300 ms measured. */
  public static final String DEFAULT_ITERATIONS_TEXT = "-wi 3 -w 300ms -i 5 -r 300ms";
  public static final List<String> DEFAULT_ITERATIONS = List.of(DEFAULT_ITERATIONS_TEXT.split(" "));
  /** What JMH prints (and exits 1) when the include pattern matches none of the jar's benchmarks. */
  static final String NO_MATCH = "No matching benchmarks";

  private final String include;
  private final String exclude;
  private final List<String> iterations;
  private final Path workDir;
  private final long timeoutSeconds;
  private final Set<String> overridden;

  /**
   * @param include the JMH include regex, as {@code bench --include}
   * @param exclude a JMH exclude regex, or null
   * @param iterations JMH's warm-up and measurement options for one fork
   * @param workDir where the JSON results and logs of every invocation go
   * @param overridden the JMH parameters a side sets ({@code --current-param work=110}): left out of the
   *     benchmark ids, so that the two sides' runs of one benchmark pair up
   */
  public JmhSampler(String include, String exclude, List<String> iterations, Path workDir, long timeoutSeconds,
      Set<String> overridden) {
    this.include = include;
    this.exclude = exclude;
    this.iterations = List.copyOf(iterations);
    this.workDir = workDir;
    this.timeoutSeconds = timeoutSeconds;
    this.overridden = Set.copyOf(overridden);
  }

  @Override
  public List<Sample> sample(VariantBuild build, int round, int cpu) throws IOException, InterruptedException {
    String name = String.format(java.util.Locale.ROOT, "round-%03d-%s", round, build.variant().label());
    Path json = workDir.resolve(name + ".json");
    Path log = workDir.resolve(name + ".log");
    Files.deleteIfExists(json);
    int code = Processes.run(command(build, json, cpu), workDir, build.variant().env(), log, timeoutSeconds);
    if (code != 0 && Files.readString(log, StandardCharsets.UTF_8).contains(NO_MATCH)) {
      throw new BadInputException("--bench '" + include + "'" + (exclude == null ? "" : " minus '" + exclude + "'")
          + " matches no benchmark of the " + build.variant().label() + " (" + build.description() + ")");
    }
    if (code != 0 || !Files.isRegularFile(json)) {
      throw new AbFailure("JMH of " + build.variant().label() + " (" + build.description() + ") "
          + (code < 0 ? "timed out" : code != 0 ? "exited with " + code : "wrote no results (does '" + include
              + "' match a benchmark?)") + " in round " + round + "; see " + log);
    }
    List<Sample> samples = new ArrayList<>();
    for (Metric m : JmhResults.read(json, overridden)) {
      double[] iterationsScores = m.samples();
      samples.add(new Sample(m.id(), m.unit(), m.direction(), median(iterationsScores)));
    }
    return samples;
  }

  List<String> command(VariantBuild build, Path json, int cpu) {
    List<String> cmd = new ArrayList<>();
    if (cpu >= 0) {
      cmd.addAll(List.of("taskset", "-c", Integer.toString(cpu)));
    }
    cmd.add(build.java());
    // in duet mode two JMH run at once by design; their machine-wide lock would serialize them
    if (cpu >= 0) {
      cmd.add("-Djmh.ignoreLock=true");
    }
    cmd.addAll(List.of("-jar", build.benchmarksJar().toString(), include));
    if (exclude != null) {
      cmd.addAll(List.of("-e", exclude));
    }
    cmd.addAll(List.of("-f", "1"));
    cmd.addAll(iterations);
    if (build.variant().java() != null) {
      cmd.addAll(List.of("-jvm", build.variant().java().toString()));
    }
    if (!build.variant().jvmOptions().isEmpty()) {
      cmd.addAll(List.of("-jvmArgsAppend", String.join(" ", build.variant().jvmOptions())));
    }
    Map<String, String> params = new LinkedHashMap<>(build.variant().params());
    params.forEach((k, v) -> cmd.addAll(List.of("-p", k + "=" + v)));
    cmd.addAll(List.of("-foe", "true", "-rf", "json", "-rff", json.toString()));
    return cmd;
  }

  static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  @Override
  public String description() {
    return "JMH '" + include + "'" + (exclude == null ? "" : " minus '" + exclude + "'") + ", one fork per sample ("
        + String.join(" ", iterations) + ")";
  }

  @Override
  public boolean singleCore() {
    return true;
  }
}
