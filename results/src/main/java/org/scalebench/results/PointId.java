package org.scalebench.results;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Readable, stable names of matrix points: {@code n<nodes>-t<tasksPerNode>-c<cpusPerTask>-<8 hex
 * digits>}, the digits from a SHA-256 of the workload name and the sorted parameters, so that two
 * workloads (or parameter sets) of one study never share a point directory.
 */
public final class PointId {
  private PointId() {}

  public static String of(String workload, int nodes, int tasksPerNode, int cpusPerTask,
      Map<String, String> params) {
    Names.checkToken("workload", workload);
    Checks.atLeast("nodes", nodes, 1);
    Checks.atLeast("tasksPerNode", tasksPerNode, 1);
    Checks.atLeast("cpusPerTask", cpusPerTask, 1);
    String shape = "n" + nodes + "-t" + tasksPerNode + "-c" + cpusPerTask;
    return shape + "-" + hash(workload, params == null ? Map.of() : params);
  }

  /** The first 8 hex digits of SHA-256 over the workload's name and {@code k=v\n} lines in key order. */
  public static String hash(String workload, Map<String, String> params) {
    StringBuilder text = new StringBuilder(workload).append('\n');
    new TreeMap<>(params).forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }
}
