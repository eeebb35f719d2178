package org.scalebench.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.results.PhaseKind;
import org.scalebench.results.RankRecord;
import org.scalebench.results.ResultStore;
import org.scalebench.results.RunStatus;
import org.scalebench.results.StoredRun;

/**
 * A workload of the user's own, end to end: {@code examples/jacobi} built as a standalone Maven
 * project against the freshly installed API, listed by {@code workloads}, run through {@code
 * run --workload-jar} with real mpirun at 1, 2 and 4 ranks (the same residual and checksum), and its
 * weak-scaling study run with {@code run-study --local} (its spec names the jar) and analyzed: the
 * report lists the workload, and the halo exchange is communication.
 */
class JacobiExampleIT {
  @TempDir Path dir;

  private CliProcess.Result cli(String name, String... args) throws Exception {
    return CliProcess.run(dir.resolve("log-" + name), Map.of(), 600, args);
  }

  @Test
  void theExampleRunsAtOneTwoAndFourRanksWithOneChecksum() throws Exception {
    Path jar = ExampleWorkload.jar();
    CliProcess.Result list = cli("list", "workloads", "--workload-jar", jar.toString());
    assertEquals(0, list.exit(), list.toString());
    assertTrue(list.out().contains("jacobi  2-D Jacobi heat-equation stencil") && list.out().contains("[" + jar + "]"),
        list.out());
    assertTrue(list.out().contains("    check-every=10  "), list.out());
    assertTrue(list.out().contains("sum  rank 0 scatters") && list.out().contains("[built-in]"), list.out());

    Path store = dir.resolve("store");
    int n = 96;
    int iterations = 60;
    List<String> rows = new ArrayList<>();
    for (int ranks : new int[] {1, 2, 4}) {
      CliProcess.Result run = cli("run-" + ranks, "run", "--workload-jar", jar.toString(), "--workload", "jacobi",
          "--ranks", Integer.toString(ranks), "--param", "n=" + n, "--param", "iterations=" + iterations,
          "--param", "check-every=7", "--out", store.toString(), "--rank-heap-mb", "64");
      assertEquals(0, run.exit(), run.toString());
      assertTrue(run.out().contains("jacobi: n=96 iterations=60 ranks=" + ranks + " residual="), run.out());
      StoredRun stored = new ResultStore(store).study("adhoc").stream()
          .filter(r -> r.metadata().launch().ranks() == ranks).findFirst().orElseThrow();
      assertEquals(RunStatus.OK, stored.state(), stored.problem());
      List<String> csv = Files.readAllLines(stored.dir().resolve("output/jacobi.csv"));
      assertEquals("schema_version,n,iterations,check_every,ranks,residual,checksum", csv.get(0));
      String row = csv.get(1);
      // everything but the rank count must agree: ranks is the fifth column
      String[] cols = row.split(",");
      assertEquals(Integer.toString(ranks), cols[4], row);
      rows.add(cols[5] + "," + cols[6]);
      List<String> residuals = Files.readAllLines(stored.dir().resolve("output/residuals.csv"));
      assertEquals(1 + 8 + 1, residuals.size(), "every 7th sweep and the last: " + residuals);
      for (int rank = 0; rank < ranks; rank++) {
        int r = rank;
        RankRecord halo = stored.records().stream().filter(x -> x.rank() == r && x.phase().equals("halo"))
            .findFirst().orElseThrow();
        assertEquals(PhaseKind.COMM, halo.kind());
        assertEquals(2L * iterations, halo.calls());
        int neighbours = ranks == 1 ? 0 : rank == 0 || rank == ranks - 1 ? 1 : 2;
        // each neighbour: a row of n + 2 doubles sent and one received per sweep
        assertEquals((long) iterations * neighbours * 2 * (n + 2) * 8, halo.bytes(), "halo bytes at rank " + rank);
      }
    }
    assertEquals(1, rows.stream().distinct().count(), "residual and checksum at 1, 2, 4 ranks: " + rows);
    assertTrue(!rows.get(0).startsWith("0.0,"), "the plate warmed up: " + rows);
  }

  @Test
  void theWeakScalingStudyRunsAndIsAnalyzed() throws Exception {
    ExampleWorkload.jar();
    Path spec = ExampleWorkload.dir().resolve("jacobi-weak.yaml");
    Path store = dir.resolve("store");
    CliProcess.Result study = cli("study", "run-study", spec.toString(), "--local", "--out", store.toString(),
        "--no-progress");
    assertEquals(0, study.exit(), study.toString());
    List<StoredRun> runs = new ResultStore(store).study("jacobi-weak");
    assertEquals(6, runs.size());
    for (StoredRun r : runs) {
      assertEquals(RunStatus.OK, r.state(), r.problem());
      long n = Math.round(512 * Math.sqrt(r.metadata().launch().ranks()));
      assertEquals(Long.toString(n), r.metadata().launch().params().get("n"), "n grows with sqrt(ranks)");
    }
    String summary = Files.readString(store.resolve("jacobi-weak/summary.md"));
    assertTrue(summary.contains("## jacobi (check-every=10, iterations=200; size scaled with ranks: n)"),
        summary);
    assertTrue(summary.contains("Weak scaling"), summary);
    String report = Files.readString(store.resolve("jacobi-weak/report.html"));
    assertTrue(report.contains("<th>halo (comm) s, median [95% CI]</th>"), "the halo exchange is communication");
    assertTrue(report.contains("<th>sweep (compute) s, median [95% CI]</th>"));
  }

  @Test
  void aWorkloadJarThatIsMissingOrNotAJarStopsBeforeAnyLaunch() throws Exception {
    Path missing = dir.resolve("nope.jar");
    CliProcess.Result run = cli("missing", "run", "--workload-jar", missing.toString(), "--workload", "jacobi",
        "--out", dir.resolve("store").toString());
    assertEquals(2, run.exit(), run.toString());
    assertEquals("scalebench: workload jar " + missing + " does not exist\n", run.err());
    Path text = Files.writeString(dir.resolve("text.jar"), "no zip");
    CliProcess.Result notJar = cli("text", "workloads", "--workload-jar", text.toString());
    assertEquals(2, notJar.exit(), notJar.toString());
    assertTrue(notJar.err().startsWith("scalebench: workload jar " + text + " is not a jar"), notJar.err());
    CliProcess.Result without = cli("without", "run", "--workload", "jacobi", "--out", dir.resolve("store").toString());
    assertEquals(2, without.exit(), without.toString());
    assertTrue(without.err().startsWith("scalebench: unknown workload 'jacobi'"), without.err());
    assertTrue(!Files.exists(dir.resolve("store").resolve("adhoc")), "nothing was launched");
  }
}
