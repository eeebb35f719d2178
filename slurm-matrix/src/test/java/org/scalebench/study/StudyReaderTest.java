package org.scalebench.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.results.BadInputException;
import org.scalebench.results.Scaling;

class StudyReaderTest {
  @TempDir Path dir;

  @Test
  void readsEveryPartOfASpecWithAProfileByName() throws IOException {
    Path file = SpecFiles.write(dir, """
        schemaVersion: 1
        study: sum-strong
        workload: sum
        params:
          n: [1000, 2000]
        matrix:
          nodes: "1..2"
          ntasksPerNode: "1..4 x2"
          cpusPerTask: 1
          filter:
            minRanks: 2
            exclude:
              - {nodes: 2, ntasksPerNode: 4}
        scaling: strong
        repetitions: 3
        timeLimit: 90s
        barrier: false
        profile: cluster
        """);
    StudySpec spec = StudyReader.read(file);
    assertEquals("sum-strong", spec.name());
    assertEquals("sum", spec.variants().get(0).workload());
    assertEquals(Map.of("n", List.of("1000", "2000")), spec.variants().get(0).params());
    assertEquals(List.of(1, 2), spec.matrix().nodes());
    assertEquals(List.of(1, 2, 4), spec.matrix().tasksPerNode());
    assertEquals(List.of(1), spec.matrix().cpusPerTask());
    assertEquals(3, spec.repetitions());
    assertEquals(Duration.ofSeconds(90), spec.timeLimit());
    assertFalse(spec.barrier());
    ClusterProfile p = spec.profile();
    assertEquals("cluster", p.name());
    assertEquals("p200884", p.account());
    assertEquals(4, p.coresPerNode());
    assertEquals(List.of("module load env/release/2024.1", "module load OpenMPI/4.1.6-GCC-13.2.0"), p.modules());
    assertTrue(p.launch().isSrun());
    assertEquals(List.of("--exclusive"), p.sbatch());
    assertEquals("self,tcp", p.env().get("OMPI_MCA_btl"));
    // 2 params x (nodes 1: tasks 2, 4; nodes 2: tasks 1, 2) = 8 points
    List<Point> points = StudyMatrix.expand(spec);
    assertEquals(8, points.size());
    assertTrue(points.stream().noneMatch(pt -> pt.ranks() < 2 || (pt.nodes() == 2 && pt.tasksPerNode() == 4)));
  }

  @Test
  void unknownKeysAreErrorsWithTheClosestKeySuggestedAllAtOnce() throws IOException {
    Path file = SpecFiles.write(dir, """
        study: s
        workload: hello
        repetitons: 2
        matrix:
          nodes: 1
          ntaskPerNode: 2
        profile: cluster
        """);
    BadInputException e = assertThrows(BadInputException.class, () -> StudyReader.read(file));
    assertTrue(e.getMessage().contains("2 problems"), e.getMessage());
    assertTrue(e.getMessage().contains("unknown key 'repetitons' (did you mean 'repetitions'?)"), e.getMessage());
    assertTrue(e.getMessage().contains("unknown key 'matrix.ntaskPerNode' (did you mean 'ntasksPerNode'?)"),
        e.getMessage());
  }

  @Test
  void unknownProfileKeysAndUnsafeValuesAreReported() throws IOException {
    Path file = SpecFiles.write(dir, """
        study: s
        workload: hello
        matrix: {nodes: 1}
        profile:
          coresPerNode: 4
          launch: srun --mpi=pmix
          partiton: cpu
          account: "p1; rm -rf /"
        """);
    BadInputException e = assertThrows(BadInputException.class, () -> StudyReader.read(file));
    assertTrue(e.getMessage().contains("did you mean 'partition'?"), e.getMessage());
    assertTrue(e.getMessage().contains("profile.account: account 'p1; rm -rf /' may only contain"), e.getMessage());
  }

