package org.scalebench.workloads.gridsearch.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.results.BadInputException;

class GridSpecTest {

  @Test
  void theSeedGridHas216DistinctCombinationsFirstKeySlowest() {
    List<Combination> all = GridSpec.seedDefault().combinations();
    assertEquals(216, all.size());
    assertEquals(216, new HashSet<>(all.stream().map(Combination::values).toList()).size());
    assertEquals(Map.of("max_depth", "3", "eta", "0.05", "rounds", "50", "subsample", "0.8",
        "colsample_bytree", "0.8", "min_child_weight", "1"), all.get(0).values());
    assertEquals(all.get(0), GridSpec.seedDefault().first());
    assertEquals("5", all.get(1).values().get("min_child_weight"));
    assertEquals("1", all.get(2).values().get("colsample_bytree"));
    assertEquals("6", all.get(72).values().get("max_depth"));
    assertEquals(List.of("max_depth", "eta", "rounds", "subsample", "colsample_bytree", "min_child_weight"),
        List.copyOf(all.get(0).values().keySet()));
    for (int i = 0; i < all.size(); i++) {
      assertEquals(i, all.get(i).index());
    }
  }

  @Test
  void oneRoundsNumberRescalesTheListAndKeepsItsSize() {
    GridSpec quick = GridSpec.seedDefault().withRounds("5");
    assertEquals(List.of("5", "10", "20"), quick.values().get("rounds"));
    assertEquals(216, quick.size());
    assertEquals(List.of("7", "3"), GridSpec.seedDefault().withRounds("7,3").values().get("rounds"));
    assertEquals(List.of("7", "14", "28"), GridSpec.seedDefault().withRounds("7").values().get("rounds"));
    assertEquals(144, GridSpec.seedDefault().withRounds("9,18").size());
  }

  @Test
  void badRoundsOverridesAreBadInput() {
    assertThrows(BadInputException.class, () -> GridSpec.seedDefault().withRounds("0"));
    assertThrows(BadInputException.class, () -> GridSpec.seedDefault().withRounds("many"));
    assertThrows(BadInputException.class, () -> GridSpec.seedDefault().withRounds("5,,10"));
  }

  @Test
  void linesAndJsonFilesGiveTheSameGridWithDefaultsForMissingKeys(@TempDir Path dir) throws Exception {
    Path lines = dir.resolve("grid.txt");
    Files.writeString(lines, "# a small grid\nschema=1\nmax_depth=2,4\neta = 0.10, 0.3\ngamma=0,1\n");
    Path json = dir.resolve("grid.json");
    Files.writeString(json, "{\"schema\": 1, \"grid\": {\"gamma\": [0, 1], \"max_depth\": [2, 4], \"eta\": [0.1, 0.3]}}");
    GridSpec a = GridSpec.read(lines);
    GridSpec b = GridSpec.read(json);
    assertEquals(a, b);
    assertEquals(8, a.size());
    assertEquals(List.of("max_depth", "eta", "rounds", "subsample", "colsample_bytree", "min_child_weight", "gamma"),
        List.copyOf(a.values().keySet()));
    assertEquals(List.of("100"), a.values().get("rounds"));
    assertEquals(List.of("0.1", "0.3"), a.values().get("eta"));
    assertEquals(a, GridSpec.parseLines(a.toLines()));
    assertEquals(a, GridSpec.parseInline("max_depth=2,4; eta = 0.10, 0.3;gamma=0,1"));
  }

  @Test
  void aBadInlineGridIsNamedWithItsText() {
    BadInputException e = assertThrows(BadInputException.class, () -> GridSpec.parseInline("max_depth=3;eta"));
    assertTrue(e.getMessage().startsWith("the inline grid 'max_depth=3;eta': entry 2 is not key=value1,value2"),
        e.getMessage());
  }

  @Test
  void emptyGridsAreBadInput() {
    BadInputException e = assertThrows(BadInputException.class, () -> GridSpec.parseLines("schema=1\nmax_depth=\n"));
    assertEquals("the grid gives no values for max_depth, so it has no combinations", e.getMessage());
    assertThrows(BadInputException.class, () -> GridSpec.parseLines("schema=1\n"));
    assertThrows(BadInputException.class, () -> GridSpec.parseLines(""));
    assertThrows(BadInputException.class, () -> GridSpec.parseJson("{\"schema\":1,\"grid\":{\"eta\":[]}}"));
    assertThrows(BadInputException.class, () -> GridSpec.parseJson("{\"schema\":1,\"grid\":{}}"));
  }

  @Test
  void badKeysValuesAndSchemasAreBadInput() {
    assertEquals("the grid may not set nthread: use the workload parameter nthread",
        assertThrows(BadInputException.class, () -> GridSpec.parseLines("schema=1\nnthread=2\n")).getMessage());
    assertTrue(assertThrows(BadInputException.class, () -> GridSpec.parseLines("schema=1\nmax_dept=2\n"))
        .getMessage().startsWith("the grid has an unknown key 'max_dept'"));
    assertEquals("grid value subsample='1.5' must be in (0, 1]",
        assertThrows(BadInputException.class, () -> GridSpec.parseLines("schema=1\nsubsample=1.5\n")).getMessage());
    assertEquals("grid value max_depth='2.5' is not a whole number",
        assertThrows(BadInputException.class, () -> GridSpec.parseLines("schema=1\nmax_depth=2.5\n")).getMessage());
    assertEquals("grid value eta='0.10' is listed twice",
        assertThrows(BadInputException.class, () -> GridSpec.parseLines("schema=1\neta=0.1,0.10\n")).getMessage());
    assertTrue(assertThrows(BadInputException.class, () -> GridSpec.parseLines("schema=2\neta=0.1\n"))
        .getMessage().contains("this version reads schema 1"));
    assertThrows(BadInputException.class, () -> GridSpec.parseLines("eta=0.1\n"));
    assertThrows(BadInputException.class, () -> GridSpec.parseJson("{\"grid\":{\"eta\":[0.1]}}"));
    assertThrows(BadInputException.class, () -> GridSpec.parseJson("[1,2"));
  }

  @Test
  void aMissingFileIsBadInputNamingIt(@TempDir Path dir) {
    BadInputException e = assertThrows(BadInputException.class, () -> GridSpec.read(dir.resolve("nope.txt")));
    assertEquals("grid file " + dir.resolve("nope.txt") + " does not exist", e.getMessage());
  }

  @Test
  void costGrowsWithRoundsAndDepth() {
    List<Combination> all = GridSpec.seedDefault().combinations();
    Combination shallow = all.get(0);
    Combination deep = all.get(215);
    assertEquals(50 * 8.0, shallow.cost(shallow.rounds()));
    assertEquals(200 * 512.0, deep.cost(deep.rounds()));
  }
}
