package org.scalebench.analysis.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.scalebench.results.BadInputException;
import org.scalebench.results.ResultJson;

/**
 * Reads the JSON that JMH writes with {@code -rf json}: an array with one object per benchmark and
 * parameter combination, each with {@code benchmark}, {@code mode}, optional {@code params} and
 * {@code primaryMetric} {@code {score, scoreUnit, rawData}}, where {@code rawData} holds one array of
 * iteration scores per fork. The samples of a metric are all iterations of all forks.
 */
public final class JmhResults {
  private JmhResults() {}

  /**
   * The metrics of {@code file}, in file order.
   *
   * @param ignoredParams benchmark parameters left out of the id, so that runs at different values of
   *     them are compared with each other (e.g. a work size changed on purpose)
   * @throws BadInputException when the file is missing, not JSON or not JMH's format, or two entries
   *     get the same id
   */
  public static List<Metric> read(Path file, Set<String> ignoredParams) {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException("no such JMH result file: " + file);
    }
    JsonNode root;
    try {
      root = ResultJson.mapper().readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new BadInputException(file + " is not JSON (" + e.getOriginalMessage() + "); expected JMH's -rf json output");
    } catch (IOException e) {
      throw new BadInputException("cannot read " + file + ": " + e.getMessage());
    }
    if (root == null || !root.isArray()) {
      throw new BadInputException(file + " is not a JMH result file: expected a JSON array of benchmarks (-rf json)");
    }
    if (root.isEmpty()) {
      throw new BadInputException(file + " holds no benchmark results (did the JMH include pattern match nothing?)");
    }
    List<Metric> metrics = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int index = 0;
    for (JsonNode entry : root) {
      Metric m = metric(file, index++, entry, ignoredParams);
      if (!ids.add(m.id())) {
        throw new BadInputException(file + " has two results for " + m.id()
            + (ignoredParams.isEmpty() ? "" : " once " + ignoredParams + " are ignored"));
      }
      metrics.add(m);
    }
    return metrics;
  }

  /** True when {@code file} parses as JMH output; used to tell a JMH file from other JSON. */
  public static boolean looksLikeJmh(Path file) {
    try {
      JsonNode root = ResultJson.mapper().readTree(file.toFile());
      return root != null && root.isArray() && !root.isEmpty() && root.get(0).has("benchmark")
          && root.get(0).has("primaryMetric");
    } catch (IOException e) {
      return false;
    }
  }

  private static Metric metric(Path file, int index, JsonNode entry, Set<String> ignoredParams) {
    String where = file + ", entry " + index;
    String benchmark = text(entry, "benchmark", where);
    String mode = text(entry, "mode", where);
    JsonNode primary = entry.get("primaryMetric");
    if (primary == null || !primary.isObject()) {
      throw new BadInputException(where + " (" + benchmark + ") has no primaryMetric; not a JMH result file");
    }
    String unit = text(primary, "scoreUnit", where);
    Direction direction = Direction.ofJmh(mode, unit);
    if (direction == null) {
      throw new BadInputException(where + " (" + benchmark + ") has mode '" + mode + "' and unit '" + unit
          + "', which say neither a time nor a throughput");
    }
    JsonNode raw = primary.get("rawData");
    if (raw == null || !raw.isArray()) {
      throw new BadInputException(where + " (" + benchmark + ") has no primaryMetric.rawData; run JMH in mode "
          + "avgt, thrpt or ss (mode sample keeps only a histogram)");
    }
    List<Double> samples = new ArrayList<>();
    for (JsonNode fork : raw) {
      if (!fork.isArray()) {
        throw new BadInputException(where + " (" + benchmark + "): rawData must be an array of arrays");
      }
      for (JsonNode v : fork) {
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
          throw new BadInputException(where + " (" + benchmark + "): rawData holds a non-number " + v);
        }
        samples.add(v.asDouble());
      }
    }
    if (samples.isEmpty()) {
      throw new BadInputException(where + " (" + benchmark + ") has no samples in rawData");
    }
    Map<String, String> params = new TreeMap<>();
    JsonNode p = entry.get("params");
    if (p != null && p.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!ignoredParams.contains(e.getKey())) {
          params.put(e.getKey(), e.getValue().asText());
        }
      }
    }
    String id = params.isEmpty() ? benchmark : benchmark + " " + params;
    return new Metric(id, unit, direction, samples.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static String text(JsonNode node, String field, String where) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new BadInputException(where + " has no '" + field + "'; not a JMH result file (-rf json)");
    }
    return v.asText();
  }
}
