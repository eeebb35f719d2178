package org.scalebench.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.scalebench.exec.ExecTemplate;
import org.scalebench.results.BadInputException;
import org.scalebench.results.LaunchSpec;
import org.scalebench.results.EnumText;
import org.scalebench.results.Names;
import org.scalebench.results.Suggest;
import org.scalebench.results.Scaling;

/**
 * Reads {@code study.yaml} into a {@link StudySpec}; its profile is read by {@link ProfileReader}.
 * Unknown keys are errors with the closest valid key suggested; every problem of the file is reported
 * at once.
 */
public final class StudyReader {
  static final Set<String> STUDY_KEYS = Set.of("schemaVersion", "study", "workload", "params", "matrix", "scaling",
      "weak", "repetitions", "timeLimit", "barrier", "profile", "jars", "variants", "command", "workingDirectory", "env",
      "data");
  /** What schema 2 added: a spec that uses one must say {@code schemaVersion: 2}. */
  static final Set<String> SCHEMA_2_KEYS = Set.of("variants", "command", "workingDirectory", "env", "data");
  static final Set<String> VARIANT_KEYS = Set.of("workload", "params", "command", "workingDirectory", "env");
  /** In a parameter value or an exec field: the folder of the spec, absolute. */
  static final String STUDY_DIR = "${studyDir}";
  static final String COMMAND_EXAMPLE = "[/usr/bin/python3, -u, matching.py, --threshold, \"0.8\"]";
  static final Set<String> MATRIX_KEYS = Set.of("nodes", "ntasksPerNode", "cpusPerTask", "filter");
  static final Set<String> FILTER_KEYS = Set.of("minRanks", "maxRanks", "maxCpus", "exclude");
  static final Set<String> SHAPE_KEYS = Set.of("nodes", "ntasksPerNode", "cpusPerTask");
  /** The time limit of a point when neither the study nor the profile sets one. */
  static final Duration DEFAULT_TIME_LIMIT = Duration.ofMinutes(10);

  private StudyReader() {}

  /** Reads and validates {@code file}; every user mistake ends in one {@link BadInputException}. */
  public static StudySpec read(Path file) throws IOException {
    Path abs = file.toAbsolutePath().normalize();
    JsonNode root = YamlFiles.read(abs);
    Problems problems = new Problems(file.toString());
    StudySpec spec = build(new SpecNode(root, "", problems), abs, problems);
    problems.throwIfAny();
    return spec;
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
    for (String key : SCHEMA_2_KEYS) {
      if (version < 2 && root.has(key)) {
        root.get(key).problem("'" + key + "' needs schemaVersion: 2");
      }
    }
    Path dir = file.getParent();
    TreeMap<String, List<String>> params = params(root, dir);
    List<StudyVariant> variants = variants(root, params, dir);
    MatrixSpec matrix = matrix(root);
    Scaling scaling = Scaling.STRONG;
    if (root.has("scaling")) {
      String s = root.get("scaling").scalar();
      if (s != null) {
        try {
          scaling = EnumText.parse(Scaling.class, s, "scaling");
        } catch (BadInputException e) {
          root.get("scaling").problem("expected " + EnumText.choices(Scaling.class) + ", got '" + s + "'");
        }
      }
    }
    WeakRule weak = weak(root, scaling, variants);
    int repetitions = root.integer("repetitions", 1, 1);
    boolean barrier = root.bool("barrier", true);
    ClusterProfile profile = null;
    if (!root.has("profile")) {
      root.problem("the key 'profile' is required (a name like local, a path, or a mapping)");
    } else {
      profile = ProfileReader.profile(root.get("profile"), file.getParent(), 0);
    }
    Duration timeLimit = null;
    if (root.has("timeLimit")) {
      timeLimit = root.get("timeLimit").duration();
    }
    if (timeLimit == null) {
      timeLimit = profile != null && profile.time() != null ? profile.time() : DEFAULT_TIME_LIMIT;
    }
    List<Path> jars = new ArrayList<>(profile == null ? List.of() : profile.jars());
    jars.addAll(jars(root, file.getParent()));
    if (!problems.isEmpty()) {
      return null;
    }
    try {
      return new StudySpec(version, name, variants, matrix, scaling, weak, repetitions, timeLimit, barrier,
          profile, file, jars, data(root));
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
      return null;
    }
  }

  private static TreeMap<String, List<String>> params(SpecNode node, Path dir) {
    TreeMap<String, List<String>> params = new TreeMap<>();
    if (node.has("params") && node.get("params").requireObject()) {
      node.get("params").entries().forEach((k, v) -> params.put(k,
          v.scalars().stream().map(x -> inStudyDir(x, dir)).toList()));
    }
    return params;
  }

  private static String inStudyDir(String text, Path dir) {
    return text.replace(STUDY_DIR, dir.toString());
  }

