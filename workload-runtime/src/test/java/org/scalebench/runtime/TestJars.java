package org.scalebench.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Jars of workloads compiled for a test, as a user's build would make them (but in-process, with javac). */
final class TestJars {
  private TestJars() {}

  /**
   * Compiles {@code sources} (class name to source text) against this test's class path and packs
   * the classes of {@code keep} (all when null) with {@code services} as the workload listing.
   */
  static Path jar(Path dir, String name, Map<String, String> sources, List<String> keep, String services)
      throws IOException {
    Path src = Files.createDirectories(dir.resolve(name + "-src"));
    Path classes = Files.createDirectories(dir.resolve(name + "-classes"));
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
        System.getProperty("java.class.path"), "-proc:none", "-nowarn"));
    for (Map.Entry<String, String> e : sources.entrySet()) {
      Path f = src.resolve(e.getKey().replace('.', '/') + ".java");
      Files.createDirectories(f.getParent());
      Files.writeString(f, e.getValue());
      args.add(f.toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac.run(null, null, null, args.toArray(String[]::new)) != 0) {
      throw new IllegalStateException("the test's workload sources do not compile");
    }
    Path jar = dir.resolve(name + ".jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String entry = classes.relativize(f).toString().replace('\\', '/');
        String className = entry.replaceFirst("\\.class$", "").replace('/', '.').replaceFirst("\\$.*", "");
        if (keep == null || keep.contains(className)) {
          out.putNextEntry(new JarEntry(entry));
          Files.copy(f, out);
          out.closeEntry();
        }
      }
      if (services != null) {
        out.putNextEntry(new JarEntry(WorkloadJar.SERVICES));
        out.write(services.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return jar;
  }

  /** The source of a workload class {@code pkg.Name} called {@code workload}, with {@code extra} in its body. */
  static String workload(String className, String workload, String annotation, String extra) {
    int dot = className.lastIndexOf('.');
    return "package " + className.substring(0, dot) + ";\n"
        + "import java.util.List;\n"
        + "import org.scalebench.api.*;\n"
        + annotation + "\n"
        + "public final class " + className.substring(dot + 1) + " implements Workload {\n"
        + "  public String name() { return \"" + workload + "\"; }\n"
        + "  public String summary() { return \"a test workload\"; }\n"
        + "  public List<ParamDef> params() { return List.of(ParamDef.longIn(\"n\", 3, 1, 9, \"a number\")); }\n"
        + "  public void run(RankContext c) {}\n"
        + extra
        + "}\n";
  }

  static final String CURRENT = "@ApiVersion(WorkloadApi.VERSION)";

}
