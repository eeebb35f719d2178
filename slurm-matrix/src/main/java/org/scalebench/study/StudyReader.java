package org.scalebench.study;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.scalebench.results.BadInputException;
import org.scalebench.results.Names;
import org.scalebench.results.Suggest;
import org.scalebench.results.Scaling;

/**
 * Reads {@code study.yaml} (and the profile files it names) into a {@link StudySpec}. Unknown keys are
 * errors with the closest valid key suggested; every problem of the file is reported at once.
 *
 * <p>A profile is given by name ({@code profile: meluxina} finds {@code profiles/meluxina.yaml} next
 * to the spec or up to two folders above it), by path ({@code profile: ../site/cluster.yaml}), or
 * inline as a mapping, which may {@code extends:} a named profile and override some of its keys.
 */
public final class StudyReader {
  static final Set<String> STUDY_KEYS = Set.of("schemaVersion", "study", "workload", "params", "matrix", "scaling",
      "weak", "repetitions", "timeLimit", "barrier", "profile");
  static final Set<String> MATRIX_KEYS = Set.of("nodes", "ntasksPerNode", "cpusPerTask", "filter");
  static final Set<String> FILTER_KEYS = Set.of("minRanks", "maxRanks", "maxCpus", "exclude");
  static final Set<String> SHAPE_KEYS = Set.of("nodes", "ntasksPerNode", "cpusPerTask");
  static final Set<String> PROFILE_KEYS = Set.of("schemaVersion", "name", "extends", "account", "partition", "qos",
      "time", "coresPerNode", "memoryPerNodeMb", "maxNodes", "modules", "launch", "sbatch", "env", "java", "jar",
      "rankHeapMb", "oversubscribe", "maxArraySize");
  /** The time limit of a point when neither the study nor the profile sets one. */
  static final Duration DEFAULT_TIME_LIMIT = Duration.ofMinutes(10);

  private static final YAMLMapper YAML = YAMLMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .build();

  private StudyReader() {}

  /** Reads and validates {@code file}; every user mistake ends in one {@link BadInputException}. */
  public static StudySpec read(Path file) throws IOException {
    Path abs = file.toAbsolutePath().normalize();
    JsonNode root = parse(abs);
    Problems problems = new Problems(file.toString());
    StudySpec spec = build(new SpecNode(root, "", problems), abs, problems);
    problems.throwIfAny();
    return spec;
  }

