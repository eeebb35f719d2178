package org.scalebench.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.results.ResultJson;

/**
 * End to end through the CLI jar: two studies of {@code sum} on 2 real MPI ranks, 4 repetitions each,
 * the second with 200 times the numbers (a planted slowdown); {@code compare} says unchanged for a
 * study against its own baseline copy and regression (exit 1) for the larger n, and {@code baseline
 * update} records the provenance.
 */
class CompareStudyIT {
  @TempDir Path store;

  private void runs(String study, String n, int repetitions) throws Exception {
    for (int k = 0; k < repetitions; k++) {
      Cli.Result r = Cli.run("run", "--workload", "sum", "--ranks", "2", "--param", "n=" + n, "--study", study,
          "--out", store.toString());
      assertEquals(0, r.exit(), r.toString());
    }
  }

  @Test
  void aLargerProblemFlipsTheVerdictToRegression() throws Exception {
    runs("before", "100000", 4);
    runs("after", "20000000", 4);
    Path baselines = store.resolve("baseline");
    Cli.Result update = Cli.run("baseline", "update", "--from", store.resolve("before").toString(), "--name",
        "sum-study", "--root", baselines.toString(), "--commit", "0123abc");
    assertEquals(0, update.exit(), update.toString());
    JsonNode manifest = ResultJson.mapper().readTree(baselines.resolve("sum-study/baseline.json").toFile());
    assertEquals("study", manifest.get("kind").asText());
    assertEquals("0123abc", manifest.get("commit").asText());
    assertEquals(1, manifest.get("schemaVersion").asInt());

    Cli.Result same = Cli.run("compare", "--baseline", baselines.resolve("sum-study").toString(), "--current",
        store.resolve("before").toString());
    assertEquals(0, same.exit(), same.toString());
    assertTrue(same.out().contains("UNCHANGED  sum {n=100000} n1-t2-c1"), same.toString());

    Path out = store.resolve("compare");
    Cli.Result slower = Cli.run("compare", "--baseline", baselines.resolve("sum-study").toString(), "--current",
        store.resolve("after").toString(), "--ignore-param", "n", "--out", out.toString());
    assertEquals(1, slower.exit(), slower.toString());
    assertTrue(slower.out().contains("REGRESSION  sum {} n1-t2-c1"), slower.toString());
    JsonNode json = ResultJson.mapper().readTree(out.resolve("compare.json").toFile());
    assertEquals("study", json.get("kind").asText());
    assertEquals("0123abc", json.get("baseline").get("commit").asText());
    assertEquals(4, json.get("samples").get(0).get("currentCount").asInt());

    Cli.Result mismatched = Cli.run("compare", "--baseline", store.resolve("before").toString(), "--current",
        out.resolve("compare.json").toString());
    assertEquals(2, mismatched.exit(), mismatched.toString());
    assertTrue(Files.exists(out.resolve("compare.md")));
  }
}
