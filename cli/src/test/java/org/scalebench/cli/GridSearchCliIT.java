package org.scalebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.results.PhaseKind;
import org.scalebench.results.RankRecord;
import org.scalebench.results.ResultStore;
import org.scalebench.results.RunStatus;
import org.scalebench.results.StoredRun;

/**
 * The grid search through the shaded jar's command line with real {@code mpirun}: static and dynamic
 * scheduling and both load modes give the same metrics per combination; bad input ends in one clear
 * message without a hang; more ranks than combinations finish cleanly.
 */
class GridSearchCliIT {
  static final Path JAR = Path.of(System.getProperty("scalebench.jar", "cli/target/scalebench.jar"));
  @TempDir static Path dir;
  static Path data;

  record Result(int exit, String stdout, String stderr) {}

  @BeforeAll
  static void generate() throws Exception {
    data = dir.resolve("credit.csv");
    Result r = java(List.of("-cp", JAR.toString(), "org.scalebench.workloads.gridsearch.data.GenerateCreditData",
        data.toString(), "600", "3"));
    assertEquals(0, r.exit(), r.stderr());
  }

  static Result java(List<String> args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(args);
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(300, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      throw new AssertionError("no answer within 300 s (a hang?): " + cmd);
    }
    return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  static Result run(Path store, int ranks, String... params) throws Exception {
    List<String> args = new ArrayList<>(List.of("-jar", JAR.toString(), "run", "--workload", "gridsearch",
        "--ranks", Integer.toString(ranks), "--out", store.toString(), "--timeout", "240"));
    for (String p : params) {
      args.add("--param");
      args.add(p);
    }
    return java(args);
  }

  static StoredRun only(Path store) throws IOException {
    List<StoredRun> runs = new ResultStore(store).study("adhoc");
    assertEquals(1, runs.size());
    return runs.get(0);
  }

  /** combination index -> "accuracy,macro_f1,mlogloss,best_rounds". */
  static Map<Integer, String> metrics(StoredRun run, int expectedRows) throws IOException {
    List<String> lines = Files.readAllLines(run.outputDir().resolve("grid.csv"));
    List<String> header = List.of(lines.get(0).split(","));
    assertEquals(expectedRows + 1, lines.size());
    Map<Integer, String> out = new TreeMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split(",");
      out.put(Integer.parseInt(c[header.indexOf("combination")]), c[header.indexOf("accuracy")] + ","
          + c[header.indexOf("macro_f1")] + "," + c[header.indexOf("mlogloss")] + "," + c[header.indexOf("best_rounds")]);
    }
    return out;
  }

  @Test
  void staticAndDynamicSchedulingAndBothLoadModesGiveTheSameMetrics() throws Exception {
    Map<String, Map<Integer, String>> byMode = new TreeMap<>();
    String[][] modes = {
        {"scheduling=static"},
        {"scheduling=dynamic", "dispatcher=training"},
        {"scheduling=dynamic", "dispatcher=dedicated", "load=broadcast"}};
    for (String[] mode : modes) {
      Path store = Files.createTempDirectory(dir, "store");
      List<String> params = new ArrayList<>(List.of("data=" + data, "rounds=1"));
      params.addAll(List.of(mode));
      Result r = run(store, 2, params.toArray(String[]::new));
      assertEquals(0, r.exit(), String.join(" ", mode) + "\n" + r.stdout() + r.stderr());
      assertTrue(r.stdout().contains("216 combinations"), r.stdout());
      assertTrue(r.stdout().contains("best first by mlogloss (lower is better)"), r.stdout());
      StoredRun run = only(store);
      assertEquals(RunStatus.OK, run.state(), run.problem());
      byMode.put(String.join(" ", mode), metrics(run, 216));
      for (int rank = 0; rank < 2; rank++) {
        int k = rank;
        List<RankRecord> mine = run.records().stream().filter(x -> x.rank() == k).toList();
        assertTrue(mine.stream().anyMatch(x -> x.phase().equals("idle") && x.kind() == PhaseKind.COMM),
            "rank " + rank + " records its idle time");
        if (!String.join(" ", mode).contains("dedicated") || rank == 1) {
          assertTrue(mine.stream().anyMatch(x -> x.phase().equals("train") && x.calls() > 0), "rank " + rank + " trained");
        }
      }
      if (String.join(" ", mode).contains("broadcast")) {
        assertTrue(run.records().stream().anyMatch(x -> x.rank() == 1 && x.phase().equals("bcast-data")
            && x.bytes() > 600L * 20 * 4), "rank 1 received the matrix");
        assertTrue(run.records().stream().noneMatch(x -> x.rank() == 1 && x.phase().equals("clean-data")));
      }
    }
    List<Map<Integer, String>> all = new ArrayList<>(byMode.values());
    assertEquals(all.get(0), all.get(1), "static vs dynamic");
    assertEquals(all.get(0), all.get(2), "every-rank vs broadcast with a dedicated dispatcher");
  }

