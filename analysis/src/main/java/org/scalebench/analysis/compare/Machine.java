package org.scalebench.analysis.compare;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * Where a baseline was measured; a comparison across machines compares the machines too.
 *
 * @param hostname the host name
 * @param os {@code os.name os.version}
 * @param arch {@code os.arch}
 * @param cpus logical processors the JVM saw, {@code >= 1}
 * @param javaVersion {@code java.runtime.version} of the JVM that recorded the baseline
 */
public record Machine(String hostname, String os, String arch, int cpus, String javaVersion) {
  public Machine {
    Objects.requireNonNull(hostname, "hostname must not be null");
    Objects.requireNonNull(os, "os must not be null");
    Objects.requireNonNull(arch, "arch must not be null");
    if (cpus < 1) {
      throw new IllegalArgumentException("cpus must be at least 1, got " + cpus);
    }
    Objects.requireNonNull(javaVersion, "javaVersion must not be null");
  }

  /** This machine. */
  public static Machine current() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = Objects.requireNonNullElse(System.getenv("HOSTNAME"), "unknown");
    }
    return new Machine(host, System.getProperty("os.name") + " " + System.getProperty("os.version"),
        System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.runtime.version", System.getProperty("java.version")));
  }
}