  @Test
  void anInlineProfileExtendsANamedOneAndOverridesKeys() throws IOException {
    Path file = SpecFiles.write(dir, """
        study: s
        workload: hello
        matrix: {nodes: [1, 2], ntasksPerNode: 4}
        profile:
          extends: cluster
          qos: long
          launch: mpirun
        """);
    ClusterProfile p = StudyReader.read(file).profile();
    assertEquals("cluster", p.name());
    assertEquals("long", p.qos());
    assertEquals("cpu", p.partition());
    assertFalse(p.launch().isSrun());
    assertEquals(Duration.ofMinutes(30), StudyReader.read(file).timeLimit()); // from the profile's time
  }

  /** A chain keeps every level's keys; a parent given inline is a mapping, not a file to look up. */
  @Test
  void profilesExtendThroughSeveralLevelsAndInline() throws IOException {
    Path file = SpecFiles.write(dir, """
        study: s
        workload: hello
        matrix: {nodes: 1}
        profile:
          extends: mid
          qos: long
        """);
    Files.writeString(dir.resolve("profiles").resolve("mid.yaml"), "extends: cluster\npartition: gpu\n");
    ClusterProfile p = StudyReader.read(file).profile();
    assertEquals("long", p.qos());
    assertEquals("gpu", p.partition());
    assertEquals("p200884", p.account(), "the grandparent's keys stay");
    assertEquals(4, p.coresPerNode());

    Path inline = SpecFiles.write(dir, """
        study: s
        workload: hello
        matrix: {nodes: 1}
        profile:
          extends: {coresPerNode: 8, launch: mpirun}
          qos: long
        """);
    ClusterProfile q = StudyReader.read(inline).profile();
    assertEquals(8, q.coresPerNode());
    assertEquals("long", q.qos());
  }

  @Test
  void aMissingProfileNamesTheKnownOnes() throws IOException {
    Path file = SpecFiles.write(dir, """
        study: s
        workload: hello
        matrix: {nodes: 1}
        profile: clustr
        """);
    BadInputException e = assertThrows(BadInputException.class, () -> StudyReader.read(file));
    assertTrue(e.getMessage().contains("no profile 'clustr' (did you mean 'cluster'?)"), e.getMessage());
  }

  @Test
  void theShippedLocalProfileServesASpecAnywhereOnDisk() throws IOException {
    Path elsewhere = Files.createDirectories(dir.resolve("far/away"));
    Path file = elsewhere.resolve("study.yaml");
    Files.writeString(file, """
        study: s
        workload: hello
        matrix: {nodes: 1}
        profile: local
        """);
    ClusterProfile p = StudyReader.read(file).profile();
    assertEquals("local", p.name());
    assertEquals(Runtime.getRuntime().availableProcessors(), p.coresPerNode());
    assertTrue(p.oversubscribe());
  }

  @Test
  void aProfileFileOnDiskWinsOverTheShippedOneOfTheSameName() throws IOException {
    Path profiles = Files.createDirectories(dir.resolve("site/profiles"));
    Files.writeString(profiles.resolve("local.yaml"), "name: local\ncoresPerNode: 3\nlaunch: mpirun\n");
    Path file = dir.resolve("site/study.yaml");
    Files.writeString(file, "study: s\nworkload: hello\nmatrix: {nodes: 1}\nprofile: local\n");
    assertEquals(3, StudyReader.read(file).profile().coresPerNode());
  }

  @Test
  void aMissingProfileListsTheShippedOnesToo() throws IOException {
    Path file = dir.resolve("alone.yaml");
    Files.writeString(file, "study: s\nworkload: hello\nmatrix: {nodes: 1}\nprofile: locl\n");
    BadInputException e = assertThrows(BadInputException.class, () -> StudyReader.read(file));
    assertTrue(e.getMessage().contains("no profile 'locl' (did you mean 'local'?)"), e.getMessage());
  }

