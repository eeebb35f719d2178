package org.scalebench.analysis.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import org.scalebench.results.ResultJson;

/** Writes files in JMH's {@code -rf json} layout (the fields compare reads, as JMH 1.37 writes them). */
public final class JmhJson {
  private final ArrayNode root = JsonNodeFactory.instance.arrayNode();

  public JmhJson add(String benchmark, String mode, String unit, Map<String, String> params, double[]... forks) {
    ObjectNode o = root.addObject();
    o.put("jmhVersion", "1.37");
    o.put("benchmark", benchmark);
    o.put("mode", mode);
    o.put("threads", 1);
    o.put("forks", forks.length);
    o.put("jdkVersion", "17.0.15");
    o.put("measurementIterations", forks[0].length);
    if (!params.isEmpty()) {
      ObjectNode p = o.putObject("params");
      params.forEach(p::put);
    }
    ObjectNode pm = o.putObject("primaryMetric");
    pm.put("score", forks[0][0]);
    pm.put("scoreUnit", unit);
    ArrayNode raw = pm.putArray("rawData");
    for (double[] fork : forks) {
      ArrayNode f = raw.addArray();
      for (double v : fork) {
        f.add(v);
      }
    }
    o.putObject("secondaryMetrics");
    return this;
  }

  public Path write(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, ResultJson.pretty(root));
    return file;
  }

  /** {@code n} log-normal samples with median {@code median} and coefficient of variation {@code cv}. */
  public static double[] logNormal(SplittableRandom random, int n, double median, double cv) {
    double sigma = Math.sqrt(Math.log(1 + cv * cv));
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = median * Math.exp(sigma * gaussian(random));
    }
    return x;
  }

  /** Box-Muller, so the stream depends only on the seed. */
  public static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
