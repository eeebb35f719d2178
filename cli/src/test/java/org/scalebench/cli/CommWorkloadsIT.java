package org.scalebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.results.PhaseKind;
import org.scalebench.results.RankRecord;
import org.scalebench.results.ResultStore;
import org.scalebench.results.StoredRun;

/**
 * The communication benchmarks through the shipped jar's command line with real {@code mpirun}, at
 * tiny sizes and iteration counts: the tables, the validation mode, the per-rank records, and the
 * bad inputs that must end in exit code 2 with one sentence.
 */
class CommWorkloadsIT {
  private static final Path JAR = Path.of(System.getProperty("scalebench.jar", "target/scalebench.jar"));

  @TempDir Path store;

  record Result(int exit, String stdout, String stderr) {}

  private Result cli(List<String> jvm, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvm);
    cmd.add("-jar");
    cmd.add(JAR.toString());
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile(store, "out", ".txt");
    Path err = Files.createTempFile(store, "err", ".txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      throw new AssertionError("scalebench " + String.join(" ", args) + " did not finish in 180 s");
    }
    return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private Result run(String workload, int ranks, String... params) throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(List.of("run", "--workload", workload, "--ranks", Integer.toString(ranks),
        "--out", store.toString(), "--study", "comm"));
    for (String p : params) {
      args.add("--param");
      args.add(p);
    }
    return cli(List.of(), args.toArray(String[]::new));
  }

  private StoredRun onlyRun(String workload, int ranks) throws IOException {
    List<StoredRun> runs = new ResultStore(store).study("comm").stream()
        .filter(r -> r.metadata() != null && r.metadata().launch().workload().equals(workload)
            && r.metadata().launch().ranks() == ranks).toList();
    assertEquals(1, runs.size(), "runs of " + workload + " x" + ranks + ": " + runs);
    assertTrue(runs.get(0).isComplete(), runs.get(0).problem());
    return runs.get(0);
  }

  private static List<String> rows(StoredRun run, String csv) throws IOException {
    List<String> lines = Files.readAllLines(run.outputDir().resolve(csv));
    assertTrue(lines.get(0).startsWith("schema_version,"), lines.get(0));
    return lines.subList(1, lines.size());
  }

  private static long commBytes(StoredRun run, int rank, String phase) {
    return run.records().stream().filter(r -> r.rank() == rank && r.phase().equals(phase)
        && r.kind() == PhaseKind.COMM).mapToLong(RankRecord::bytes).sum();
  }

  @Test
  void pingpongWritesLatencyAndBandwidthTablesAndValidates() throws Exception {
    Result r = run("pingpong", 2, "max-bytes=64", "iterations=5", "warmup=1", "large-iterations=2",
        "large-warmup=1", "bw-iterations=2", "bw-warmup=1", "bw-large-iterations=1", "bw-large-warmup=0",
        "window=4", "jvm-warmup=10", "validate=true");
    assertEquals(0, r.exit(), r.stderr());
    assertTrue(r.stdout().contains("one-way latency"), r.stdout());
    StoredRun run = onlyRun("pingpong", 2);
    List<String> latency = rows(run, "latency.csv");
    assertEquals(7 * 2, latency.size(), "7 sizes (1..64 B) x array, direct: " + latency);
    assertTrue(latency.contains(latency.stream().filter(l -> l.startsWith("1,8,direct,5,")).findFirst().orElse("-")));
    assertTrue(latency.stream().allMatch(l -> l.endsWith(",yes")), latency.toString());
    List<String> bandwidth = rows(run, "bandwidth.csv");
    assertEquals(7 * 3, bandwidth.size(), "bw for both kinds and bibw for direct: " + bandwidth);
    assertTrue(bandwidth.stream().anyMatch(l -> l.startsWith("1,64,direct,bibw,isend/irecv,4,")), bandwidth.toString());
    for (int rank = 0; rank < 2; rank++) {
      assertTrue(commBytes(run, rank, "latency-array") > 0, "rank " + rank);
      assertTrue(commBytes(run, rank, "bw-direct") > 0, "rank " + rank);
    }
  }

  @Test
  void collectivesOnFourRanksReportMinMeanMaxAndValidate() throws Exception {
    Result r = run("collectives", 4, "max-bytes=16", "iterations=3", "warmup=1", "validate=true", "buffer=both");
    assertEquals(0, r.exit(), r.stderr());
    StoredRun run = onlyRun("collectives", 4);
    List<String> rows = rows(run, "collectives.csv");
    // per kind: barrier 1 row, bcast/scatter/gather/alltoall 5 sizes (1..16 B), reduce/allreduce 3 (4..16 B)
    assertEquals(2 * (1 + 4 * 5 + 2 * 3), rows.size(), rows.toString());
    assertTrue(rows.stream().anyMatch(l -> l.startsWith("1,alltoall,16,array,4,3,")), rows.toString());
    assertTrue(rows.stream().allMatch(l -> l.endsWith(",yes")));
    for (String row : rows) {
      String[] c = row.split(",");
      double min = Double.parseDouble(c[6]);
      double mean = Double.parseDouble(c[7]);
      double max = Double.parseDouble(c[8]);
      assertTrue(min <= mean && mean <= max, row);
    }
    for (int rank = 0; rank < 4; rank++) {
      assertTrue(commBytes(run, rank, "alltoall-direct") > 0, "rank " + rank);
    }
  }

  @Test
  void arrayScatterAboveTheBindingsSixtyFourKibibytePoolDeliversItsData() throws Exception {
    // Open MPI 4.1.4's scatter drops array chunks above 64 KiB; the workload must work around it
    Result r = run("collectives", 2, "min-bytes=131072", "max-bytes=131072", "ops=scatter,gather", "buffer=array",
        "large-iterations=2", "large-warmup=0", "validate=true");
    assertEquals(0, r.exit(), r.stderr());
    assertEquals(2, rows(onlyRun("collectives", 2), "collectives.csv").size());
  }

  @Test
  void objectsVsBuffersAtTwoAndFourRanksWithAnUnevenSize() throws Exception {
    for (int ranks : new int[] {2, 4}) {
      Result r = run("objects-vs-buffers", ranks, "sizes=1000,1001,40000", "repetitions=1", "validate=true");
      assertEquals(0, r.exit(), r.stderr());
      StoredRun run = onlyRun("objects-vs-buffers", ranks);
      List<String> rows = rows(run, "objects-vs-buffers.csv");
      assertEquals(9, rows.size(), "3 sizes (the last with chunks above 64 KiB) x 3 forms: " + rows);
      assertTrue(rows.stream().anyMatch(l -> l.startsWith("1,1001," + ranks + ",objects,uneven")), rows.toString());
      assertTrue(rows.stream().anyMatch(l -> l.startsWith("1,1000," + ranks + ",array,even")), rows.toString());
      for (int rank = 0; rank < ranks; rank++) {
        for (String phase : List.of("bcast-objects", "scatter-array", "gather-direct")) {
          assertTrue(commBytes(run, rank, phase) > 0, phase + " at rank " + rank);
        }
        int rk = rank;
        assertTrue(run.records().stream().anyMatch(x -> x.rank() == rk && x.phase().equals("square-objects")
            && x.kind() == PhaseKind.COMPUTE), "compute record at rank " + rank);
      }
    }
  }

  @Test
  void badInputExitsTwoWithOneSentence() throws Exception {
    assertBad(run("pingpong", 1), "workload pingpong needs at least 2 ranks, got 1");
    assertBad(run("pingpong", 2, "window=0"),
        "parameter window='0' of workload pingpong is out of range: must be between 1 and 1024");
    assertBad(run("pingpong", 2, "min-bytes=0"), "parameter min-bytes='0' of workload pingpong is out of range");
    assertBad(run("collectives", 2, "min-bytes=64", "max-bytes=8"), "min-bytes=64 is larger than max-bytes=8");
    assertBad(run("objects-vs-buffers", 2, "sizes=1000,-1"), "has -1: sizes must be positive");
    Result heap = cli(List.of("-Xmx256m"), "run", "--workload", "pingpong", "--ranks", "2", "--out", store.toString(),
        "--param", "max-bytes=268435456");
    assertBad(heap, "max-bytes=268435456 with buffer=both (a send and a receive buffer of 268435456 bytes per kind)"
        + " needs about 1024 MiB of memory");
    assertTrue(!Files.exists(store.resolve("comm")), "bad input launches nothing");
  }

  private static void assertBad(Result r, String sentence) {
    assertEquals(2, r.exit(), r.stdout() + r.stderr());
    assertTrue(r.stderr().contains(sentence), r.stderr());
    assertTrue(!r.stderr().contains("\tat "), "no stack trace: " + r.stderr());
  }
}
