package org.scalebench.it;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the shaded jar's command line in a subprocess, as a user would ({@code java -jar scalebench.jar ...}). */
public final class CliProcess {
  private CliProcess() {}

  /** What a finished command left. */
  public record Result(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }

  public static Path jar() {
    String jar = System.getProperty("scalebench.jar");
    if (jar == null || !Files.isRegularFile(Path.of(jar))) {
      throw new IllegalStateException("system property scalebench.jar must name the shaded jar (failsafe sets it)");
    }
    return Path.of(jar);
  }

  public static Path repositoryRoot() {
    return Path.of(System.getProperty("scalebench.root", "..")).toAbsolutePath().normalize();
  }

  /** Starts {@code java -jar scalebench.jar args} with extra environment; stdout and stderr go to files. */
  public static Process start(Path logDir, Map<String, String> env, String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(javaExecutable(), "-jar", jar().toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd)
        .redirectOutput(logDir.resolve("stdout.txt").toFile())
        .redirectError(logDir.resolve("stderr.txt").toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    pb.environment().putAll(env);
    return pb.start();
  }

  /** Runs to the end (at most {@code timeoutSeconds}) and returns exit code and output. */
  public static Result run(Path logDir, Map<String, String> env, long timeoutSeconds, String... args)
      throws IOException, InterruptedException {
    Files.createDirectories(logDir);
    Process p = start(logDir, env, args);
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroy);
      p.destroy();
      p.waitFor(10, TimeUnit.SECONDS);
      throw new AssertionError("scalebench " + String.join(" ", args) + " did not finish in " + timeoutSeconds + " s");
    }
    return new Result(p.exitValue(), Files.readString(logDir.resolve("stdout.txt"), StandardCharsets.UTF_8),
        Files.readString(logDir.resolve("stderr.txt"), StandardCharsets.UTF_8));
  }

  static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
