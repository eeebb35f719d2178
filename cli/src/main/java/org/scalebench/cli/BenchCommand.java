package org.scalebench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.scalebench.results.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code scalebench bench}: runs the JMH benchmarks of {@code bench/target/benchmarks.jar} in a child
 * JVM (this module does not depend on {@code bench}) and writes JMH's JSON. {@code -foe true} makes a
 * benchmark that throws fail the run instead of exiting 0.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Run the JMH benchmarks (bench/target/benchmarks.jar) and write their JSON results.",
        "Full run: -f 2 -wi 3 -w 1s -i 10 -r 1s. --quick (CI): -f 1 -wi 5 -w 500ms -i 20 -r 200ms, "
            + "a few seconds per benchmark.",
        "Arguments after -- go to JMH unchanged (e.g. -- -p repetitions=8).",
        "Exit codes: 0 ok, 1 a benchmark failed, 2 bad input (no benchmarks.jar)."})
public final class BenchCommand implements Callable<Integer> {
  /** Every benchmark of the suite; quick mode's default subset. */
  public static final String DEFAULT_INCLUDE = "org\\.scalebench\\.bench\\..*";
  static final List<String> FULL = List.of("-f", "2", "-wi", "3", "-w", "1s", "-i", "10", "-r", "1s");
  /** 20 samples per benchmark: what the compare verdict's error rates were measured with. */
  static final List<String> QUICK = List.of("-f", "1", "-wi", "5", "-w", "500ms", "-i", "20", "-r", "200ms");

  @Spec CommandSpec spec;

  @Option(names = "--quick", description = "few short iterations, for CI (about 5 s per benchmark)")
  boolean quick;

  @Option(names = "--include", paramLabel = "REGEX", defaultValue = DEFAULT_INCLUDE,
      description = "benchmarks to run, a JMH include regex (default: ${DEFAULT-VALUE})")
  String include;

  @Option(names = "--exclude", paramLabel = "REGEX", description = "benchmarks to leave out, a JMH exclude regex")
  String exclude;

  @Option(names = "--out", paramLabel = "FILE", description = "the JSON results (default: target/bench/jmh.json)")
  Path out;

  @Option(names = "--jar", paramLabel = "FILE", description = "the benchmarks jar (default: bench/target/benchmarks.jar)")
  Path jar;

  @Option(names = "--ignore-lock", description = "run even when another JMH holds the machine-wide lock "
      + "(/tmp/jmh.lock); the numbers then share the cores with it")
  boolean ignoreLock;

  @Parameters(paramLabel = "JMH_ARG", arity = "0..*", description = "more JMH options, after --")
  List<String> jmhArgs = new ArrayList<>();

  @Override
  public Integer call() throws IOException, InterruptedException {
    Path home = StorePaths.home();
    Path benchJar = jar != null ? jar : home.resolve("bench").resolve("target").resolve("benchmarks.jar");
    if (!Files.isRegularFile(benchJar)) {
      throw new BadInputException("no benchmarks jar at " + benchJar + "; build it with "
          + "./mvnw -q -B -DskipTests -pl bench -am package");
    }
    Path result = (out != null ? out : home.resolve("target").resolve("bench").resolve("jmh.json")).toAbsolutePath();
    Files.createDirectories(result.getParent());
    // JMH writes its result file at the end; run it into a temporary name so a crash never leaves a
    // result file that looks complete
    Path partial = result.resolveSibling("." + result.getFileName() + ".partial");
    Files.deleteIfExists(partial);
    List<String> running = command(benchJar, partial);
    var err = spec.commandLine().getErr();
    err.println("scalebench: " + String.join(" ", running));
    err.flush();
    Process p = new ProcessBuilder(running).inheritIO().start();
    int code = p.waitFor();
    if (code != 0) {
      Files.deleteIfExists(partial);
      err.println("scalebench: JMH exited with " + code + " (a benchmark failed; see its output above)");
      return ExitCodes.FAILED;
    }
    if (!Files.isRegularFile(partial)) {
      err.println("scalebench: JMH wrote no results (did --include match no benchmark?)");
      return ExitCodes.FAILED;
    }
    Files.move(partial, result, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    spec.commandLine().getOut().println("scalebench: JMH results -> " + result);
    return ExitCodes.OK;
  }

  /** The child JVM's command line. */
  List<String> command(Path benchJar, Path result) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (ignoreLock) {
      cmd.add("-Djmh.ignoreLock=true");
    }
    cmd.add("-jar");
    cmd.add(benchJar.toString());
    cmd.add(include);
    if (exclude != null) {
      cmd.add("-e");
      cmd.add(exclude);
    }
    cmd.addAll(quick ? QUICK : FULL);
    cmd.addAll(List.of("-foe", "true", "-rf", "json", "-rff", result.toString()));
    cmd.addAll(jmhArgs);
    return cmd;
  }
}
