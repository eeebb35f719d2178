package org.scalebench.analysis.ab;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.scalebench.analysis.compare.Direction;
import org.scalebench.analysis.compare.Verdict;
import org.scalebench.results.AtomicFiles;
import org.scalebench.results.BadInputException;
import org.scalebench.results.EnumText;
import org.scalebench.results.ResultJson;
import org.scalebench.results.StoreFormatException;

/**
 * {@code ab.json}: an {@link AbResult} as versioned JSON ({@code format} {@value AbResult#FORMAT},
 * {@code schemaVersion}), written with the store's {@link ResultJson} and read back to an equal
 * result. Enum values are {@link EnumText} tokens; a value that is not a number (an unbounded
 * interval end, the adjusted p of an untested benchmark) is {@code null}. Besides the fields it reads
 * back, each benchmark carries derived ones for readers ({@code ratios}, the worse factors), and the
 * file the run's summary and counts; a reader ignores them.
 */
public final class AbJson {
  private AbJson() {}

  /** The JSON text, two-space indented with a final newline. */
  public static String json(AbResult r) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("format", AbResult.FORMAT);
    root.put("schemaVersion", AbResult.SCHEMA_VERSION);
    root.put("mode", EnumText.token(r.mode()));
    root.set("a", variant(r.a()));
    root.set("b", variant(r.b()));
    root.put("createdAt", r.createdAt().toString());
    ObjectNode s = root.putObject("settings");
    s.put("alpha", r.settings().alpha());
    s.put("minEffect", r.settings().minEffect());
    s.put("interval", EnumText.token(r.settings().interval()));
    s.put("bootstrapResamples", r.settings().bootstrapResamples());
    s.put("seed", r.settings().seed());
    root.put("rounds", r.rounds());
    ArrayNode orders = root.putArray("roundOrders");
    r.roundOrders().forEach(o -> orders.add(EnumText.token(o)));
    ObjectNode context = root.putObject("context");
    r.context().forEach(context::put);
    AbVerdicts v = r.verdicts();
    root.put("summary", v.summary());
    root.put("anyRegression", v.anyRegression());
    root.put("nothingTested", v.nothingTested());
    root.put("familySize", v.familySize());
    ObjectNode counts = root.putObject("counts");
    v.counts().forEach((k, n) -> counts.put(EnumText.token(k), n));
    ArrayNode benchmarks = root.putArray("benchmarks");
    for (PairedVerdict p : v.verdicts()) {
      ObjectNode o = benchmarks.addObject();
      o.put("id", p.id());
      o.put("unit", p.unit());
      o.put("better", p.direction().better());
      o.put("rounds", p.rounds());
      o.put("verdict", EnumText.token(p.verdict()));
      o.put("reason", p.reason());
      number(o, "worseFactor", p.worseFactor());
      number(o, "worseLow", p.worseLow());
      number(o, "worseHigh", p.worseHigh());
      number(o, "geoMeanWorseFactor", p.geoMeanWorseFactor());
      number(o, "ratio", p.ratio());
      number(o, "ratioLow", p.ratioLow());
      number(o, "ratioHigh", p.ratioHigh());
      number(o, "geoMeanRatio", p.geoMeanRatio());
      number(o, "pValue", p.pValue());
      o.put("exactP", p.exactP());
      number(o, "adjustedP", p.adjustedP());
      array(o, "a", p.samples().a());
      array(o, "b", p.samples().b());
      array(o, "ratios", p.ratios());
    }
    ArrayNode warnings = root.putArray("warnings");
    r.warnings().forEach(warnings::add);
    return ResultJson.pretty(root);
  }

  /** Writes {@code ab.json} text to {@code file} atomically: a crash leaves the old file or none. */
  public static void write(Path file, AbResult r) throws IOException {
    AtomicFiles.writeString(file, json(r));
  }

  /**
   * Reads {@code file}.
   *
   * @throws StoreFormatException naming the file and the field when it is not an {@code ab.json} this
   *     build reads
   */
  public static AbResult read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /**
   * Reads {@code ab.json} text; {@code where} names it in messages.
   *
   * @throws StoreFormatException naming {@code where} and the field
   */
  public static AbResult parse(String json, String where) {
    JsonNode root;
    try {
      root = ResultJson.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw ResultJson.formatError(where, e);
    }
    try {
      return result(new Fields(root, ""));
    } catch (IllegalArgumentException | BadInputException e) {
      throw new StoreFormatException(where + ": " + e.getMessage());
    }
  }

  private static AbResult result(Fields root) {
    String format = root.text("format");
    if (!AbResult.FORMAT.equals(format)) {
      throw new IllegalArgumentException("format must be " + AbResult.FORMAT + ", got " + format);
    }
    int version = root.integer("schemaVersion");
    if (version < 1 || version > AbResult.SCHEMA_VERSION) {
      throw new IllegalArgumentException("schemaVersion must be 1.." + AbResult.SCHEMA_VERSION + ", got " + version
          + (version > AbResult.SCHEMA_VERSION ? " (written by a newer scalebench)" : ""));
    }
    Fields s = root.object("settings");
    AbSettings settings = new AbSettings(s.real("alpha"), s.real("minEffect"),
        EnumText.parse(IntervalMethod.class, s.text("interval"), "settings.interval"), s.integer("bootstrapResamples"),
        s.longInteger("seed"));
    List<RoundOrder> orders = new ArrayList<>();
    Fields orderList = root.array("roundOrders");
    for (int i = 0; i < orderList.size(); i++) {
      orders.add(EnumText.parse(RoundOrder.class, orderList.textAt(i), "roundOrders[" + i + "]"));
    }
    List<PairedVerdict> verdicts = new ArrayList<>();
    Fields benchmarks = root.array("benchmarks");
    for (int i = 0; i < benchmarks.size(); i++) {
      verdicts.add(verdict(benchmarks.object(i)));
    }
    Map<String, String> context = new TreeMap<>();
    Fields c = root.object("context");
    c.node.properties().forEach(e -> context.put(e.getKey(), c.textValue(e.getKey(), e.getValue())));
    List<String> warnings = new ArrayList<>();
    Fields w = root.array("warnings");
    for (int i = 0; i < w.size(); i++) {
      warnings.add(w.textAt(i));
    }
    Instant createdAt;
    try {
      createdAt = Instant.parse(root.text("createdAt"));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("createdAt must be an ISO-8601 UTC time, got " + root.text("createdAt"));
    }
    return new AbResult(EnumText.parse(AbMode.class, root.text("mode"), "mode"), variant(root.object("a")),
        variant(root.object("b")), createdAt, settings, orders, new AbVerdicts(verdicts), context, warnings);
  }

  private static PairedVerdict verdict(Fields o) {
    String better = o.text("better");
    Direction direction = switch (better) {
      case "lower" -> Direction.LOWER_IS_BETTER;
      case "higher" -> Direction.HIGHER_IS_BETTER;
      default -> throw new IllegalArgumentException(o.path("better") + " must be lower or higher, got " + better);
    };
    PairedSamples samples = new PairedSamples(o.text("id"), o.text("unit"), direction, o.reals("a"), o.reals("b"));
    return new PairedVerdict(samples, o.real("geoMeanRatio"), o.real("ratio"), o.realOrNaN("ratioLow"),
        o.realOrNaN("ratioHigh"), o.real("pValue"), o.bool("exactP"), o.realOrNaN("adjustedP"),
        EnumText.parse(Verdict.class, o.text("verdict"), o.path("verdict")), o.text("reason"));
  }

  private static ObjectNode variant(AbVariant v) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("name", v.name());
    o.put("description", v.description());
    return o;
  }

  private static AbVariant variant(Fields o) {
    return new AbVariant(o.text("name"), o.text("description"));
  }

  private static void number(ObjectNode o, String field, double value) {
    if (Double.isFinite(value)) {
      o.put(field, value);
    } else {
      o.putNull(field);
    }
  }

  private static void array(ObjectNode o, String field, double[] values) {
    ArrayNode a = o.putArray(field);
    for (double v : values) {
      a.add(v);
    }
  }

  /** A JSON object or array with its path, whose accessors name the field that is missing or wrong. */
  private record Fields(JsonNode node, String at) {
    String path(String field) {
      return at.isEmpty() ? field : at + "." + field;
    }

    private JsonNode get(String field) {
      JsonNode v = node.get(field);
      if (v == null || v.isNull()) {
        throw new IllegalArgumentException(path(field) + " is missing");
      }
      return v;
    }

    String text(String field) {
      return textValue(field, get(field));
    }

    String textValue(String field, JsonNode v) {
      if (!v.isTextual()) {
        throw new IllegalArgumentException(path(field) + " must be a string, got " + v);
      }
      return v.asText();
    }

    double real(String field) {
      JsonNode v = get(field);
      if (!v.isNumber()) {
        throw new IllegalArgumentException(path(field) + " must be a number, got " + v);
      }
      return v.asDouble();
    }

    double realOrNaN(String field) {
      JsonNode v = node.get(field);
      return v == null || v.isNull() ? Double.NaN : real(field);
    }

    int integer(String field) {
      JsonNode v = get(field);
      if (!v.canConvertToInt() || !v.isIntegralNumber()) {
        throw new IllegalArgumentException(path(field) + " must be an integer, got " + v);
      }
      return v.asInt();
    }

    long longInteger(String field) {
      JsonNode v = get(field);
      if (!v.canConvertToLong() || !v.isIntegralNumber()) {
        throw new IllegalArgumentException(path(field) + " must be an integer, got " + v);
      }
      return v.asLong();
    }

    boolean bool(String field) {
      JsonNode v = get(field);
      if (!v.isBoolean()) {
        throw new IllegalArgumentException(path(field) + " must be true or false, got " + v);
      }
      return v.asBoolean();
    }

    double[] reals(String field) {
      Fields a = array(field);
      double[] values = new double[a.size()];
      for (int i = 0; i < values.length; i++) {
        JsonNode e = a.element(i);
        if (!e.isNumber()) {
          throw new IllegalArgumentException(a.at + "[" + i + "] must be a number, got " + e);
        }
        values[i] = e.asDouble();
      }
      return values;
    }

    Fields object(String field) {
      JsonNode v = get(field);
      if (!v.isObject()) {
        throw new IllegalArgumentException(path(field) + " must be an object, got " + v);
      }
      return new Fields(v, path(field));
    }

    Fields array(String field) {
      JsonNode v = get(field);
      if (!v.isArray()) {
        throw new IllegalArgumentException(path(field) + " must be an array, got " + v);
      }
      return new Fields(v, path(field));
    }

    int size() {
      return node.size();
    }

    JsonNode element(int i) {
      return node.get(i);
    }

    String textAt(int i) {
      JsonNode v = node.get(i);
      if (!v.isTextual()) {
        throw new IllegalArgumentException(at + "[" + i + "] must be a string, got " + v);
      }
      return v.asText();
    }

    Fields object(int i) {
      JsonNode v = node.get(i);
      if (!v.isObject()) {
        throw new IllegalArgumentException(at + "[" + i + "] must be an object, got " + v);
      }
      return new Fields(v, at + "[" + i + "]");
    }
  }
}
