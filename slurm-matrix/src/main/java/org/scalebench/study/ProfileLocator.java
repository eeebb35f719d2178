package org.scalebench.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.scalebench.results.Names;
import org.scalebench.results.Suggest;

/**
 * Finds the profile a reference names: a path ({@code ../site/cluster.yaml}, relative to the file
 * that refers to it) or a name ({@code meluxina}: {@code profiles/meluxina.yaml} next to that file or
 * up to two folders above it, else a profile shipped in the jar, such as {@code local}). A file on
 * disk wins over a shipped profile of the same name, so a site can redefine {@code local}.
 */
final class ProfileLocator {
  /** The profiles shipped in the jar (see the slurm-matrix pom), for suggestions. */
  static final List<String> BUILT_IN_NAMES = List.of("local");

  private ProfileLocator() {}

  /** The profile {@code node} names, or null after reporting on {@code node} why there is none. */
  static ProfileSource locate(SpecNode node, Path baseDir) {
    String ref = node.scalar();
    if (ref == null) {
      return null;
    }
    if (ref.contains("/") || ref.endsWith(".yaml") || ref.endsWith(".yml")) {
      Path p = baseDir.resolve(ref).normalize();
      if (!Files.isRegularFile(p)) {
        node.problem("no profile file " + p);
        return null;
      }
      return ProfileSource.ofFile(p);
    }
    if (!Names.isToken(ref)) {
      node.problem("'" + ref + "' is neither a profile name nor a path to a .yaml file");
      return null;
    }
    List<Path> tried = new ArrayList<>();
    Path dir = baseDir;
    for (int up = 0; up < 3 && dir != null; up++, dir = dir.getParent()) {
      for (String ext : List.of(".yaml", ".yml")) {
        Path candidate = dir.resolve("profiles").resolve(ref + ext);
        if (Files.isRegularFile(candidate)) {
          return ProfileSource.ofFile(candidate);
        }
      }
      tried.add(dir.resolve("profiles"));
    }
    ProfileSource shipped = ProfileSource.builtIn(ref, baseDir);
    if (shipped != null) {
      return shipped;
    }
    Set<String> known = new LinkedHashSet<>(BUILT_IN_NAMES);
    for (Path t : tried) {
      if (Files.isDirectory(t)) {
        try (var list = Files.list(t)) {
          list.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".yaml"))
              .forEach(f -> known.add(f.substring(0, f.length() - 5)));
        } catch (IOException e) {
          // only for the suggestion
        }
      }
    }
    node.problem("no profile '" + ref + "'" + Suggest.closest(ref, known) + " in " + tried
        + (known.isEmpty() ? "" : "; known profiles: " + String.join(", ", known)));
    return null;
  }

}