  @Test
  void moreRanksThanCombinationsFinishCleanlyWithHalving() throws Exception {
    Path grid = dir.resolve("two.txt");
    Files.writeString(grid, "schema=1\nmax_depth=2,3\nrounds=4\n");
    for (String scheduling : List.of("static", "dynamic")) {
      Path store = Files.createTempDirectory(dir, "store");
      Result r = run(store, 3, "data=" + data, "grid=" + grid, "scheduling=" + scheduling, "halving=true",
          "halving-factor=2", "eval=kfold", "folds=3");
      assertEquals(0, r.exit(), r.stdout() + r.stderr());
      StoredRun run = only(store);
      assertEquals(RunStatus.OK, run.state(), run.problem());
      List<String> lines = Files.readAllLines(run.outputDir().resolve("grid.csv"));
      assertEquals(3, lines.size());
      assertTrue(lines.get(1).contains(",1,4,"), "the survivor reached rung 1 with 4 rounds: " + lines.get(1));
      assertTrue(lines.get(2).contains(",0,2,"), "the other stopped in rung 0 with 2 rounds: " + lines.get(2));
    }
  }

  @Test
  void anUnknownClassFailsTheRunWithOneMessageAndNoHang() throws Exception {
    Path bad = dir.resolve("bad-class.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(data));
    lines.set(5, lines.get(5).substring(0, lines.get(5).lastIndexOf(',')) + ",Excellent");
    Files.write(bad, lines);
    Path store = Files.createTempDirectory(dir, "store");
    // broadcast: rank 0 fails while rank 1 waits in the broadcast
    Result r = run(store, 2, "data=" + bad, "rounds=2", "load=broadcast");
    assertEquals(ExitCodes.FAILED, r.exit(), r.stdout() + r.stderr());
    assertTrue(r.stderr().contains("Credit_Score 'Excellent' is not one of Good, Standard, Poor"), r.stderr());
    assertTrue(!r.stderr().contains("\tat "), "no stack trace for the user: " + r.stderr());
    assertEquals(RunStatus.FAILED, only(store).state());
  }

  @Test
  void aFileWithoutTheTargetIsRefusedBeforeLaunch() throws Exception {
    Path bad = dir.resolve("no-target.csv");
    Files.writeString(bad, "ID,Age\n1,23\n");
    Path store = Files.createTempDirectory(dir, "store");
    Result r = run(store, 2, "data=" + bad);
    assertEquals(ExitCodes.BAD_INPUT, r.exit(), r.stdout() + r.stderr());
    assertTrue(r.stderr().contains(bad + " has no column Credit_Score"), r.stderr());
    assertEquals(1, r.stderr().strip().lines().count(), r.stderr());
  }

  /** The case: an identifier, 20 numeric columns, a text column and the class, read by the generic loader. */
  @Test
  void aTableOfOnesOwnIsSearchedWithEveryCombinationInBothLoadModes() throws Exception {
    Path mine = dir.resolve("mine.csv");
    StringBuilder csv = new StringBuilder("Customer_ID");
    for (int c = 1; c <= 20; c++) {
      csv.append(",x").append(c);
    }
    csv.append(",Region,Credit_Score\n");
    java.util.SplittableRandom random = new java.util.SplittableRandom(11);
    String[] classes = {"Good", "Standard", "Poor"};
    String[] regions = {"North", "South, coast", "Zürich"};
    for (int r = 0; r < 300; r++) {
      int k = random.nextInt(3);
      csv.append("CUS_").append(r);
      for (int c = 1; c <= 20; c++) {
        double x = c == 1 ? k + random.nextDouble() * 0.8 : random.nextDouble() * 100;
        csv.append(',').append(r % 17 == c ? "" : String.format(java.util.Locale.ROOT, "%.4f", x));
      }
      csv.append(",\"").append(regions[random.nextInt(3)]).append("\",").append(classes[k]).append('\n');
    }
    Files.writeString(mine, csv.toString());
    Map<String, Map<Integer, String>> byMode = new TreeMap<>();
    for (String load : List.of("every-rank", "broadcast")) {
      Path store = Files.createTempDirectory(dir, "store");
      Result r = run(store, 2, "data=" + mine, "target=Credit_Score", "drop=Customer_ID",
          "grid=max_depth=2,3;eta=0.1,0.3", "rounds=5", "load=" + load);
      assertEquals(0, r.exit(), load + "\n" + r.stdout() + r.stderr());
      assertTrue(r.stdout().contains("data: 300 rows x 21 features, classes Good/Poor/Standard = "), r.stdout());
      assertTrue(r.stdout().contains("target Credit_Score, dropped Customer_ID, text columns: Region (3 values)"),
          r.stdout());
      StoredRun run = only(store);
      assertEquals(RunStatus.OK, run.state(), run.problem());
      Map<Integer, String> m = metrics(run, 4);
      assertEquals(java.util.Set.of(0, 1, 2, 3), m.keySet(), "every combination in grid.csv");
      byMode.put(load, m);
    }
    assertEquals(byMode.get("every-rank"), byMode.get("broadcast"), "both load modes give the same metrics");
  }

  @Test
  void aGenericFileWithoutItsTargetIsRefusedBeforeLaunch() throws Exception {
    Path mine = dir.resolve("no-such-target.csv");
    Files.writeString(mine, "id,x,label\n1,2,a\n2,3,b\n");
    Path store = Files.createTempDirectory(dir, "store");
    Result r = run(store, 2, "data=" + mine, "target=lable", "drop=id");
    assertEquals(ExitCodes.BAD_INPUT, r.exit(), r.stdout() + r.stderr());
    assertTrue(r.stderr().contains(mine + " has no column lable (named by target=) (did you mean 'label'?); "
        + "its columns are: id, x, label"), r.stderr());
    assertEquals(1, r.stderr().strip().lines().count(), r.stderr());
  }
}
