package org.scalebench.analysis.compare;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.scalebench.results.Checks;
import org.scalebench.results.Names;

/**
 * {@code baseline.json}: what a committed baseline holds and where it came from.
 *
 * @param format always {@value #FORMAT}
 * @param schemaVersion {@value #SCHEMA_VERSION}; a reader refuses newer versions
 * @param name the baseline's directory name under {@code results/baseline/}, a path-safe token
 * @param kind {@code jmh} or {@code study}
 * @param data the data's path relative to the baseline directory: {@value #JMH_DATA} or {@value #STUDY_DATA}
 * @param source the file or directory it was copied from, as given
 * @param commit the git commit of the build that measured it ({@code unknown} when not known)
 * @param machine where it was measured
 * @param createdAt when the baseline was recorded (UTC)
 * @param settings how it was measured, e.g. JMH's forks, iterations and JDK; may be empty
 * @param note free text, e.g. why it was replaced; may be null
 */
public record BaselineManifest(String format, int schemaVersion, String name, String kind, String data,
    String source, String commit, Machine machine, Instant createdAt, Map<String, String> settings, String note) {
  public static final String FORMAT = "scalebench.baseline";
  public static final int SCHEMA_VERSION = 1;
  public static final String FILE = "baseline.json";
  public static final String JMH_DATA = "jmh.json";
  public static final String STUDY_DATA = "study";

  public BaselineManifest {
    if (!FORMAT.equals(format)) {
      throw new IllegalArgumentException("format must be " + FORMAT + ", got " + format);
    }
    Checks.schemaVersion(schemaVersion, SCHEMA_VERSION);
    Names.checkToken("name", name);
    if (InputKind.ofLabel(kind) == null) {
      throw new IllegalArgumentException("kind must be jmh or study, got " + kind);
    }
    String expected = InputKind.ofLabel(kind) == InputKind.JMH ? JMH_DATA : STUDY_DATA;
    if (!expected.equals(data)) {
      throw new IllegalArgumentException("data of a " + kind + " baseline must be " + expected + ", got " + data);
    }
    Objects.requireNonNull(source, "source must not be null");
    Objects.requireNonNull(commit, "commit must not be null");
    Objects.requireNonNull(machine, "machine must not be null");
    Objects.requireNonNull(createdAt, "createdAt must not be null");
    settings = Collections.unmodifiableMap(new TreeMap<>(settings == null ? Map.of() : settings));
  }

  public InputKind inputKind() {
    return InputKind.ofLabel(kind);
  }
}
