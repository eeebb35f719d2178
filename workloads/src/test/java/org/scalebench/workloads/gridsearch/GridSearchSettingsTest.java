package org.scalebench.workloads.gridsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.results.BadInputException;
import org.scalebench.api.Params;
import org.scalebench.workloads.gridsearch.data.CreditDataGenerator;

class GridSearchSettingsTest {
  private final GridSearchWorkload workload = new GridSearchWorkload();

  @Test
  void defaultsAreTheSeedsSearch() {
    GridSearchSettings s = GridSearchSettings.of(Params.resolve(workload, Map.of()));
    assertNull(s.dataFile());
    assertEquals(100_000, s.rows());
    assertEquals(216, s.grid().size());
    assertTrue(s.dynamic());
    assertEquals(0, s.folds());
    assertEquals(Ranking.MLOGLOSS, s.ranking());
    assertEquals(2, s.threads(2));
  }

  @Test
  void nthreadBelowOneIsBadInput() {
    BadInputException e = assertThrows(BadInputException.class,
        () -> Params.resolve(workload, Map.of("nthread", "0")));
    assertEquals("parameter nthread='0' of workload gridsearch must be at least 1 (or 'cpus')", e.getMessage());
    assertEquals(3, GridSearchSettings.of(Params.resolve(workload, Map.of("nthread", "3"))).threads(1));
  }

  @Test
  void aDedicatedDispatcherNeedsTwoRanks() {
    Params p = Params.resolve(workload, Map.of("dispatcher", "dedicated"));
    BadInputException e = assertThrows(BadInputException.class, () -> workload.validate(p, 1));
    assertTrue(e.getMessage().startsWith("dispatcher=dedicated needs at least 2 ranks"), e.getMessage());
    workload.validate(p, 2);
  }

  @Test
  void validateChecksTheDataFileHeaderBeforeLaunch(@TempDir Path dir) throws Exception {
    Path good = dir.resolve("credit.csv");
    new CreditDataGenerator(1).write(good, 50);
    workload.validate(Params.resolve(workload, Map.of("data", good.toString())), 2);
    Path noTarget = dir.resolve("no-target.csv");
    Files.writeString(noTarget, "ID,Age\n1,23\n");
    BadInputException e = assertThrows(BadInputException.class,
        () -> workload.validate(Params.resolve(workload, Map.of("data", noTarget.toString())), 2));
    assertTrue(e.getMessage().startsWith(noTarget + " has no column Credit_Score"), e.getMessage());
    assertThrows(BadInputException.class,
        () -> workload.validate(Params.resolve(workload, Map.of("data", dir.resolve("none.csv").toString())), 2));
  }

  @Test
  void validateLetsXgboostCheckFurtherGridKeys(@TempDir Path dir) throws Exception {
    Path grid = dir.resolve("grid.txt");
    Files.writeString(grid, "schema=1\nmax_depth=2\ntree_method=hist,fancy\n");
    BadInputException e = assertThrows(BadInputException.class,
        () -> workload.validate(Params.resolve(workload, Map.of("grid", grid.toString())), 2));
    assertTrue(e.getMessage().startsWith("XGBoost rejects grid combination"), e.getMessage());
    assertTrue(e.getMessage().contains("tree_method=fancy"), e.getMessage());
    Files.writeString(grid, "schema=1\nmax_depth=2\ngamma=0,0.5\n");
    workload.validate(Params.resolve(workload, Map.of("grid", grid.toString())), 2);
  }

  @Test
  void anEmptyTargetKeepsThePresetAndATargetSelectsTheGenericLoader() {
    assertNull(GridSearchSettings.of(Params.resolve(workload, Map.of("data", "credit.csv"))).columns());
    GridSearchSettings s = GridSearchSettings.of(Params.resolve(workload,
        Map.of("data", "mine.csv", "target", "Credit_Score", "drop", "Customer_ID,Name")));
    assertEquals("Credit_Score", s.columns().target());
    assertEquals(java.util.List.of("Customer_ID", "Name"), s.columns().drop());
  }

  @Test
  void dropWithoutTargetAndTargetWithGeneratedDataAreBadInput() {
    BadInputException drop = assertThrows(BadInputException.class,
        () -> GridSearchSettings.of(Params.resolve(workload, Map.of("data", "mine.csv", "drop", "ID"))));
    assertTrue(drop.getMessage().startsWith("drop=ID needs target=COLUMN"), drop.getMessage());
    BadInputException generated = assertThrows(BadInputException.class,
        () -> GridSearchSettings.of(Params.resolve(workload, Map.of("target", "y"))));
    assertTrue(generated.getMessage().startsWith("target=y needs data=FILE"), generated.getMessage());
  }

  @Test
  void validateChecksTheGenericHeaderBeforeLaunch(@TempDir Path dir) throws Exception {
    Path mine = dir.resolve("mine.csv");
    Files.writeString(mine, "Customer_ID,x1,Credit_Score\nA,1,Good\nB,2,Poor\n");
    workload.validate(Params.resolve(workload, Map.of("data", mine.toString(), "target", "Credit_Score",
        "drop", "Customer_ID")), 2);
    BadInputException e = assertThrows(BadInputException.class, () -> workload.validate(Params.resolve(workload,
        Map.of("data", mine.toString(), "target", "Credit_Score", "drop", "Customer")), 2));
    assertTrue(e.getMessage().startsWith(mine + " has no column Customer (named by drop=)"), e.getMessage());
  }
}
