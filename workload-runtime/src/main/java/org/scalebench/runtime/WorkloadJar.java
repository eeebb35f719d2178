package org.scalebench.runtime;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.scalebench.api.Workload;
import org.scalebench.results.BadInputException;
import org.scalebench.results.IoProblems;

/**
 * A user's jar given with {@code --workload-jar} or a spec's {@code jars:}, checked: it exists, is
 * a jar, and its path can stand on a Java class path. A jar may list no workload (a library the
 * workloads of another jar need); {@link #listed()} says which it lists.
 *
 * @param path the jar, absolute and normalized
 * @param listed the class names in its {@code META-INF/services/org.scalebench.api.Workload}, in order
 */
public record WorkloadJar(Path path, List<String> listed) {
  /** Where a jar lists its workloads for {@link java.util.ServiceLoader}. */
  public static final String SERVICES = "META-INF/services/" + Workload.class.getName();

  public WorkloadJar {
    listed = List.copyOf(listed);
  }

  /**
   * Checks {@code given} and reads its listing.
   *
   * @throws BadInputException one sentence naming the jar and what is wrong with it
   */
  public static WorkloadJar open(Path given) {
    Path path = given.toAbsolutePath().normalize();
    if (path.toString().contains(File.pathSeparator)) {
      throw new BadInputException("workload jar " + path + " has a '" + File.pathSeparator + "' in its path, which "
          + "a Java class path cannot carry; move or link it to a path without one");
    }
    if (!Files.exists(path)) {
      throw new BadInputException("workload jar " + path + " does not exist");
    }
    if (Files.isDirectory(path)) {
      throw new BadInputException("workload jar " + path + " is a folder, not a jar (give the jar that "
          + "'mvn package' makes, e.g. target/NAME.jar)");
    }
    try (JarFile jar = new JarFile(path.toFile())) {
      ZipEntry entry = jar.getEntry(SERVICES);
      if (entry == null) {
        return new WorkloadJar(path, List.of());
      }
      try (InputStream in = jar.getInputStream(entry)) {
        return new WorkloadJar(path, parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      }
    } catch (java.util.zip.ZipException e) {
      throw new BadInputException("workload jar " + path + " is not a jar (not a zip archive: " + e.getMessage() + ")");
    } catch (IOException e) {
      throw new BadInputException("workload jar " + path + " cannot be read: " + IoProblems.describe(e), e);
    }
  }

  /** The class names of a provider-configuration file: one per line, {@code #} starts a comment. */
  static List<String> parse(String text) {
    List<String> names = new ArrayList<>();
    for (String line : text.split("\n")) {
      int hash = line.indexOf('#');
      String name = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (!name.isEmpty() && !names.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }
}
