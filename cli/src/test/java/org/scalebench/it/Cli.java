package org.scalebench.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the shaded scalebench jar in a child JVM, as a user would through {@code ./scalebench}. */
public final class Cli {
  /** What a finished command left: its exit code and its two streams. */
  public record Result(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }

  private Cli() {}

  public static Path jar() {
    String jar = System.getProperty("scalebench.jar");
    if (jar == null) {
      throw new IllegalStateException("system property scalebench.jar is not set (run through failsafe)");
    }
    return Path.of(jar);
  }

  public static Result run(String... args) throws IOException, InterruptedException {
    return run(Map.of(), args);
  }

  /** Runs with extra environment variables (a null value removes the variable). */
  public static Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
    return runJar(jar(), env, args);
  }

  /** Runs another build of the jar (e.g. one without the Open MPI bindings). */
  public static Result runJar(Path jar, Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile("cli", ".out");
    Path err = Files.createTempFile("cli", ".err");
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
    env.forEach((k, v) -> {
      if (v == null) {
        pb.environment().remove(k);
      } else {
        pb.environment().put(k, v);
      }
    });
    Process p = pb.start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      throw new IllegalStateException("scalebench " + String.join(" ", args) + " did not finish in 10 minutes");
    }
    Result r = new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    Files.deleteIfExists(out);
    Files.deleteIfExists(err);
    return r;
  }
}
