package org.scalebench.bench.study;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.scalebench.slurm.ScriptContext;
import org.scalebench.slurm.StudyGenerator;
import org.scalebench.study.Point;
import org.scalebench.study.StudyMatrix;
import org.scalebench.study.StudyReader;
import org.scalebench.study.StudySpec;

/**
 * Times reading, expanding and writing a 10,000-point study (100 values of {@code n} x 10 node
 * counts x 10 task counts, 1 repetition): spec parse + matrix expansion with every point validated;
 * the scripts in memory (a dry run); then on disk the job arrays (one per shape: 100 here) with
 * their runs tables, and the collect script. Plain main, not a unit test (the numbers are in slurm-matrix/README.md):
 * <pre>
 * java -cp cli/target/scalebench.jar:bench/target/classes \
 *   org.scalebench.bench.GenerateBenchmark /tmp/sb-gen [rounds]
 * </pre>
 */
public final class GenerateBenchmark {
  private GenerateBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args.length > 0 ? args[0] : "/tmp/sb-gen").toAbsolutePath();
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    StringBuilder ns = new StringBuilder();
    for (int i = 1; i <= 100; i++) {
      ns.append(i == 1 ? "" : ", ").append(1000 * i);
    }
    Files.createDirectories(work.resolve("profiles"));
    Files.writeString(work.resolve("profiles/big.yaml"), """
        coresPerNode: 128
        maxNodes: 64
        partition: cpu
        launch: srun --mpi=pmix
        modules: [env/release/2024.1]
        """);
    Path specFile = work.resolve("big.yaml");
    Files.writeString(specFile, """
        study: big
        workload: sum
        params: {n: [%s]}
        matrix: {nodes: "1..10", ntasksPerNode: "1..10", cpusPerTask: 1}
        profile: big
        """.formatted(ns));
    for (int r = 1; r <= rounds; r++) {
      Path store = work.resolve("store-" + r);
      long t0 = System.nanoTime();
      StudySpec spec = StudyReader.read(specFile);
      List<Point> points = StudyMatrix.expand(spec);
      long t1 = System.nanoTime();
      StudyGenerator gen = new StudyGenerator(spec, new ScriptContext(store, work.resolve("scalebench.jar"), "bench"));
      gen.generate(points, Set.of(), false);
      long t2 = System.nanoTime();
      StudyGenerator.Generated g = gen.generate(points, Set.of(), true);
      long t3 = System.nanoTime();
      System.out.printf(Locale.ROOT, "round %d: %d points, %d array scripts: read+expand %.3f s, scripts in memory %.3f s, "
          + "write %.3f s (read+expand+write %.3f s)%n", r, points.size(), g.arrays().size(), (t1 - t0) / 1e9,
          (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t1 - t0 + t3 - t2) / 1e9);
      delete(store);
    }
  }

  private static void delete(Path dir) throws Exception {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
