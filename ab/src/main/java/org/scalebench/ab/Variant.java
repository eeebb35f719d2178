package org.scalebench.ab;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.scalebench.results.Checks;

/**
 * One side of an A/B run: a build of this repository at a git ref, run under an environment.
 *
 * @param label {@code baseline} or {@code current}: names the side in tables and the store
 * @param ref a git ref ({@code HEAD~1}, a branch, a commit) or {@link #WORKTREE} for the files as they are
 * @param java the {@code java} executable to run with, or null for the one running this command
 * @param jvmOptions extra JVM options (JMH: {@code -jvmArgsAppend}; studies: {@code JAVA_TOOL_OPTIONS}
 *     of the command line and its ranks)
 * @param env extra environment variables (e.g. an {@code OMPI_MCA_...} setting)
 * @param params parameter overrides: JMH {@code -p k=v}, or workload parameters of a study's points
 */
public record Variant(String label, String ref, Path java, List<String> jvmOptions, SortedMap<String, String> env,
    SortedMap<String, String> params) {
  /** The ref that means the working tree, uncommitted changes included. */
  public static final String WORKTREE = "worktree";

  public Variant {
    Checks.nonBlank("label", label);
    Checks.nonBlank("ref", ref);
    jvmOptions = List.copyOf(jvmOptions == null ? List.of() : jvmOptions);
    env = Collections.unmodifiableSortedMap(new TreeMap<>(env == null ? Map.of() : env));
    params = Collections.unmodifiableSortedMap(new TreeMap<>(params == null ? Map.of() : params));
    for (String key : env.keySet()) {
      if (!key.matches("[A-Za-z_][A-Za-z0-9_]*")) {
        throw new IllegalArgumentException("env of " + label + ": '" + key + "' is not a variable name");
      }
    }
  }

  /** Whether this side and {@code other} run the same build (only their environments may differ). */
  public boolean sameBuildAs(Variant other) {
    return ref.equals(other.ref);
  }

  /** The environment part in words, e.g. {@code java=/opt/jdk21/bin/java, OMPI_MCA_btl=self,tcp}; "" when default. */
  public String environmentText() {
    List<String> parts = new ArrayList<>();
    if (java != null) {
      parts.add("java=" + java);
    }
    if (!jvmOptions.isEmpty()) {
      parts.add("jvm=" + String.join(" ", jvmOptions));
    }
    env.forEach((k, v) -> parts.add(k + "=" + v));
    params.forEach((k, v) -> parts.add("param " + k + "=" + v));
    return String.join(", ", parts);
  }
}
