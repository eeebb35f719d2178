package org.scalebench.workloads.gridsearch.grid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.scalebench.results.BadInputException;

/**
 * A hyperparameter grid: for each key a list of values; its combinations are the cartesian product,
 * the first key varying slowest (the order of Python's {@code itertools.product}). The six {@link
 * GridKey#STANDARD} keys come first, in their order, then further keys in alphabetical order.
 *
 * <p>Files, schema version 1, either JSON ({@code .json}):
 * <pre>{"schema": 1, "grid": {"max_depth": [3, 6], "eta": [0.1, 0.3], "gamma": [0, 1]}}</pre>
 * or lines ({@code key=v1,v2}, {@code #} comments, a {@code schema=1} line first):
 * <pre>schema=1
 * max_depth=3,6
 * eta=0.1,0.3</pre>
 * A standard key the file leaves out takes its single {@link GridKey#DEFAULTS} value.
 *
 * @param values key to its distinct values (normalized text), in expansion order
 */
public record GridSpec(Map<String, List<String>> values) {
  public static final int SCHEMA_VERSION = 1;
  /** More combinations than this are refused: the result table alone would not fit a rank's heap. */
  public static final long MAX_COMBINATIONS = 1_000_000;

  public GridSpec {
    Map<String, List<String>> ordered = new LinkedHashMap<>();
    for (String key : GridKey.STANDARD) {
      ordered.put(key, checked(key, values.getOrDefault(key, List.of(GridKey.DEFAULTS.get(key)))));
    }
    for (String key : new TreeMap<>(values).keySet()) {
      if (!GridKey.STANDARD.contains(key)) {
        checkKey(key);
        ordered.put(key, checked(key, values.get(key)));
      }
    }
    values = Collections.unmodifiableMap(ordered);
    long size = sizeOf(values);
    if (size > MAX_COMBINATIONS) {
      throw new BadInputException("the grid has more than " + MAX_COMBINATIONS + " combinations (" + size
          + " or more); make it smaller");
    }
  }

  /**
   * The seed's grid, 3 x 3 x 3 x 2 x 2 x 2 = 216 combinations: max_depth 3, 6, 9; eta 0.05, 0.1,
   * 0.3; rounds 50, 100, 200; subsample and colsample_bytree 0.8, 1; min_child_weight 1, 5.
   */
  public static GridSpec seedDefault() {
    Map<String, List<String>> v = new LinkedHashMap<>();
    v.put(GridKey.MAX_DEPTH, List.of("3", "6", "9"));
    v.put(GridKey.ETA, List.of("0.05", "0.1", "0.3"));
    v.put(GridKey.ROUNDS, List.of("50", "100", "200"));
    v.put(GridKey.SUBSAMPLE, List.of("0.8", "1"));
    v.put(GridKey.COLSAMPLE_BYTREE, List.of("0.8", "1"));
    v.put(GridKey.MIN_CHILD_WEIGHT, List.of("1", "5"));
    return new GridSpec(v);
  }

  private static void checkKey(String key) {
    String reserved = GridKey.RESERVED.get(key);
    if (reserved != null) {
      throw new BadInputException("the grid may not set " + key + ": " + reserved);
    }
    if (!GridKey.EXTRA.contains(key)) {
      throw new BadInputException("the grid has an unknown key '" + key + "'; it may vary "
          + String.join(", ", GridKey.STANDARD) + ", " + String.join(", ", GridKey.EXTRA));
    }
  }

  private static List<String> checked(String key, List<String> given) {
    if (given == null || given.isEmpty()) {
      throw new BadInputException("the grid gives no values for " + key + ", so it has no combinations");
    }
    List<String> out = new ArrayList<>();
    for (String raw : given) {
      String why = GridKey.problem(key, raw == null ? "" : raw);
      if (why != null) {
        throw new BadInputException("grid value " + key + "='" + raw + "' " + why);
      }
      String v = GridKey.normalize(key, raw);
      if (v.contains(",")) {
        throw new BadInputException("grid value " + key + "='" + raw + "' must not contain a comma");
      }
      if (out.contains(v)) {
        throw new BadInputException("grid value " + key + "='" + raw + "' is listed twice");
      }
      out.add(v);
    }
    return List.copyOf(out);
  }

  /** The number of combinations. */
  public long size() {
    return sizeOf(values);
  }

  private static long sizeOf(Map<String, List<String>> values) {
    long n = 1;
    for (List<String> v : values.values()) {
      n = Math.multiplyExact(n, (long) v.size());
      if (n > MAX_COMBINATIONS) {
        return n;
      }
    }
    return n;
  }

  /** Combination 0 (every key at its first value) without expanding the grid. */
  public Combination first() {
    Map<String, String> point = new LinkedHashMap<>();
    values.forEach((key, list) -> point.put(key, list.get(0)));
    return new Combination(0, point);
  }

  /** Every combination, in expansion order (the first key varies slowest). */
  public List<Combination> combinations() {
    List<String> keys = new ArrayList<>(values.keySet());
    int n = Math.toIntExact(size());
    List<Combination> out = new ArrayList<>(n);
    int[] digit = new int[keys.size()];
    for (int index = 0; index < n; index++) {
      Map<String, String> point = new LinkedHashMap<>();
      for (int k = 0; k < keys.size(); k++) {
        point.put(keys.get(k), values.get(keys.get(k)).get(digit[k]));
      }
      out.add(new Combination(index, point));
      for (int k = keys.size() - 1; k >= 0; k--) {
        if (++digit[k] < values.get(keys.get(k)).size()) {
          break;
        }
        digit[k] = 0;
      }
    }
    return out;
  }

