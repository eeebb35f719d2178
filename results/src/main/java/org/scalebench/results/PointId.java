package org.scalebench.results;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Readable, stable names of matrix points: {@code n<nodes>-t<tasksPerNode>-c<cpusPerTask>}, plus
 * {@code -<8 hex digits>} of a SHA-256 of the sorted parameters when there are any.
 */
public final class PointId {
  private PointId() {}

  public static String of(int nodes, int tasksPerNode, int cpusPerTask, Map<String, String> params) {
    Checks.atLeast("nodes", nodes, 1);
    Checks.atLeast("tasksPerNode", tasksPerNode, 1);
    Checks.atLeast("cpusPerTask", cpusPerTask, 1);
    String shape = "n" + nodes + "-t" + tasksPerNode + "-c" + cpusPerTask;
    return params == null || params.isEmpty() ? shape : shape + "-" + paramsHash(params);
  }

  /** The first 8 hex digits of SHA-256 over {@code k=v\n} lines in key order. */
  public static String paramsHash(Map<String, String> params) {
    StringBuilder text = new StringBuilder();
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
