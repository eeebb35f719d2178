package org.scalebench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import org.scalebench.analysis.ab.AbMode;
import org.scalebench.ab.AbFailure;
import org.scalebench.ab.AbRunner;
import org.scalebench.ab.AcceptedSlowdowns;
import org.scalebench.ab.Builds;
import org.scalebench.ab.JmhSampler;
import org.scalebench.ab.Sampler;
import org.scalebench.ab.StudySampler;
import org.scalebench.ab.Variant;
import org.scalebench.ab.VariantBuild;
import org.scalebench.results.BadInputException;
import org.scalebench.study.StudyMatrix;
import org.scalebench.study.StudyReader;
import org.scalebench.study.StudySpec;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code scalebench ab}: measures a baseline and a current variant in one run, round by round, and
 * gives the paired verdict ({@link AbReporting}). A variant is this repository at a git ref, built once
 * per commit, under an environment of its own.
 */
@Command(name = "ab", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Measure a baseline and a current variant interleaved in one run (A and B in random order in "
        + "every round, or side by side on two cores with --mode duet) and judge the paired differences: per "
        + "benchmark or point the geometric-mean ratio B/A with its interval, Holm's correction over the whole "
        + "family, a minimum effect.",
        "A variant is a git ref (a commit, a branch, HEAD~1, or 'worktree' for the files as they are), built once "
            + "per commit into --cache, and an environment: --baseline-java, --current-jvm-arg, --current-env, "
            + "--current-param ...",
        "A regression on a benchmark named by a 'Scalebench-Accepted-Slowdown: REGEX: reason' trailer of a commit "
            + "between the two refs is reported as accepted.",
        "Exit codes: 0 no regression (or --report-only; a run where every benchmark is inconclusive says so), "
            + "1 a regression or a failed measurement, 2 bad input."})
public final class AbCommand implements Callable<Integer> {
  /** The benchmarks CI gates on: the matching kernels, the scaling fits and the planted-work probe. */
  public static final String CI_BENCHMARKS =
      "org\\.scalebench\\.bench\\.(matching\\.(PairKernel|AllPairs)Benchmark|analysis\\.ScalingFitBenchmark|ab\\.PlantedWorkBenchmark)\\.";

  @Spec CommandSpec spec;

  @Option(names = "--baseline", defaultValue = "HEAD~1", paramLabel = "REF",
      description = "the baseline's git ref (default: ${DEFAULT-VALUE})")
  String baselineRef;

  @Option(names = "--current", defaultValue = Variant.WORKTREE, paramLabel = "REF",
      description = "the current side's git ref, or 'worktree' for the files as they are (default: ${DEFAULT-VALUE})")
  String currentRef;

  @ArgGroup(exclusive = true, multiplicity = "1")
  What what;

  static final class What {
    @Option(names = "--bench", paramLabel = "REGEX", description = "JMH benchmarks to measure (as bench --include); "
        + "'ci' for the CI set")
    String bench;

    @Option(names = "--study", paramLabel = "STUDY_YAML", description = "the points of a study spec, run with mpirun")
    Path study;
  }

  @Option(names = "--exclude", paramLabel = "REGEX", description = "JMH benchmarks to leave out")
  String exclude;

  @Option(names = "--rounds", paramLabel = "N", description = "rounds (default: 15 for benchmarks, the spec's "
      + "repetitions for a study)")
  Integer rounds;

  @Option(names = "--mode", defaultValue = "interleaved", paramLabel = "MODE",
      description = "interleaved | duet (A and B at once, one core each; benchmarks of one core only); "
          + "default ${DEFAULT-VALUE}")
  String mode;

  @Option(names = "--seed", paramLabel = "N", description = "seed of the order within rounds (default: random, "
      + "printed and recorded)")
  Long seed;

  @Option(names = "--min-effect", defaultValue = "0.05", paramLabel = "FRACTION",
      description = "smallest change that counts, 0.05 = 5%% (default: ${DEFAULT-VALUE})")
  double minEffect;

  @Option(names = "--alpha", defaultValue = "0.05", paramLabel = "P",
      description = "false-alarm rate of the whole run, Holm-corrected over its benchmarks (default: ${DEFAULT-VALUE})")
  double alpha;

  @Option(names = "--jmh-iterations", paramLabel = "OPTIONS", defaultValue = JmhSampler.DEFAULT_ITERATIONS_TEXT,
      description = "JMH warm-up and measurement of one fork (default: \"${DEFAULT-VALUE}\")")
  String jmhIterations;

  @Option(names = "--baseline-java", paramLabel = "PATH", description = "the baseline's java executable")
  Path baselineJava;

  @Option(names = "--current-java", paramLabel = "PATH", description = "the current side's java executable")
  Path currentJava;

  @Option(names = "--baseline-jvm-arg", paramLabel = "ARG", description = "a JVM option of the baseline (repeatable)")
  List<String> baselineJvm = new ArrayList<>();

