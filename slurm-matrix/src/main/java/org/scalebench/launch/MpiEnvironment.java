package org.scalebench.launch;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.scalebench.results.BadInputException;
import org.scalebench.study.MpiImplementation;

/** Finds what a local launch needs, with one sentence for each thing missing. */
public final class MpiEnvironment {
  private MpiEnvironment() {}

  /** The first executable called {@code name} on the PATH. */
  public static Optional<Path> onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * The launcher of {@code mpi} on the PATH ({@link MpiImplementation#launchers()}, in order).
   *
   * @throws BadInputException naming the launchers looked for and how to get one
   */
  public static Path requireLauncher(MpiImplementation mpi) {
    for (String name : mpi.launchers()) {
      Optional<Path> p = onPath(name);
      if (p.isPresent()) {
        return p.get();
      }
    }
    throw new BadInputException(String.join(" or ", mpi.launchers()) + " is not on the PATH; " + mpi.remedy());
  }

  public static Path requireMpirun() {
    return onPath("mpirun").orElseThrow(() -> new BadInputException(
        "mpirun is not on the PATH; install Open MPI (scripts/setup-mpi.sh does it) or load your MPI module"));
  }

  /** True when the Open MPI Java bindings were packaged with this build (checked without loading them). */
  public static boolean hasMpiJar() {
    return hasClass("mpi.MPI");
  }

  /** Checks that the Open MPI Java bindings were packaged with this build (without loading them). */
  public static void requireMpiJar() {
    if (!hasMpiJar()) {
      throw new BadInputException("the Open MPI Java bindings (mpi.jar) are not in this build; run "
          + "scripts/setup-mpi.sh (or set MPI_JAR to your site's mpi.jar) and rebuild, or use --transport ffm");
    }
  }

  /** Checks that the FFM transport (module transport-ffm, Java 22 classes) was packaged with this build. */
  public static void requireFfmTransport() {
    // a resource lookup, not Class.forName: this JVM may be older than the class files (Java 22)
    if (MpiEnvironment.class.getClassLoader().getResource("org/scalebench/transport/ffm/FfmRankMpi.class") == null) {
      throw new BadInputException("this build has no FFM transport (it was built with -DskipFfm or without a JDK "
          + "22 or newer); rebuild on a machine with one (scripts/setup-jdk.sh finds it), or use --transport jni");
    }
  }

  private static boolean hasClass(String name) {
    try {
      Class.forName(name, false, MpiEnvironment.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /**
   * The jar (or classes directory) this code was loaded from: the ranks' class path by default
   * ({@link LocalLauncher.LocalOptions#defaults()}); tests pass their own to {@link
   * LocalLauncher.LocalOptions#defaults(String)}.
   */
  public static String selfClassPath() {
    try {
      return Path.of(MpiEnvironment.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException("cannot locate the scalebench jar", e);
    }
  }

  /** The java executable of this JVM, so that ranks run the same Java. */
  public static String javaExecutable() {
    return ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  public static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }
}