  static JsonNode parse(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException("no such file: " + file);
    }
    try {
      JsonNode n = YAML.readTree(file.toFile());
      if (n == null || n.isMissingNode() || n.isNull()) {
        throw new BadInputException(file + " is empty");
      }
      return n;
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw new BadInputException(file + (at == null ? "" : " line " + at.getLineNr()) + ": not valid YAML: "
          + e.getOriginalMessage());
    } catch (NoSuchFileException e) {
      throw new BadInputException("no such file: " + file);
    }
  }

  private static StudySpec build(SpecNode root, Path file, Problems problems) throws IOException {
    if (!root.requireObject()) {
      return null;
    }
    root.allowOnly(STUDY_KEYS);
    int version = root.integer("schemaVersion", StudySpec.SCHEMA_VERSION, 1);
    if (version > StudySpec.SCHEMA_VERSION) {
      root.get("schemaVersion").problem("this build reads study specs up to version " + StudySpec.SCHEMA_VERSION
          + ", got " + version);
    }
    String name = root.requiredText("study");
    if (name != null && !Names.isToken(name)) {
      root.get("study").problem("'" + name + "' must be 1-128 letters, digits, '.', '_' or '-', starting with a "
          + "letter or digit (it names folders and jobs)");
    }
    String workload = root.requiredText("workload");
    TreeMap<String, List<String>> params = new TreeMap<>();
    if (root.has("params") && root.get("params").requireObject()) {
      root.get("params").entries().forEach((k, v) -> params.put(k, v.scalars()));
    }
    MatrixSpec matrix = matrix(root);
    Scaling scaling = Scaling.STRONG;
    if (root.has("scaling")) {
      String s = root.get("scaling").scalar();
      if (s != null) {
        try {
          scaling = Scaling.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          root.get("scaling").problem("expected strong or weak, got '" + s + "'");
        }
      }
    }
    WeakRule weak = weak(root, scaling, params);
    int repetitions = root.integer("repetitions", 1, 1);
    boolean barrier = root.bool("barrier", true);
    ClusterProfile profile = null;
    if (!root.has("profile")) {
      root.problem("the key 'profile' is required (a name like local, a path, or a mapping)");
    } else {
      profile = profile(root.get("profile"), file.getParent(), 0);
    }
    Duration timeLimit = null;
    if (root.has("timeLimit")) {
      timeLimit = duration(root.get("timeLimit"));
    }
    if (timeLimit == null) {
      timeLimit = profile != null && profile.time() != null ? profile.time() : DEFAULT_TIME_LIMIT;
    }
    if (!problems.isEmpty()) {
      return null;
    }
    try {
      return new StudySpec(version, name, workload, params, matrix, scaling, weak, repetitions, timeLimit, barrier,
          profile, file);
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
      return null;
    }
  }

  private static MatrixSpec matrix(SpecNode root) {
    if (!root.has("matrix")) {
      root.problem("the key 'matrix' is required (nodes, ntasksPerNode, cpusPerTask)");
      return null;
    }
    SpecNode m = root.get("matrix");
    if (!m.requireObject()) {
      return null;
    }
    m.allowOnly(MATRIX_KEYS);
    List<Integer> nodes = m.has("nodes") ? IntAxis.parse(m.get("nodes")) : List.of(1);
    List<Integer> tasks = m.has("ntasksPerNode") ? IntAxis.parse(m.get("ntasksPerNode")) : List.of(1);
    List<Integer> cpus = m.has("cpusPerTask") ? IntAxis.parse(m.get("cpusPerTask")) : List.of(1);
    MatrixFilter filter = MatrixFilter.NONE;
    if (m.has("filter") && m.get("filter").requireObject()) {
      SpecNode f = m.get("filter");
      f.allowOnly(FILTER_KEYS);
      List<MatrixFilter.Shape> exclude = new ArrayList<>();
      if (f.has("exclude")) {
        for (SpecNode e : f.get("exclude").elements()) {
          if (!e.requireObject()) {
            continue;
          }
          e.allowOnly(SHAPE_KEYS);
          Integer n = e.has("nodes") ? e.integer("nodes", 1, 1) : null;
          Integer t = e.has("ntasksPerNode") ? e.integer("ntasksPerNode", 1, 1) : null;
          Integer c = e.has("cpusPerTask") ? e.integer("cpusPerTask", 1, 1) : null;
          if (n == null && t == null && c == null) {
            e.problem("an exclude pattern must set nodes, ntasksPerNode or cpusPerTask");
          } else {
            exclude.add(new MatrixFilter.Shape(n, t, c));
          }
        }
      }
      int min = f.integer("minRanks", 1, 1);
      int max = f.integer("maxRanks", Integer.MAX_VALUE, 1);
      int maxCpus = f.integer("maxCpus", Integer.MAX_VALUE, 1);
      if (max < min) {
        f.problem("maxRanks " + max + " is below minRanks " + min);
        return null;
      }
      filter = new MatrixFilter(min, max, maxCpus, exclude);
    }
    if (nodes.isEmpty() || tasks.isEmpty() || cpus.isEmpty()) {
      return null;
    }
    return new MatrixSpec(nodes, tasks, cpus, filter);
  }

  private static WeakRule weak(SpecNode root, Scaling scaling, Map<String, List<String>> params) {
    if (!root.has("weak")) {
      if (scaling == Scaling.WEAK) {
        root.problem("scaling: weak needs a 'weak' mapping saying which parameters grow with the rank count, "
            + "e.g. weak: {n: linear}");
      }
      return WeakRule.NONE;
    }
    SpecNode w = root.get("weak");
    if (scaling != Scaling.WEAK) {
      w.problem("growth rules only apply with scaling: weak");
      return WeakRule.NONE;
    }
    if (!w.requireObject()) {
      return WeakRule.NONE;
    }
    TreeMap<String, WeakRule.Growth> growth = new TreeMap<>();
    w.entries().forEach((k, v) -> {
      String g = v.scalar();
      if (g == null) {
        return;
      }
      try {
        growth.put(k, WeakRule.Growth.valueOf(g.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        v.problem("expected linear or sqrt, got '" + g + "'");
        return;
      }
      List<String> values = params.get(k);
      if (values == null) {
        v.problem("weak scaling grows '" + k + "' but params does not set it" + Suggest.closest(k, params.keySet()));
      } else {
        for (String x : values) {
          if (!x.strip().matches("\\d+")) {
            v.problem("weak scaling grows '" + k + "' but its value '" + x + "' is not a whole number");
          }
        }
      }
    });
    if (growth.isEmpty() && root.problems().isEmpty()) {
      w.problem("name at least one parameter that grows with the rank count");
    }
    return new WeakRule(growth);
  }

  private static Duration duration(SpecNode n) {
    String t = n.scalar();
    if (t == null) {
      return null;
    }
    Duration d = TimeLimit.parse(t);
    if (d == null) {
      n.problem("'" + t + "' is not a time limit; write 90s, 10m, 2h, MINUTES, HH:MM:SS or D-HH:MM:SS");
    }
    return d;
  }

  // ---- profiles ----

  /** Reads a profile file on its own (e.g. to list or check it). */
  public static ClusterProfile readProfile(Path file) throws IOException {
    Path abs = file.toAbsolutePath().normalize();
    Problems problems = new Problems(file.toString());
    ClusterProfile p = profile(new SpecNode(parse(abs), "", problems), abs.getParent(), 0);
    problems.throwIfAny();
    return p;
  }

  private static ClusterProfile profile(SpecNode node, Path baseDir, int depth) throws IOException {
    Resolved r = resolve(node, baseDir, depth);
    return r == null ? null : r.profile();
  }

  /**
   * A checked profile and the mapping it was read from, with every {@code extends} already laid in
   * (so that a profile extending this one starts from that mapping, not from a file read again).
   */
  private record Resolved(ClusterProfile profile, ObjectNode mapping) {}

  private static Resolved resolve(SpecNode node, Path baseDir, int depth) throws IOException {
    if (depth > 5) {
      node.problem("profiles extend each other more than 5 levels deep (a cycle?)");
      return null;
    }
    if (node.isText()) {
      Path file = locateProfile(node, baseDir);
      if (file == null) {
        return null;
      }
      Problems problems = node.problems();
      SpecNode loaded = new SpecNode(parse(file), file.getFileName().toString(), problems);
      String stem = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
      return profileFromMapping(loaded, file.getParent(), stem, depth);
    }
    return profileFromMapping(node, baseDir, "inline", depth);
  }

  private static Path locateProfile(SpecNode node, Path baseDir) {
    String ref = node.scalar();
    if (ref == null) {
      return null;
    }
    if (ref.contains("/") || ref.endsWith(".yaml") || ref.endsWith(".yml")) {
      Path p = baseDir.resolve(ref).normalize();
      if (!Files.isRegularFile(p)) {
        node.problem("no profile file " + p);
        return null;
      }
      return p;
    }
    if (!Names.isToken(ref)) {
      node.problem("'" + ref + "' is neither a profile name nor a path to a .yaml file");
      return null;
    }
    List<Path> tried = new ArrayList<>();
    Path dir = baseDir;
    for (int up = 0; up < 3 && dir != null; up++, dir = dir.getParent()) {
      for (String ext : List.of(".yaml", ".yml")) {
        Path candidate = dir.resolve("profiles").resolve(ref + ext);
        if (Files.isRegularFile(candidate)) {
          return candidate;
        }
      }
      tried.add(dir.resolve("profiles"));
    }
    Set<String> known = new LinkedHashSet<>();
    for (Path t : tried) {
      if (Files.isDirectory(t)) {
        try (var list = Files.list(t)) {
          list.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".yaml"))
              .forEach(f -> known.add(f.substring(0, f.length() - 5)));
        } catch (IOException e) {
          // only for the suggestion
        }
      }
    }
    node.problem("no profile '" + ref + "'" + Suggest.closest(ref, known) + " in " + tried
        + (known.isEmpty() ? "" : "; known profiles: " + String.join(", ", known)));
    return null;
  }

  private static Resolved profileFromMapping(SpecNode node, Path baseDir, String defaultName, int depth)
      throws IOException {
    if (!node.requireObject()) {
      return null;
    }
    node.allowOnly(PROFILE_KEYS);
    ObjectNode merged;
    String name = defaultName;
    if (node.has("extends")) {
      Resolved parent = resolve(node.get("extends"), baseDir, depth + 1);
      if (parent == null) {
        return null;
      }
      // this mapping's keys laid over the parent's (which holds its own parents' already)
      merged = parent.mapping().deepCopy();
      name = parent.profile().name();
    } else {
      merged = JsonNodeFactory.instance.objectNode();
    }
    ((ObjectNode) node.raw()).fields().forEachRemaining(e -> {
      if (!e.getKey().equals("extends")) {
        merged.set(e.getKey(), e.getValue());
      }
    });
    ClusterProfile profile = profileValues(new SpecNode(merged, node.path(), node.problems()), name);
    return profile == null ? null : new Resolved(profile, merged);
  }

  private static ClusterProfile profileValues(SpecNode p, String defaultName) {
    int version = p.integer("schemaVersion", 1, 1);
    if (version > 1) {
      p.get("schemaVersion").problem("this build reads profiles up to version 1, got " + version);
    }
    String name = p.text("name", defaultName);
    String account = p.text("account", null);
    String partition = p.text("partition", null);
    String qos = p.text("qos", null);
    Duration time = p.has("time") ? duration(p.get("time")) : null;
    int cores = 0;
    if (!p.has("coresPerNode")) {
      p.problem("the key 'coresPerNode' is required (a number, or auto for this machine's cores)");
    } else if (p.get("coresPerNode").isText() && "auto".equals(p.get("coresPerNode").raw().asText())) {
      cores = Runtime.getRuntime().availableProcessors();
    } else {
      cores = p.integer("coresPerNode", 0, 1);
    }
    int memory = p.integer("memoryPerNodeMb", 0, 0);
    int maxNodes = p.integer("maxNodes", 1_000_000, 1);
    List<String> modules = new ArrayList<>();
    if (p.has("modules")) {
      for (String m : p.get("modules").scalars()) {
        modules.add(ScriptWords.words(m).size() == 1 ? "module load " + m.strip() : m.strip());
      }
    }
    String launchText = p.requiredText("launch");
    List<String> sbatch = new ArrayList<>();
    if (p.has("sbatch")) {
      for (String s : p.get("sbatch").scalars()) {
        sbatch.add(s.strip().replaceFirst("^#SBATCH\\s+", ""));
      }
    }
    TreeMap<String, String> env = new TreeMap<>();
    if (p.has("env") && p.get("env").requireObject()) {
      p.get("env").entries().forEach((k, v) -> {
        String value = v.scalar();
        if (value != null) {
          env.put(k, value);
        }
      });
    }
    String java = p.text("java", "java");
    String jar = p.text("jar", null);
    int heap = p.integer("rankHeapMb", 0, 0);
    boolean oversubscribe = p.bool("oversubscribe", false);
    int maxArraySize = p.integer("maxArraySize", ClusterProfile.DEFAULT_MAX_ARRAY_SIZE, 1);
    // field checks, each reported on its own so that one run shows them all
    check(p, "name", name == null || Names.isToken(name) ? null : "must be a token of letters, digits, . _ -");
    check(p, "account", account == null ? null : ScriptWords.unsafe("account", account));
    check(p, "partition", partition == null ? null : ScriptWords.unsafe("partition", partition));
    check(p, "qos", qos == null ? null : ScriptWords.unsafe("qos", qos));
    for (String m : modules) {
      check(p, "modules", ScriptWords.unsafeLine("module line", m));
    }
    LaunchLine launch = null;
    if (launchText != null) {
      try {
        launch = LaunchLine.of(launchText);
      } catch (IllegalArgumentException e) {
        check(p, "launch", e.getMessage());
      }
    }
    for (String s : sbatch) {
      check(p, "sbatch", ScriptWords.unsafeSbatchOption("sbatch option", s));
    }
    for (Map.Entry<String, String> e : env.entrySet()) {
      check(p, "env", ScriptWords.isEnvName(e.getKey()) ? null
          : "'" + e.getKey() + "' is not a variable name (letters, digits and _, not starting with a digit)");
    }
    check(p, "java", ScriptWords.unsafe("java", java));
    check(p, "jar", jar == null ? null : ScriptWords.unsafe("jar", jar));
    if (heap != 0 && heap < 64) {
      check(p, "rankHeapMb", "must be 0 (automatic) or at least 64, got " + heap);
    }
    if (!p.problems().isEmpty() || launch == null || cores < 1) {
      return null;
    }
    try {
      return new ClusterProfile(name, account, partition, qos, time, cores, memory, maxNodes, modules, launch,
          sbatch, env, java, jar, heap, oversubscribe, maxArraySize);
    } catch (IllegalArgumentException e) {
      p.problem(e.getMessage());
      return null;
    }
  }

  private static void check(SpecNode p, String key, String problem) {
    if (problem != null) {
      p.get(key).problem(problem);
    }
  }
}
