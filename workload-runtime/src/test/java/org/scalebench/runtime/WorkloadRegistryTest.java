package org.scalebench.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scalebench.runtime.TestJars.CURRENT;
import static org.scalebench.runtime.TestJars.workload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.results.BadInputException;

/** Discovery of user jars, and one sentence for every way a jar can be wrong, before anything launches. */
class WorkloadRegistryTest {
  @TempDir Path dir;

  private Path jar(String name, String className, String workload, String annotation) throws IOException {
    return TestJars.jar(dir, name, Map.of(className, workload(className, workload, annotation, "")), null,
        className + "\n");
  }

  private String problem(List<Path> jars) {
    return assertThrows(BadInputException.class, () -> WorkloadRegistry.withJars(jars)).getMessage();
  }

  @Test
  void aUserJarAddsItsWorkloadWithTheJarAsOrigin() throws IOException {
    Path jar = jar("mine", "com.example.Mine", "mine", CURRENT);
    WorkloadRegistry r = WorkloadRegistry.withJars(List.of(jar, dir.resolve("./mine.jar")));
    assertEquals(List.of(jar.toAbsolutePath().normalize()), r.jars(), "a jar given twice counts once");
    WorkloadRegistry.Found mine = r.all().stream().filter(f -> f.workload().name().equals("mine")).findFirst()
        .orElseThrow();
    assertEquals(jar.toAbsolutePath().normalize().toString(), mine.origin());
    assertEquals("com.example.Mine", r.byName("mine").getClass().getName());
    WorkloadRegistry.Found builtIn = r.all().stream().filter(f -> f.workload().name().equals("comm-check"))
        .findFirst().orElseThrow();
    assertEquals(WorkloadRegistry.BUILT_IN, builtIn.origin());
    assertEquals(WorkloadRegistry.onClassPath().all().size() + 1, r.all().size());
  }

  @Test
  void aMissingJarIsOneSentence() {
    Path missing = dir.resolve("nope.jar");
    assertEquals("workload jar " + missing + " does not exist", problem(List.of(missing)));
  }

  @Test
  void aFolderOrAFileThatIsNoJarIsOneSentence() throws IOException {
    assertTrue(problem(List.of(dir)).startsWith("workload jar " + dir + " is a folder, not a jar"));
    Path text = Files.writeString(dir.resolve("notes.jar"), "not a zip");
    assertTrue(problem(List.of(text)).startsWith("workload jar " + text + " is not a jar (not a zip archive"),
        problem(List.of(text)));
  }

  @Test
  void aJarPathWithTheClassPathSeparatorIsRefused() throws IOException {
    Path odd = Files.createDirectories(dir.resolve("a:b")).resolve("x.jar");
    assertEquals("workload jar " + odd + " has a ':' in its path, which a Java class path cannot carry; move or "
        + "link it to a path without one", problem(List.of(odd)));
  }

  @Test
  void aListedClassThatIsNotInTheJarIsNamedWithItsJar() throws IOException {
    Path jar = TestJars.jar(dir, "empty", Map.of("com.example.Other", "package com.example; public class Other {}"),
        null, "# the workloads\ncom.example.Gone\n");
    assertEquals("workload jar " + jar + " lists com.example.Gone (in META-INF/services/org.scalebench.api.Workload), "
        + "but no jar has that class", problem(List.of(jar)));
  }

  @Test
  void aWorkloadWhoseDependencyIsMissingIsNamedWithTheMissingClass() throws IOException {
    Map<String, String> sources = Map.of(
        "com.example.Helper", "package com.example; public class Helper { public static String name() { return \"x\"; } }",
        "com.example.NeedsHelper", workload("com.example.NeedsHelper", "needs", CURRENT,
            "  private final String helper = Helper.name();\n"));
    Path jar = TestJars.jar(dir, "needs", sources, List.of("com.example.NeedsHelper"), "com.example.NeedsHelper\n");
    String p = problem(List.of(jar));
    assertTrue(p.startsWith("workload com.example.NeedsHelper of workload jar " + jar + " could not be made: it needs "
        + "class com.example.Helper, which none of the jars has"), p);
  }

  @Test
  void aListedClassThatIsNoWorkloadIsRefused() throws IOException {
    Path jar = TestJars.jar(dir, "other", Map.of("com.example.Other", "package com.example; public class Other {}"),
        null, "com.example.Other\n");
    assertEquals("workload jar " + jar + " lists com.example.Other (in META-INF/services/org.scalebench.api.Workload), "
        + "but it does not implement org.scalebench.api.Workload", problem(List.of(jar)));
  }

  @Test
  void aWorkloadWithoutItsApiVersionIsRefused() throws IOException {
    Path jar = jar("plain", "com.example.Plain", "plain", "");
    assertEquals("workload com.example.Plain of workload jar " + jar + " does not say which workload API it was "
        + "compiled against: annotate the class with @ApiVersion(WorkloadApi.VERSION)", problem(List.of(jar)));
  }

  @Test
  void aWorkloadOfAnotherApiVersionIsRefused() throws IOException {
    Path jar = jar("future", "com.example.Future", "future", "@ApiVersion(\"2.0\")");
    assertEquals("workload com.example.Future of workload jar " + jar + " cannot run here: it was compiled against "
        + "workload API 2.0, and this scalebench implements 1.0 (another major version); rebuild it against "
        + "org.scalebench:workload-api:1.0", problem(List.of(jar)));
  }

  @Test
  void twoWorkloadsWithOneNameNameBothOrigins() throws IOException {
    Path clash = jar("clash", "com.example.Clash", "comm-check", CURRENT);
    assertEquals("two workloads are called 'comm-check': org.scalebench.api.mpi.CommCheckWorkload (built-in) and "
        + "com.example.Clash (" + clash + "); rename one or leave one jar out", problem(List.of(clash)));
    Path a = jar("a", "com.a.Same", "same", CURRENT);
    Path b = jar("b", "com.b.Same", "same", CURRENT);
    assertEquals("two workloads are called 'same': com.a.Same (" + a + ") and com.b.Same (" + b + "); rename one or "
        + "leave one jar out", problem(List.of(a, b)));
  }

  @Test
  void anUnknownNameSaysWhichJarListsNoWorkload() throws IOException {
    Path library = TestJars.jar(dir, "lib", Map.of("com.example.Lib", "package com.example; public class Lib {}"),
        null, null);
    WorkloadRegistry r = WorkloadRegistry.withJars(List.of(library));
    assertEquals(List.of(library), r.jarsWithoutWorkloads());
    assertEquals(List.of(library), r.jars(), "a library jar still goes on the ranks' class path");
    String p = assertThrows(BadInputException.class, () -> r.byName("jacobi")).getMessage();
    assertTrue(p.startsWith("unknown workload 'jacobi'; known workloads: "), p);
    assertTrue(p.endsWith("; workload jar " + library + " lists no workload (no "
        + "META-INF/services/org.scalebench.api.Workload)"), p);
  }
}