  /**
   * The spec's variants: its {@code variants:} mapping (name to workload, params, and for exec its
   * command), each with the study's {@code params} under its own; or the one unnamed variant of its
   * {@code workload:}.
   */
  private static List<StudyVariant> variants(SpecNode root, TreeMap<String, List<String>> shared, Path dir) {
    List<StudyVariant> out = new ArrayList<>();
    if (!root.has("variants")) {
      String workload = root.requiredText("workload");
      StudyVariant v = workload == null ? null : variant(root, null, workload, shared, dir);
      if (v != null) {
        out.add(v);
      }
      return out;
    }
    for (String key : List.of("workload", "command", "workingDirectory", "env")) {
      if (root.has(key)) {
        root.get(key).problem("with variants, '" + key + "' belongs to each variant");
      }
    }
    SpecNode vs = root.get("variants");
    if (!vs.requireObject()) {
      return out;
    }
    Map<String, SpecNode> entries = vs.entries();
    if (entries.isEmpty()) {
      vs.problem("name at least one variant, e.g. variants: {java: {workload: matching}, mpi4py: {workload: exec, "
          + "command: [...]}}");
    }
    entries.forEach((name, node) -> {
      if (!Names.isToken(name)) {
        node.problem("the variant name '" + name + "' must be letters, digits, '.', '_' or '-' (it names points)");
        return;
      }
      if (!node.requireObject()) {
        return;
      }
      node.allowOnly(VARIANT_KEYS);
      String workload = node.requiredText("workload");
      if (workload == null) {
        return;
      }
      TreeMap<String, List<String>> params = new TreeMap<>(shared);
      params.putAll(params(node, dir));
      StudyVariant v = variant(node, name, workload, params, dir);
      if (v != null) {
        out.add(v);
      }
    });
    return out;
  }

  /** One variant; its exec fields are read from {@code node} (the spec's top level or the variant's mapping). */
  private static StudyVariant variant(SpecNode node, String name, String workload, TreeMap<String, List<String>> params,
      Path dir) {
    ExecTemplate exec = null;
    if (LaunchSpec.EXEC.equals(workload)) {
      if (!node.has("command")) {
        node.problem("workload exec needs 'command', the program and its arguments as a list, e.g. " + COMMAND_EXAMPLE);
        return null;
      }
      List<String> command = node.get("command").words(COMMAND_EXAMPLE).stream().map(w -> inStudyDir(w, dir)).toList();
      String wd = node.has("workingDirectory") ? node.get("workingDirectory").scalar() : null;
      Path workDir = wd == null ? dir : dir.resolve(inStudyDir(wd, dir)).normalize();
      TreeMap<String, String> env = new TreeMap<>();
      if (node.has("env") && node.get("env").requireObject()) {
        node.get("env").entries().forEach((k, v) -> {
          String value = v.scalar();
          if (value != null) {
            env.put(k, inStudyDir(value, dir));
          }
        });
      }
      if (command.isEmpty()) {
        return null;
      }
      exec = new ExecTemplate(command, workDir.toAbsolutePath().toString(), env);
    } else {
      for (String key : List.of("command", "workingDirectory", "env")) {
        if (node.has(key)) {
          node.get(key).problem("'" + key + "' is for workload exec, not " + workload);
        }
      }
    }
    try {
      return new StudyVariant(name, workload, params, exec);
    } catch (IllegalArgumentException e) {
      node.problem(e.getMessage());
      return null;
    }
  }

  /** The {@code data:} steps: each a list of words for {@code scalebench data}. */
  private static List<List<String>> data(SpecNode root) {
    List<List<String>> steps = new ArrayList<>();
    if (root.has("data")) {
      for (SpecNode step : root.get("data").elements()) {
        List<String> words = step.words("[names, --count, \"6000\", --out, data/names-6000]");
        if (!words.isEmpty()) {
          steps.add(words);
        }
      }
    }
    return steps;
  }

  /**
   * The {@code jars:} list of a spec or profile: paths of workload jars, relative to {@code baseDir}
   * (the folder of the file that names them). Whether each is a jar is checked where the workloads
   * are loaded, in one place for every way a jar arrives.
   */
  static List<Path> jars(SpecNode node, Path baseDir) {
    List<Path> out = new ArrayList<>();
    if (node.has("jars")) {
      for (String j : node.get("jars").scalars()) {
        if (j.isBlank()) {
          node.get("jars").problem("a jar path is blank");
        } else {
          out.add(baseDir.resolve(j.strip()).toAbsolutePath().normalize());
        }
      }
    }
    return out;
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

  private static WeakRule weak(SpecNode root, Scaling scaling, List<StudyVariant> variants) {
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
        growth.put(k, EnumText.parse(WeakRule.Growth.class, g, "growth"));
      } catch (BadInputException e) {
        v.problem("expected " + EnumText.choices(WeakRule.Growth.class) + ", got '" + g + "'");
        return;
      }
      for (StudyVariant variant : variants) {
        Map<String, List<String>> params = variant.params();
        String of = variant.name() == null ? "" : " of variant " + variant.name();
        List<String> values = params.get(k);
        if (values == null) {
          v.problem("weak scaling grows '" + k + "' but " + (of.isEmpty() ? "params does" : "the params" + of + " do")
              + " not set it"
              + Suggest.closest(k, params.keySet()));
        } else {
          for (String x : values) {
            if (!x.strip().matches("\\d+")) {
              v.problem("weak scaling grows '" + k + "' but its value '" + x + "'" + of + " is not a whole number");
            }
          }
        }
      }
    });
    if (growth.isEmpty() && root.problems().isEmpty()) {
      w.problem("name at least one parameter that grows with the rank count");
    }
    return new WeakRule(growth);
  }
}
