package org.scalebench.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scalebench.results.RunMetadata;

/**
 * The FFM transport against the Open MPI Java bindings under real mpirun: every built-in workload
 * writes the same output on both (the columns that do not hold times), run.json records the
 * transport and the library; on MPICH the FFM transport runs hello, sum, pingpong and matching at 2
 * and 4 ranks; the bindings on MPICH are refused in one sentence.
 */
class TransportsIT {
  @TempDir Path dir;

  @BeforeAll
  static void theJarHasTheFfmTransport() throws IOException {
    try (ZipFile jar = new ZipFile(Cli.jar().toFile())) {
      Assumptions.assumeTrue(jar.getEntry("org/scalebench/transport/ffm/FfmRankMpi.class") != null,
          "this build has no FFM transport (-DskipFfm)");
    }
  }

  /** workload, ranks, parameters (space-separated), output file, the CSV columns compared (1-based, or all). */
  @ParameterizedTest(name = "{0} on {1} ranks")
  @CsvSource(delimiter = '|', value = {
      "hello|2||hello.csv|all",
      "p2p|4||p2p.csv|all",
      "sum|4|n=100000|sum.csv|all",
      "matching|2|generate=700|pairs.csv|all",
      "matching|4|generate=700 strategy=broadcast|pairs.csv|all",
      "gridsearch|2|rows=600 grid=max_depth=2,3;eta=0.3;rounds=3 scheduling=static|grid.csv|1-15",
      "objects-vs-buffers|2|sizes=1000,20000 repetitions=1 validate=true|objects-vs-buffers.csv|1-5",
      "pingpong|2|max-bytes=65536 iterations=20 warmup=2 large-iterations=5 large-warmup=1 bw-iterations=5 bw-warmup=1 "
          + "bw-large-iterations=2 bw-large-warmup=1 jvm-warmup=10 validate=true|latency.csv|1-4",
      "collectives|4|max-bytes=4096 iterations=10 warmup=2 validate=true|collectives.csv|1-6"})
  void bothTransportsWriteTheSameOutput(String workload, int ranks, String params, String file, String columns)
      throws Exception {
    Path jni = run(workload, ranks, params, "openmpi", "jni");
    Path ffm = run(workload, ranks, params, "openmpi", "ffm");
    assertEquals(columns(jni.resolve("output").resolve(file), columns), columns(ffm.resolve("output").resolve(file),
        columns), workload + " " + file + " differs between the transports");
    assertEquals("jni", RunMetadata.read(jni).launch().transport());
    RunMetadata m = RunMetadata.read(ffm);
    assertEquals("ffm", m.launch().transport());
    assertTrue(m.mpiVersion().startsWith("Open MPI"), m.mpiVersion());
  }

