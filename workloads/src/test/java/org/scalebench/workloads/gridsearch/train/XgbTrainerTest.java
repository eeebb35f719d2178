package org.scalebench.workloads.gridsearch.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scalebench.results.BadInputException;
import org.scalebench.workloads.gridsearch.data.ColumnRoles;
import org.scalebench.workloads.gridsearch.data.CreditCsvReader;
import org.scalebench.workloads.gridsearch.data.CreditDataGenerator;
import org.scalebench.workloads.gridsearch.data.Dataset;
import org.scalebench.workloads.gridsearch.data.DirtCounts;
import org.scalebench.workloads.gridsearch.data.StratifiedSplit;
import org.scalebench.workloads.gridsearch.data.TableCsvReader;
import org.scalebench.workloads.gridsearch.grid.Combination;
import org.scalebench.workloads.gridsearch.grid.GridKey;

class XgbTrainerTest {
  private static Dataset data;
  private static XgbTrainer oneThread;

  @BeforeAll
  static void load() throws Exception {
    data = CreditCsvReader.read(new CreditDataGenerator(7).generate(3000), "generated", new DirtCounts());
    oneThread = new XgbTrainer(data, List.of(StratifiedSplit.holdout(data.labels(), 0.25, 7)), 1, 7, 0);
  }

  @AfterAll
  static void close() {
    oneThread.close();
  }

  static Combination combination(int depth, String eta, int rounds, String... extra) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put(GridKey.MAX_DEPTH, Integer.toString(depth));
    v.put(GridKey.ETA, eta);
    v.put(GridKey.ROUNDS, Integer.toString(rounds));
    v.put(GridKey.SUBSAMPLE, "0.8");
    v.put(GridKey.COLSAMPLE_BYTREE, "0.8");
    v.put(GridKey.MIN_CHILD_WEIGHT, "1");
    for (int i = 0; i < extra.length; i += 2) {
      v.put(extra[i], extra[i + 1]);
    }
    return new Combination(0, v);
  }

  @Test
  void learnsTheGeneratedRelationWellAboveTheMajorityClass() {
    FitOutcome fit = oneThread.fit(combination(4, "0.3", 30), 30);
    assertTrue(fit.metrics().accuracy() > 0.62, "accuracy " + fit.metrics());
    assertTrue(fit.metrics().mlogloss() < 0.9, "mlogloss " + fit.metrics());
    assertEquals(30, fit.bestRounds());
  }

  @Test
  void sameMetricsWithOneAndTwoThreadsAndWhenRepeated() throws Exception {
    Combination c = combination(5, "0.1", 20);
    FitOutcome a = oneThread.fit(c, 20);
    assertEquals(a, oneThread.fit(c, 20));
    try (XgbTrainer twoThreads = new XgbTrainer(data, List.of(StratifiedSplit.holdout(data.labels(), 0.25, 7)), 2,
        7, 0)) {
      assertEquals(a, twoThreads.fit(c, 20));
    }
  }

  @Test
  void earlyStoppingEvaluatesTheBestIterationLikeAShorterFit() throws Exception {
    try (XgbTrainer stopping = new XgbTrainer(data, List.of(StratifiedSplit.holdout(data.labels(), 0.25, 7)), 1, 7,
        3)) {
      // a large eta overfits soon, so the test loss turns up well before 200 rounds
      Combination c = combination(8, "0.9", 200);
      FitOutcome stopped = stopping.fit(c, 200);
      assertTrue(stopped.bestRounds() < 200, "best rounds " + stopped.bestRounds());
      FitOutcome shorter = oneThread.fit(c, stopped.bestRounds());
      assertEquals(shorter.metrics().accuracy(), stopped.metrics().accuracy(), 1e-12);
      assertEquals(shorter.metrics().mlogloss(), stopped.metrics().mlogloss(), 1e-9);
    }
  }

  @Test
  void aParameterXgboostRejectsIsBadInputNamingTheCombination() {
    BadInputException e = assertThrows(BadInputException.class,
        () -> oneThread.fit(combination(3, "0.3", 2, "tree_method", "fancy"), 2));
    assertTrue(e.getMessage().contains("tree_method=fancy"), e.getMessage());
    assertTrue(e.getMessage().contains("XGBoost rejects"), e.getMessage());
  }

  @Test
  void trainsTwoClassesOfAGenericTable() throws Exception {
    StringBuilder csv = new StringBuilder("id,x,noise,y\n");
    for (int r = 0; r < 200; r++) {
      csv.append(r).append(',').append(r % 10).append(',').append((r * 7) % 13).append(',')
          .append(r % 10 < 5 ? "no" : "yes").append('\n');
    }
    Dataset table = TableCsvReader.read(csv.toString(), "t.csv", ColumnRoles.parse("y", "id")).dataset();
    try (XgbTrainer trainer = new XgbTrainer(table, List.of(StratifiedSplit.holdout(table.labels(), 0.25, 1)), 1, 1, 0)) {
      assertEquals(2, trainer.params(combination(2, "0.3", 5)).get("num_class"));
      FitOutcome fit = trainer.fit(combination(2, "0.3", 20), 20);
      assertEquals(1.0, fit.metrics().accuracy(), "x < 5 decides y: " + fit.metrics());
    }
  }
}
