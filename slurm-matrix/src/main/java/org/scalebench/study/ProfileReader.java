package org.scalebench.study;

import org.scalebench.results.BadInputException;
import org.scalebench.results.EnumText;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.scalebench.results.Names;

/**
 * Reads cluster profiles: a named or path reference ({@link ProfileLocator}) or an inline mapping,
 * which may {@code extends:} another profile and override some of its keys; merges the chain and
 * checks every value that ends up in a generated script.
 */
public final class ProfileReader {
  static final Set<String> PROFILE_KEYS = Set.of("schemaVersion", "name", "extends", "account", "partition", "qos",
      "time", "coresPerNode", "memoryPerNodeMb", "maxNodes", "modules", "launch", "sbatch", "env", "java", "jar",
      "rankHeapMb", "oversubscribe", "maxArraySize", "mpi", "transport", "jars");

  private ProfileReader() {}

  /** Reads a profile file on its own (e.g. to list or check it). */
  public static ClusterProfile read(Path file) throws IOException {
    Path abs = file.toAbsolutePath().normalize();
    Problems problems = new Problems(file.toString());
    ClusterProfile p = profile(new SpecNode(YamlFiles.read(abs), "", problems), abs.getParent(), 0);
    problems.throwIfAny();
    return p;
  }

  static ClusterProfile profile(SpecNode node, Path baseDir, int depth) throws IOException {
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
      ProfileSource source = ProfileLocator.locate(node, baseDir);
      if (source == null) {
        return null;
      }
      String where = source.isBuiltIn() ? source.label() : source.file().getFileName().toString();
      SpecNode loaded = new SpecNode(source.read(), where, node.problems());
      return profileFromMapping(loaded, source.baseDir(), source.stem(), depth);
    }
    return profileFromMapping(node, baseDir, "inline", depth);
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
    if (node.has("jars")) {
      // made absolute here, relative to the file that names them, before a profile extending this one merges
      var absolute = JsonNodeFactory.instance.arrayNode();
      StudyReader.jars(node, baseDir).forEach(j -> absolute.add(j.toString()));
      merged.set("jars", absolute);
    }
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
    Duration time = p.has("time") ? p.get("time").duration() : null;
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
    check(p, "rankHeapMb", ClusterProfile.rankHeapProblem(heap));
    MpiImplementation mpi = choice(p, "mpi", MpiImplementation.class, MpiImplementation.OPENMPI);
    TransportChoice transport = choice(p, "transport", TransportChoice.class, TransportChoice.AUTO);
    if (mpi == MpiImplementation.MPICH && transport == TransportChoice.JNI) {
      check(p, "transport", "jni is the Open MPI Java bindings, which cannot run on MPICH; use ffm or auto");
    }
    if (!p.problems().isEmpty() || launch == null || cores < 1) {
      return null;
    }
    try {
      return new ClusterProfile(name, account, partition, qos, time, cores, memory, maxNodes, modules, launch,
          sbatch, env, java, jar, heap, oversubscribe, maxArraySize,
          StudyReader.jars(p, Path.of("/")), // absolute already: profileFromMapping resolved them
          mpi, transport);
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

  /** The constant {@code key} names, {@code fallback} when absent; a bad value is a problem on its node. */
  private static <E extends Enum<E>> E choice(SpecNode p, String key, Class<E> type, E fallback) {
    if (!p.has(key)) {
      return fallback;
    }
    String text = p.get(key).scalar();
    try {
      return EnumText.parse(type, text, key);
    } catch (BadInputException e) {
      p.get(key).problem("expected " + EnumText.choices(type) + ", got '" + text + "'");
      return fallback;
    }
  }
}