  @Option(names = "--current-jvm-arg", paramLabel = "ARG", description = "a JVM option of the current side (repeatable)")
  List<String> currentJvm = new ArrayList<>();

  @Option(names = "--baseline-env", paramLabel = "NAME=VALUE", description = "an environment variable of the "
      + "baseline (repeatable)")
  Map<String, String> baselineEnv = new LinkedHashMap<>();

  @Option(names = "--current-env", paramLabel = "NAME=VALUE", description = "an environment variable of the current "
      + "side (repeatable)")
  Map<String, String> currentEnv = new LinkedHashMap<>();

  @Option(names = "--baseline-param", paramLabel = "KEY=VALUE", description = "a JMH or workload parameter of the "
      + "baseline (repeatable)")
  Map<String, String> baselineParams = new LinkedHashMap<>();

  @Option(names = "--current-param", paramLabel = "KEY=VALUE", description = "a JMH or workload parameter of the "
      + "current side (repeatable)")
  Map<String, String> currentParams = new LinkedHashMap<>();

  @Option(names = "--cache", paramLabel = "DIR", description = "where builds of commits are kept (default: "
      + "target/ab/builds of the checkout)")
  Path cache;

  @Option(names = "--out", paramLabel = "DIR", description = "ab.md, ab.json, ab.html and the samples' logs "
      + "(default: target/ab)")
  Path out;

  @Option(names = "--report-only", description = "print the verdict but exit 0 even on a regression")
  boolean reportOnly;

  @Override
  public Integer call() throws Exception {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path home = StorePaths.home().toAbsolutePath().normalize();
    Path outDir = (out != null ? out : home.resolve("target").resolve("ab")).toAbsolutePath().normalize();
    AbMode abMode = org.scalebench.results.EnumText.parse(AbMode.class, mode, "--mode");
    long seedValue = seed != null ? seed : ThreadLocalRandom.current().nextLong(1L << 48);
    Variant a = new Variant("baseline", baselineRef, baselineJava, baselineJvm, new java.util.TreeMap<>(baselineEnv),
        new java.util.TreeMap<>(baselineParams));
    Variant b = new Variant("current", currentRef, currentJava, currentJvm, new java.util.TreeMap<>(currentEnv),
        new java.util.TreeMap<>(currentParams));
    Builds builds = new Builds(home, cache != null ? cache : home.resolve("target").resolve("ab").resolve("builds"), err);
    if (!Variant.WORKTREE.equals(currentRef) && "HEAD".equals(currentRef) && builds.dirty()) {
      throw new BadInputException("the working tree has uncommitted changes, which --current HEAD leaves out; commit "
          + "them, or measure them with --current worktree");
    }
    // a ref that names no commit stops the run before anything is built
    builds.resolve(baselineRef);
    builds.resolve(currentRef);
    Sampler sampler;
    int roundCount;
    List<Builds.Need> needs;
    Path samples = outDir.resolve("samples");
    java.nio.file.Files.createDirectories(samples);
    if (what.study != null) {
      StudySpec studySpec = StudyReader.read(what.study);
      sampler = new StudySampler(studySpec, StudyMatrix.expand(studySpec), outDir.resolve("store"), samples);
      roundCount = rounds != null ? rounds : studySpec.repetitions();
      needs = List.of(Builds.Need.CLI);
    } else {
      String include = "ci".equals(what.bench) ? CI_BENCHMARKS : what.bench;
      List<String> iterations = List.of(jmhIterations.strip().split("\\s+"));
      java.util.Set<String> overridden = new java.util.TreeSet<>(baselineParams.keySet());
      overridden.addAll(currentParams.keySet());
      sampler = new JmhSampler(include, exclude, iterations, samples, 30 * 60, overridden);
      roundCount = rounds != null ? rounds : 15;
      needs = List.of(Builds.Need.BENCHMARKS);
    }
    VariantBuild baseline = builds.build(a, needs);
    // one build serves both sides when only their environments differ
    VariantBuild current = a.sameBuildAs(b) ? new VariantBuild(b, baseline.commit(), baseline.dirty(),
        baseline.checkout()) : builds.build(b, needs);
    AcceptedSlowdowns accepted = baseline.commit().equals(current.commit()) ? AcceptedSlowdowns.NONE
        : AcceptedSlowdowns.between(home, baseline.commit(), current.commit());
    err.println("scalebench: ab: baseline " + baseline.description());
    err.println("scalebench: ab: current  " + current.description());
    err.println("scalebench: ab: " + sampler.description() + "; " + roundCount + " rounds, "
        + org.scalebench.results.EnumText.token(abMode) + ", seed " + seedValue);
    err.flush();
    AbRunner.Outcome outcome;
    try {
      outcome = new AbRunner(sampler, abMode, roundCount, seedValue, err).run(baseline, current);
    } catch (AbFailure e) {
      err.println("scalebench: ab: " + e.getMessage());
      return ExitCodes.FAILED;
    }
    return AbReporting.report(outcome, baseline, current, sampler, accepted, minEffect, alpha, outDir, stdout,
        reportOnly);
  }
}
