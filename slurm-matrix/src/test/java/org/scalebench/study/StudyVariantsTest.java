package org.scalebench.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.results.BadInputException;

/** Schema 2 specs: variants over one matrix, exec commands with placeholders, data steps, and their mistakes. */
class StudyVariantsTest {
  @TempDir Path dir;

  private static final String MATRIX = """
      matrix: {nodes: 1, ntasksPerNode: [1, 2]}
      profile: {coresPerNode: 4, launch: mpirun}
      """;

  @Test
  void variantsShareTheStudysParamsAndExpandOverOneMatrix() throws IOException {
    StudySpec spec = StudyReader.read(SpecFiles.write(dir, """
        schemaVersion: 2
        study: seed
        data:
          - [names, --count, "300", --out, names]
        params: {threshold: 0.8}
        variants:
          java:
            workload: matching
            params: {left: "${studyDir}/names/left.txt", right: "${studyDir}/names/right.txt"}
          mpi4py:
            workload: exec
            command: [/usr/bin/python3, m.py, --threshold, "{{threshold}}", --left, names/left.txt]
            env: {PYTHONHASHSEED: "0"}
        """ + MATRIX));
    assertTrue(spec.hasVariants());
    assertEquals(List.of(List.of("names", "--count", "300", "--out", "names")), spec.data());
    assertEquals("java, mpi4py", spec.whatRuns());
    StudyVariant java = spec.variants().get(0);
    assertEquals(List.of(dir.toAbsolutePath().normalize() + "/names/left.txt"), java.params().get("left"));
    assertEquals(List.of("0.8"), java.params().get("threshold"));
    // the data step's files (run-study makes them before the points are checked)
    Files.createDirectories(dir.resolve("names"));
    Files.writeString(dir.resolve("names/left.txt"), "Anna\n");
    Files.writeString(dir.resolve("names/right.txt"), "Anne\n");
    List<Point> points = StudyMatrix.expand(spec);
    assertEquals(4, points.size());
    Point py = points.stream().filter(p -> "mpi4py".equals(p.variant()) && p.ranks() == 2).findFirst().orElseThrow();
    assertEquals(List.of("/usr/bin/python3", "m.py", "--threshold", "0.8", "--left", "names/left.txt"),
        py.exec().command());
    assertEquals(dir.toAbsolutePath().normalize().toString(), py.exec().workingDirectory());
    assertEquals(Map.of("PYTHONHASHSEED", "0"), py.exec().environment());
    assertTrue(py.id().startsWith("mpi4py-n1-t2-c1-"), py.id());
    assertTrue(points.stream().anyMatch(p -> p.id().startsWith("java-n1-t1-c1-")), points.toString());
  }

  @Test
  void eachMistakeIsNamed() throws IOException {
    for (String[] c : new String[][] {
        {"schemaVersion: 1\nstudy: s\nvariants: {a: {workload: hello}}\n", "'variants' needs schemaVersion: 2"},
        {"schemaVersion: 2\nstudy: s\nworkload: exec\n", "workload exec needs 'command'"},
        {"schemaVersion: 2\nstudy: s\nworkload: exec\ncommand: \"python3 prog.py\"\n",
            "command: expected a list of words"},
        {"schemaVersion: 2\nstudy: s\nworkload: hello\ncommand: [x]\n", "'command' is for workload exec, not hello"},
        {"schemaVersion: 2\nstudy: s\nworkload: hello\nvariants: {a: {workload: hello}}\n",
            "with variants, 'workload' belongs to each variant"},
        {"schemaVersion: 2\nstudy: s\nvariants: {a: {workload: hello, comand: [x]}}\n", "unknown key 'variants.a.comand'"},
        {"schemaVersion: 2\nstudy: s\nvariants: {\"a b\": {workload: hello}}\n", "the variant name 'a b' must be"},
    }) {
      BadInputException e = assertThrows(BadInputException.class,
          () -> StudyReader.read(SpecFiles.write(dir, c[0] + MATRIX)), c[0]);
      assertTrue(e.getMessage().contains(c[1]), c[0] + " -> " + e.getMessage());
    }
  }

  @Test
  void aPlaceholderWithoutItsParameterIsReportedWithThePoint() throws IOException {
    StudySpec spec = StudyReader.read(SpecFiles.write(dir, """
        schemaVersion: 2
        study: s
        workload: exec
        command: [prog, "{{size}}"]
        """ + MATRIX));
    BadInputException e = assertThrows(BadInputException.class, () -> StudyMatrix.expand(spec));
    assertTrue(e.getMessage().contains("command[1] '{{size}}' names {{size}}, which is not a parameter"), e.getMessage());
  }
}
