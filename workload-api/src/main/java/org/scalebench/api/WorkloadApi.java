package org.scalebench.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of the workload API ({@code org.scalebench.api} and {@code org.scalebench.api.mpi}),
 * also the Maven version of its artifact {@code org.scalebench:workload-api}.
 *
 * <p>{@code MAJOR.MINOR}: a minor version only adds (types, methods, constants), so a workload
 * compiled against {@code 1.0} runs on a runtime of {@code 1.3}; anything else (a removed or
 * changed signature) is a new major version, and a workload compiled against another major version
 * is refused before it is launched. A unit test of this module fails when a public signature
 * changes while this constant stays the same.
 */
public final class WorkloadApi {
  /** The API version this runtime implements, {@code MAJOR.MINOR}. */
  public static final String VERSION = "1.0";

  private static final Pattern FORM = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");

  private WorkloadApi() {}

  /**
   * Null when a workload compiled against API {@code compiledAgainst} runs on this runtime (same
   * major version, minor version at most this one's), else the reason in words.
   */
  public static String incompatibility(String compiledAgainst) {
    Matcher theirs = FORM.matcher(compiledAgainst == null ? "" : compiledAgainst.strip());
    if (!theirs.matches()) {
      return "its API version '" + compiledAgainst + "' is not of the form MAJOR.MINOR";
    }
    Matcher ours = FORM.matcher(VERSION);
    ours.matches();
    int major = Integer.parseInt(theirs.group(1));
    int minor = Integer.parseInt(theirs.group(2));
    if (major != Integer.parseInt(ours.group(1)) || minor > Integer.parseInt(ours.group(2))) {
      return "it was compiled against workload API " + compiledAgainst + ", and this scalebench implements "
          + VERSION + (major == Integer.parseInt(ours.group(1))
              ? " (a newer minor version may use what this one lacks)" : " (another major version)");
    }
    return null;
  }
}
