package org.scalebench.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;

/**
 * Application class-data sharing (AppCDS, JEP 310/350) for the local rank JVMs. A JVM that maps an
 * archive of the classes it will load skips parsing and verifying them: on this 2-core machine the
 * first Jackson read of launch.json drops from 0.40 s to 0.12 s and a rank's start to half
 * (bench/README.md, "launcher floor"). The archives belong to one build of the jar: they live in
 * {@code <jar folder>/cds/} ({@code rank.jsa}, and {@code cli.jsa} for the command line, which the
 * {@code ./scalebench} script maps) and are used only when not older than the jar; the JVM checks the
 * jar's size and time again and silently runs without an archive that does not match. Slurm scripts
 * do not use them: the nodes' JVM and jar location may differ from the login node's.
 */
public final class ClassDataSharing {
  public static final String DIR = "cds";
  public static final String RANK_ARCHIVE = "rank.jsa";

  /**
   * Keeps the JVM's own warnings (an archive that does not match, for one) off standard output,
   * which belongs to the workload (and to {@code prepare-run}, whose output a script captures).
   */
  public static final List<String> QUIET = List.of("-Xlog:disable", "-Xlog:all=warning:stderr");

  private ClassDataSharing() {}

  /** Where the rank archive of {@code classPath} goes, when the class path is one jar. */
  public static Optional<Path> rankArchiveLocation(String classPath) {
    if (classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
      return Optional.empty();
    }
    Path jar = Path.of(classPath).toAbsolutePath();
    return Optional.of(jar.resolveSibling(DIR).resolve(RANK_ARCHIVE));
  }

  /** The JVM options that map the rank archive of {@code classPath}, or none when it is missing or stale. */
  public static List<String> rankOptions(String classPath) {
    Optional<Path> archive = rankArchiveLocation(classPath);
    if (archive.isEmpty() || !isCurrent(archive.get(), Path.of(classPath))) {
      return List.of();
    }
    return List.of("-XX:SharedArchiveFile=" + archive.get(), QUIET.get(0), QUIET.get(1));
  }

  /** The JVM option that writes the classes a JVM loaded to {@code archive} when it exits. */
  public static String dumpOption(Path archive) {
    return "-XX:ArchiveClassesAtExit=" + archive.toAbsolutePath();
  }

  static boolean isCurrent(Path archive, Path jar) {
    try {
      FileTime archiveTime = Files.getLastModifiedTime(archive);
      return archiveTime.compareTo(Files.getLastModifiedTime(jar)) >= 0;
    } catch (IOException e) {
      return false;
    }
  }
}