  @Test
  void rangesAndBadRanges() throws IOException {
    Path file = SpecFiles.write(dir, """
        study: s
        workload: hello
        matrix:
          nodes: "1..128 x2"
          ntasksPerNode: "2..10 +4"
          cpusPerTask: [1, 3, "4..5"]
        profile: {coresPerNode: 1000, launch: mpirun}
        """);
    MatrixSpec m = StudyReader.read(file).matrix();
    assertEquals(List.of(1, 2, 4, 8, 16, 32, 64, 128), m.nodes());
    assertEquals(List.of(2, 6, 10), m.tasksPerNode());
    assertEquals(List.of(1, 3, 4, 5), m.cpusPerTask());

    Path bad = SpecFiles.write(dir, """
        study: s
        workload: hello
        matrix:
          nodes: "8..1"
          ntasksPerNode: "1..4 x1"
          cpusPerTask: 0
        profile: {coresPerNode: 4, launch: mpirun}
        """);
    BadInputException e = assertThrows(BadInputException.class, () -> StudyReader.read(bad));
    assertTrue(e.getMessage().contains("3 problems"), e.getMessage());
  }

  @Test
  void weakScalingNeedsRulesOverWholeNumberParameters() throws IOException {
    Path file = SpecFiles.write(dir, """
        study: s
        workload: sum
        params: {n: 1000}
        matrix: {ntasksPerNode: [1, 2, 4]}
        scaling: weak
        weak: {n: linear}
        profile: {coresPerNode: 4, launch: mpirun}
        """);
    StudySpec spec = StudyReader.read(file);
    assertEquals(Scaling.WEAK, spec.scaling());
    List<String> ns = StudyMatrix.expand(spec).stream().map(p -> p.params().get("n")).toList();
    assertEquals(List.of("1000", "2000", "4000"), ns);

    Path bad = SpecFiles.write(dir, """
        study: s
        workload: sum
        params: {n: 1000}
        matrix: {ntasksPerNode: [1, 2]}
        scaling: weak
        weak: {m: cubic}
        profile: {coresPerNode: 4, launch: mpirun}
        """);
    BadInputException e = assertThrows(BadInputException.class, () -> StudyReader.read(bad));
    assertTrue(e.getMessage().contains("expected linear | sqrt, got 'cubic'"), e.getMessage());
  }

  @Test
  void yamlSyntaxErrorsAndDuplicateKeysNameTheFile() throws IOException {
    Path file = SpecFiles.write(dir, "study: s\nstudy: t\nworkload: hello\n");
    BadInputException e = assertThrows(BadInputException.class, () -> StudyReader.read(file));
    assertTrue(e.getMessage().contains("study.yaml") && e.getMessage().contains("Duplicate"), e.getMessage());
    assertThrows(BadInputException.class, () -> StudyReader.read(dir.resolve("none.yaml")));
  }

  @Test
  void timeLimits() {
    assertEquals(Duration.ofMinutes(10), TimeLimit.parse("10"));
    assertEquals(Duration.ofSeconds(90), TimeLimit.parse("90s"));
    assertEquals(Duration.ofHours(2), TimeLimit.parse("2h"));
    assertEquals(Duration.ofMinutes(5).plusSeconds(3), TimeLimit.parse("05:03"));
    assertEquals(Duration.ofHours(1).plusMinutes(2).plusSeconds(3), TimeLimit.parse("01:02:03"));
    assertEquals(Duration.ofDays(1).plusHours(1), TimeLimit.parse("1-01:00:00"));
    assertNull(TimeLimit.parse("0"));
    assertNull(TimeLimit.parse("soon"));
    assertEquals("0-01:30:00", TimeLimit.slurm(Duration.ofMinutes(90)));
    assertEquals("2-00:00:01", TimeLimit.slurm(Duration.ofDays(2).plusMillis(1)));
  }

