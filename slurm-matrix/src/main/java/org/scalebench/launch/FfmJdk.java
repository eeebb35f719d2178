package org.scalebench.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds a JDK of version 22 or newer for ranks on the FFM transport, where scripts/setup-jdk.sh
 * looks: {@code SCALEBENCH_FFM_JDK}, {@code JAVA_HOME}, this JVM, {@code /usr/lib/jvm/*},
 * {@code /opt/java/*}, {@code ~/.sdkman/candidates/java/*}; the newest wins.
 */
public final class FfmJdk {
  public static final int MIN_FEATURE = 22;
  private static final Pattern VERSION = Pattern.compile("^JAVA_VERSION=\"(\\d+)", Pattern.MULTILINE);

  private FfmJdk() {}

  /** The folders looked at, in order, for messages. */
  public static List<String> places() {
    return List.of("SCALEBENCH_FFM_JDK", "JAVA_HOME", "this JVM", "/usr/lib/jvm", "/opt/java", "~/.sdkman/candidates/java");
  }

  /** The {@code java} executable of the newest JDK >= 22 found, if any. */
  public static Optional<Path> findJava() {
    List<Path> homes = new ArrayList<>();
    for (String env : List.of("SCALEBENCH_FFM_JDK", "JAVA_HOME")) {
      String v = System.getenv(env);
      if (v != null && !v.isBlank()) {
        homes.add(Path.of(v));
      }
    }
    homes.add(Path.of(System.getProperty("java.home")));
    for (Path dir : List.of(Path.of("/usr/lib/jvm"), Path.of("/opt/java"),
        Path.of(System.getProperty("user.home"), ".sdkman", "candidates", "java"))) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> list = Files.list(dir)) {
          list.sorted().forEach(homes::add);
        } catch (IOException e) {
          // an unreadable folder has no JDK for us
        }
      }
    }
    Path best = null;
    int bestFeature = 0;
    for (Path home : homes) {
      int f = feature(home);
      Path java = home.resolve("bin").resolve("java");
      if (f >= MIN_FEATURE && f > bestFeature && Files.isExecutable(java)) {
        best = java;
        bestFeature = f;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The feature version of the JDK at {@code home} from its {@code release} file, or 0. */
  static int feature(Path home) {
    try {
      Matcher m = VERSION.matcher(Files.readString(home.resolve("release")));
      return m.find() ? Integer.parseInt(m.group(1)) : 0;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /** The feature version of the JDK whose {@code java} executable is {@code java}, or 0 when unknown. */
  public static int featureOfJava(String java) {
    Path bin = Path.of(java).toAbsolutePath().getParent();
    return bin == null || bin.getParent() == null ? 0 : feature(bin.getParent());
  }
}
