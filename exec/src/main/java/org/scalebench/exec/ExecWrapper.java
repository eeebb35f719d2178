package org.scalebench.exec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.scalebench.results.BadInputException;
import org.scalebench.results.ExecCommand;
import org.scalebench.results.IoProblems;

/**
 * The rank wrapper of exec runs ({@code scalebench-exec.c}, a resource of this jar) and its command
 * line. It is compiled on first use with the machine's C compiler into a folder of binaries, under a
 * name that carries the hash of its source, so a changed wrapper is built anew and an unchanged one
 * never twice. C rather than a JVM: it starts in a millisecond, takes no memory beside the program,
 * and passes on what the MPI launcher gave the rank, file descriptors included (MPICH's PMI hands
 * its connection to a rank as one).
 */
public final class ExecWrapper {
  static final String SOURCE = "scalebench-exec.c";
  private static final List<String> COMPILERS = List.of("cc", "gcc", "clang");

  private ExecWrapper() {}

  /** The wrapper's file name: {@code scalebench-exec-<8 hex digits of its source's SHA-256>}. */
  public static String fileName() {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(source().getBytes(StandardCharsets.UTF_8));
      return "scalebench-exec-" + HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }

  /**
   * Where local runs keep the wrapper: {@code $SCALEBENCH_CACHE/bin}, else {@code
   * $XDG_CACHE_HOME/scalebench/bin}, else {@code ~/.cache/scalebench/bin}.
   */
  public static Path defaultBinDir() {
    Map<String, String> env = System.getenv();
    if (env.get("SCALEBENCH_CACHE") != null && !env.get("SCALEBENCH_CACHE").isBlank()) {
      return Path.of(env.get("SCALEBENCH_CACHE"), "bin");
    }
    String xdg = env.get("XDG_CACHE_HOME");
    Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return cache.resolve("scalebench").resolve("bin");
  }

  /**
   * The wrapper in {@code binDir}, compiled there first when it is missing.
   *
   * @throws BadInputException when no C compiler is on the PATH, or the folder cannot be written
   */
  public static Path ensureBuilt(Path binDir) {
    Path binary = binDir.resolve(fileName());
    if (Files.isExecutable(binary)) {
      return binary;
    }
    String compiler = compiler().orElseThrow(() -> new BadInputException("exec runs need a C compiler once, to "
        + "build their rank wrapper, but none of " + String.join(", ", COMPILERS) + " is on the PATH; install gcc "
        + "(scripts/setup.sh does)"));
    try {
      Files.createDirectories(binDir);
      Path work = Files.createTempDirectory(binDir, ".build-");
      try {
        Path src = work.resolve(SOURCE);
        Files.writeString(src, source());
        Path out = work.resolve("scalebench-exec");
        Process cc = new ProcessBuilder(compiler, "-O2", "-std=c11", "-o", out.toString(), src.toString())
            .redirectErrorStream(true).start();
        String log = new String(cc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!cc.waitFor(120, TimeUnit.SECONDS) || cc.exitValue() != 0) {
          throw new IllegalStateException("compiling the exec wrapper with " + compiler + " failed:\n" + log);
        }
        try {
          Files.move(out, binary, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(out, binary, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        try (var files = Files.list(work)) {
          for (Path f : files.toList()) {
            Files.deleteIfExists(f);
          }
        }
        Files.deleteIfExists(work);
      }
    } catch (IOException e) {
      throw new BadInputException("cannot build the exec wrapper in " + binDir + ": " + IoProblems.describe(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while compiling the exec wrapper", e);
    }
    return binary;
  }

  /**
   * The words that start one rank of {@code command}, after the MPI launcher's own: the wrapper, the
   * run folder, the cpus per task, {@code -C} the working folder, {@code -e NAME=VALUE} per variable,
   * {@code --}, then the program and its arguments unchanged.
   *
   * @param runDir the run folder as the rank sees it (in a job script, a variable reference the script quotes)
   */
  public static List<String> argv(String wrapper, String runDir, int cpusPerTask, ExecCommand command) {
    List<String> words = new ArrayList<>();
    words.add(wrapper);
    words.add(runDir);
    words.add(Integer.toString(cpusPerTask));
    words.add("-C");
    words.add(command.workingDirectory());
    command.environment().forEach((k, v) -> {
      words.add("-e");
      words.add(k + "=" + v);
    });
    words.add("--");
    words.addAll(command.command());
    return words;
  }

  private static Optional<String> compiler() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String name : COMPILERS) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
          return Optional.of(Path.of(dir, name).toString());
        }
      }
    }
    return Optional.empty();
  }

  static String source() {
    try (InputStream in = ExecWrapper.class.getResourceAsStream(SOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the exec wrapper's source " + SOURCE + " is missing from this build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the exec wrapper's source", e);
    }
  }
}