  /** The specs shipped in studies/ read and expand without a problem. */
  @Test
  void shippedSpecsAreValid() throws IOException {
    Path studies = Path.of("..", "studies");
    List<Path> specs;
    try (Stream<Path> walk = Files.walk(studies)) {
      specs = walk.filter(p -> p.toString().endsWith(".yaml") && !p.getParent().endsWith("profiles")).sorted()
          .toList();
    }
    assertTrue(specs.size() >= 5, "specs found: " + specs);
    for (Path p : specs) {
      StudySpec spec = StudyReader.read(p);
      if (!spec.data().isEmpty()) {
        // its inputs come from its data steps when it runs: a copy elsewhere, with small inputs made alike
        Path copy = Files.createDirectories(dir.resolve(spec.name())).resolve(p.getFileName());
        Files.copy(p, copy);
        for (List<String> step : spec.data()) {
          makeSmallInputs(step, copy.getParent());
        }
        spec = StudyReader.read(copy);
      }
      assertFalse(StudyMatrix.expand(spec).isEmpty(), p.toString());
    }
    assertEquals(128, ProfileReader.read(studies.resolve("profiles/meluxina.yaml")).coresPerNode());
    assertTrue(ProfileReader.read(studies.resolve("profiles/local.yaml")).oversubscribe());
  }

  /** What {@code scalebench data names|credit ... --out X} of a spec's data step writes, at a small size. */
  private static void makeSmallInputs(List<String> step, Path specDir) throws IOException {
    Path out = specDir.resolve(step.get(step.indexOf("--out") + 1));
    switch (step.get(0)) {
      case "names" -> org.scalebench.workloads.inputs.GeneratedInputs.ensure(
          new org.scalebench.workloads.inputs.NameListFiles(out, 50, 50, 1), false);
      case "credit" -> org.scalebench.workloads.inputs.GeneratedInputs.ensure(
          new org.scalebench.workloads.inputs.CreditDataFile(out, 200, 1), false);
      default -> throw new AssertionError("a data step this test does not know: " + step);
    }
  }

  @Test
  void workloadJarsAreRelativeToTheFileThatNamesThem() throws IOException {
    Files.createDirectories(dir.resolve("profiles"));
    Files.writeString(dir.resolve("profiles").resolve("base.yaml"), "coresPerNode: 4\nlaunch: mpirun\njars: [lib/a.jar]\n");
    Files.writeString(dir.resolve("profiles").resolve("mid.yaml"), "extends: base\npartition: gpu\n");
    Path spec = SpecFiles.write(dir.resolve("s"), """
        study: s
        workload: sum
        matrix: {nodes: 1}
        jars: [../jars/b.jar, /abs/c.jar]
        profile:
          extends: %s
        """.formatted(dir.resolve("profiles").resolve("mid.yaml")));
    StudySpec read = StudyReader.read(spec);
    assertEquals(List.of(dir.resolve("profiles/lib/a.jar").toAbsolutePath(), dir.resolve("jars/b.jar").toAbsolutePath(),
        Path.of("/abs/c.jar")), read.jars(), "the profile's first, each relative to its own file");
    assertEquals(List.of(dir.resolve("profiles/lib/a.jar").toAbsolutePath()), read.profile().jars());
    assertEquals(4, read.withJars(List.of(Path.of("/abs/c.jar"), Path.of("/abs/d.jar"))).jars().size(),
        "a jar given again counts once");
  }

  @Test
  void aStudyWhoseJarDoesNotExistStopsBeforeItsMatrixIsExpanded() throws IOException {
    Path spec = SpecFiles.write(dir, """
        study: s
        workload: jacobi
        matrix: {nodes: 1}
        jars: [target/jacobi.jar]
        profile: cluster
        """);
    StudySpec read = StudyReader.read(spec);
    BadInputException e = assertThrows(BadInputException.class, () -> StudyMatrix.expand(read));
    assertEquals(spec + ": workload jar " + dir.resolve("target/jacobi.jar").toAbsolutePath() + " does not exist",
        e.getMessage());
  }
}
