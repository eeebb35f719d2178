package org.scalebench.study;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.scalebench.results.Checks;

/**
 * Where a profile was found: a file on disk, or one of the profiles shipped in the jar (so that
 * {@code profile: local} works for a spec anywhere on disk).
 *
 * @param label how messages name it: the file's path, or {@code built-in profile local}
 * @param stem the profile's default name: the file name without {@code .yaml}
 * @param baseDir the folder that paths inside the profile are relative to: the file's folder, or
 *     for a built-in profile the folder of the file that named it
 * @param file the file, or null for a built-in profile
 */
record ProfileSource(String label, String stem, Path baseDir, Path file) {
  /** The folder of the shipped profiles inside the jar. */
  static final String BUILT_IN = "/org/scalebench/study/profiles/";

  ProfileSource {
    Checks.nonBlank("label", label);
    Checks.nonBlank("stem", stem);
    Checks.notNull("baseDir", baseDir);
  }

  static ProfileSource ofFile(Path file) {
    return new ProfileSource(file.toString(), file.getFileName().toString().replaceFirst("\\.ya?ml$", ""),
        file.getParent(), file);
  }

  /** The shipped profile called {@code name}, or null when the jar has none of that name. */
  static ProfileSource builtIn(String name, Path referrerDir) {
    return ProfileSource.class.getResource(BUILT_IN + name + ".yaml") == null ? null
        : new ProfileSource("built-in profile " + name, name, referrerDir, null);
  }

  boolean isBuiltIn() {
    return file == null;
  }

  JsonNode read() throws IOException {
    if (file != null) {
      return YamlFiles.read(file);
    }
    try (InputStream in = ProfileSource.class.getResourceAsStream(BUILT_IN + stem + ".yaml")) {
      return YamlFiles.read(label, in);
    }
  }
}