  /**
   * The grid with other boosting rounds, for quick runs: {@code "grid"} keeps them; a list {@code
   * "5,10"} replaces them; a single number {@code R} rescales the grid's list so that its smallest
   * entry is {@code R}, keeping its shape and size (the seed's 50, 100, 200 become 5, 10, 20 with
   * {@code R = 5}; entries that round to the same number are merged).
   */
  public GridSpec withRounds(String rounds) {
    String r = rounds.strip();
    if (r.equals("grid")) {
      return this;
    }
    Map<String, List<String>> v = new LinkedHashMap<>(values);
    if (r.contains(",")) {
      v.put(GridKey.ROUNDS, List.of(r.split(",", -1)));
      return new GridSpec(v);
    }
    String why = GridKey.problem(GridKey.ROUNDS, r);
    if (why != null) {
      throw new BadInputException("rounds='" + rounds + "' " + why + " (give a number, a list like 5,10 or 'grid')");
    }
    long smallest = Long.parseLong(r);
    List<String> current = values.get(GridKey.ROUNDS);
    long min = current.stream().mapToLong(Long::parseLong).min().orElseThrow();
    List<String> scaled = new ArrayList<>();
    for (String c : current) {
      String s = Long.toString(Math.max(1, Math.round(Long.parseLong(c) * (double) smallest / min)));
      if (!scaled.contains(s)) {
        scaled.add(s);
      }
    }
    v.put(GridKey.ROUNDS, scaled);
    return new GridSpec(v);
  }

  /** Reads a grid file (JSON when the name ends in {@code .json}, else lines). */
  public static GridSpec read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new BadInputException("grid file " + file + " does not exist");
    } catch (IOException e) {
      throw new BadInputException("cannot read grid file " + file + ": " + e.getMessage());
    }
    try {
      return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
          ? parseJson(text) : parseLines(text);
    } catch (BadInputException e) {
      throw new BadInputException("grid file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Parses the JSON form. */
  public static GridSpec parseJson(String text) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw new BadInputException("is not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new BadInputException("must hold a JSON object with \"schema\" and \"grid\"");
    }
    checkSchema(root.path("schema").isInt() ? root.get("schema").asInt() : null,
        root.has("schema") ? root.get("schema").toString() : null);
    JsonNode grid = root.path("grid");
    if (!grid.isObject()) {
      throw new BadInputException("needs an object \"grid\" of key: [values]");
    }
    if (grid.isEmpty()) {
      throw new BadInputException("the grid has no keys, so it is empty");
    }
    Map<String, List<String>> v = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = grid.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode list = e.getValue();
      List<String> items = new ArrayList<>();
      if (list.isArray()) {
        list.forEach(n -> items.add(n.isValueNode() ? n.asText() : n.toString()));
      } else if (list.isValueNode()) {
        items.add(list.asText());
      } else {
        throw new BadInputException(e.getKey() + " must be a list of values");
      }
      v.put(e.getKey(), items);
    }
    return new GridSpec(v);
  }

  /**
   * Parses a grid given inline, the lines form with {@code ;} between lines and no schema line, e.g.
   * {@code max_depth=3,6;eta=0.1,0.3;rounds=50} (a grid small enough to sit in a study spec).
   */
  public static GridSpec parseInline(String text) {
    try {
      return parseEntries(text.split(";", -1), "entry", SCHEMA_VERSION);
    } catch (BadInputException e) {
      throw new BadInputException("the inline grid '" + text + "': " + e.getMessage(), e);
    }
  }

  /** Parses the lines form. */
  public static GridSpec parseLines(String text) {
    return parseEntries(text.split("\n", -1), "line", null);
  }

  /**
   * Entries {@code key=v1,v2}, numbered as {@code unit}s in messages; {@code givenSchema} is null
   * when the first entry must give the schema.
   */
  private static GridSpec parseEntries(String[] entries, String unit, Integer givenSchema) {
    Map<String, List<String>> v = new LinkedHashMap<>();
    Integer schema = givenSchema;
    int lineNo = 0;
    for (String raw : entries) {
      lineNo++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq <= 0) {
        throw new BadInputException(unit + " " + lineNo + " is not key=value1,value2,...: '" + line + "'");
      }
      String key = line.substring(0, eq).strip();
      String rest = line.substring(eq + 1).strip();
      if (schema == null) {
        if (!key.equals("schema")) {
          throw new BadInputException(unit + " " + lineNo + ": the first entry must be schema=" + SCHEMA_VERSION);
        }
        try {
          schema = Integer.parseInt(rest);
        } catch (NumberFormatException e) {
          schema = -1;
        }
        checkSchema(schema, rest);
        continue;
      }
      if (v.containsKey(key)) {
        throw new BadInputException(unit + " " + lineNo + ": " + key + " is given twice");
      }
      List<String> items = rest.isEmpty() ? List.of() : List.of(rest.split(",", -1));
      v.put(key, items.stream().map(String::strip).toList());
    }
    if (schema == null) {
      throw new BadInputException("is empty: it needs a schema=" + SCHEMA_VERSION + " line and key=values lines");
    }
    if (v.isEmpty()) {
      throw new BadInputException("the grid has no keys, so it is empty");
    }
    return new GridSpec(v);
  }

  private static void checkSchema(Integer version, String given) {
    if (version == null || version != SCHEMA_VERSION) {
      throw new BadInputException("has schema " + (given == null ? "(none)" : given) + ", this version reads schema "
          + SCHEMA_VERSION);
    }
  }

  /** The lines form of this grid (what {@link #parseLines} reads back). */
  public String toLines() {
    StringBuilder s = new StringBuilder("schema=").append(SCHEMA_VERSION).append('\n');
    values.forEach((k, v) -> s.append(k).append('=').append(String.join(",", v)).append('\n'));
    return s.toString();
  }
}