  @ParameterizedTest(name = "{0} on {1} ranks of MPICH")
  @CsvSource(delimiter = '|', value = {"hello|2|", "hello|4|", "sum|2|n=100000", "sum|4|n=100000",
      "pingpong|2|max-bytes=65536 iterations=20 warmup=2 large-iterations=5 large-warmup=1 bw-iterations=5 "
          + "bw-warmup=1 bw-large-iterations=2 bw-large-warmup=1 jvm-warmup=10 validate=true",
      "pingpong|4|max-bytes=4096 iterations=20 warmup=2 bw-iterations=5 bw-warmup=1 jvm-warmup=10 validate=true",
      "matching|2|generate=700", "matching|4|generate=700"})
  void mpichRunsOnTheFfmTransport(String workload, int ranks, String params) throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/mpirun.mpich")), "MPICH is not installed");
    Path run = run(workload, ranks, params, "mpich", "auto");
    RunMetadata m = RunMetadata.read(run);
    assertEquals("ffm", m.launch().transport(), "auto picks ffm on MPICH");
    assertTrue(m.mpiVersion().startsWith("MPICH"), m.mpiVersion());
    if (workload.equals("matching")) {
      Path reference = run(workload, ranks, params, "openmpi", "jni");
      assertEquals(Files.readString(reference.resolve("output/pairs.csv")), Files.readString(run.resolve("output/pairs.csv")));
    }
  }

  @Test
  void theBindingsOnMpichAreRefusedInOneSentence() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/mpirun.mpich")), "MPICH is not installed");
    Cli.Result r = Cli.run("run", "--workload", "hello", "--mpi", "mpich", "--transport", "jni", "--out",
        dir.resolve("store").toString());
    assertEquals(2, r.exit(), r.toString());
    assertEquals("scalebench: transport jni is the Open MPI Java bindings, which cannot run on MPICH; use "
        + "--transport ffm (or auto)", r.err().strip());
  }

  /** A site without mpi.jar: the jar without the bindings' classes picks ffm by itself and runs the workloads. */
  @Test
  void aBuildWithoutTheBindingsRunsOnFfm() throws Exception {
    Path jar = dir.resolve("scalebench-without-mpi.jar");
    try (ZipFile in = new ZipFile(Cli.jar().toFile());
        java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
      for (var e : java.util.Collections.list(in.entries())) {
        if (e.getName().startsWith("mpi/")) {
          continue;
        }
        out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        try (var data = in.getInputStream(e)) {
          data.transferTo(out);
        }
        out.closeEntry();
      }
    }
    for (List<String> w : List.of(List.of("hello"), List.of("sum", "n=1000"), List.of("matching", "generate=500"))) {
      Path store = dir.resolve("no-mpi-jar-" + w.get(0));
      List<String> args = new ArrayList<>(List.of("run", "--workload", w.get(0), "--ranks", "2", "--out",
          store.toString()));
      w.stream().skip(1).forEach(p -> args.addAll(List.of("--param", p)));
      Cli.Result r = Cli.runJar(jar, java.util.Map.of(), args.toArray(String[]::new));
      assertEquals(0, r.exit(), r.toString());
      try (Stream<Path> runs = Files.find(store, 4, (p, a) -> p.getFileName().toString().equals("run.json"))) {
        assertEquals("ffm", RunMetadata.read(runs.findFirst().orElseThrow().getParent()).launch().transport());
      }
    }
    Cli.Result jni = Cli.runJar(jar, java.util.Map.of(), "run", "--workload", "hello", "--transport", "jni", "--out",
        dir.resolve("no-mpi-jar-jni").toString());
    assertEquals(2, jni.exit(), jni.toString());
    assertTrue(jni.err().contains("the Open MPI Java bindings (mpi.jar) are not in this build"), jni.err());
  }

  private Path run(String workload, int ranks, String params, String mpi, String transport) throws Exception {
    Path store = dir.resolve(mpi + "-" + transport + "-" + workload + "-" + ranks);
    List<String> args = new ArrayList<>(List.of("run", "--workload", workload, "--ranks", Integer.toString(ranks),
        "--mpi", mpi, "--transport", transport, "--out", store.toString()));
    if (params != null && !params.isBlank()) {
      for (String p : params.strip().split(" ")) {
        args.add("--param");
        args.add(p);
      }
    }
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertEquals(0, r.exit(), r.toString());
    try (Stream<Path> runs = Files.find(store, 4, (p, a) -> p.getFileName().toString().equals("run.json"))) {
      return runs.findFirst().orElseThrow().getParent();
    }
  }

  private static List<String> columns(Path csv, String columns) throws IOException {
    List<String> lines = Files.readAllLines(csv);
    if (columns.equals("all")) {
      return lines;
    }
    String[] range = columns.split("-");
    int from = Integer.parseInt(range[0]) - 1;
    int to = Integer.parseInt(range[1]);
    return lines.stream().map(l -> Arrays.stream(l.split(",", -1)).skip(from).limit(to - from)
        .collect(Collectors.joining(","))).toList();
  }
}
