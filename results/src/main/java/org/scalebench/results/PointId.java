package org.scalebench.results;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Readable, stable names of matrix points: {@code <workload>-n<nodes>-t<tasksPerNode>-c<cpusPerTask>},
 * plus {@code -<8 hex digits>} of a SHA-256 of the sorted parameters when there are any, e.g.
 * {@code sum-n2-t4-c1-9b78b88a}. The workload is part of the id because several workloads may share
 * a study (the demo does).
 */
public final class PointId {
  private PointId() {}

  public static String of(String workload, int nodes, int tasksPerNode, int cpusPerTask,
      Map<String, String> params) {
    Names.checkToken("workload", workload);
    Checks.atLeast("nodes", nodes, 1);
    Checks.atLeast("tasksPerNode", tasksPerNode, 1);
    Checks.atLeast("cpusPerTask", cpusPerTask, 1);
    String shape = workload + "-n" + nodes + "-t" + tasksPerNode + "-c" + cpusPerTask;
    return Names.checkToken("pointId", params == null || params.isEmpty() ? shape : shape + "-" + paramsHash(params));
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
