package org.scalebench.workloads.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.results.BadInputException;
import org.scalebench.api.Params;

class MatchingConfigTest {
  private final MatchingWorkload workload = new MatchingWorkload();
  @TempDir Path dir;

  private MatchingConfig config(Map<String, String> given) {
    return MatchingConfig.from(Params.resolve(workload, given));
  }

  @Test
  void defaultsAreTheSeedsRatioAtPointEightWithTilesAndPruning() {
    MatchingConfig c = config(Map.of("generate", "1725"));
    assertEquals(new MatchingInput.GeneratedInput(1725, 1725, MatchingConfig.DEFAULT_SEED), c.input());
    assertEquals(MatchSpec.ratioAtLeast(0.8), c.spec());
    assertEquals(Strategy.TILES, c.strategy());
    assertEquals(TileShape.AUTO, c.tile());
    MatchingConfig sized = config(Map.of("left-size", "10", "right-size", "20", "metric", "levenshtein",
        "strategy", "broadcast", "pruning", "false", "tile", "4x8"));
    assertEquals(new MatchingInput.GeneratedInput(10, 20, MatchingConfig.DEFAULT_SEED), sized.input());
    assertEquals(new MatchSpec(SimilarityMetric.LEVENSHTEIN_SIMILARITY, 0.8, false), sized.spec());
    assertEquals(Strategy.BROADCAST, sized.strategy());
    assertEquals(new TileShape(4, 8), sized.tile());
  }

  @Test
  void inputCombinationsAreCheckedInOneSentence() {
    assertMessage(Map.of(), "needs input");
    assertMessage(Map.of("left", "a.txt"), "needs both");
    assertMessage(Map.of("left", "a.txt", "right", "b.txt", "generate", "5"), "not both");
    assertMessage(Map.of("left-size", "5"), "set generate=N or both");
    assertMessage(Map.of("generate", "5", "threshold", "-0.1"), "out of range");
    assertMessage(Map.of("generate", "5", "tile", "3y4"), "is not auto");
    assertMessage(Map.of("generate", "5", "strategy", "scatter"), "is not one of");
  }

  @Test
  void validateReadsTheFilesWholeAndNamesTheBadLine() throws Exception {
    Path good = dir.resolve("names.txt");
    Files.writeString(good, "Anna\nZoë\n", StandardCharsets.UTF_8);
    Path bad = dir.resolve("bad.txt");
    Files.write(bad, new byte[] {'o', 'k', '\n', 'o', 'k', '\n', (byte) 0xE2, (byte) 0x82, '\n'});
    workload.validate(Params.resolve(workload, Map.of("left", good.toString(), "right", good.toString())), 2);
    BadInputException e = assertThrows(BadInputException.class,
        () -> workload.validate(Params.resolve(workload, Map.of("left", good.toString(), "right", bad.toString())), 2));
    assertTrue(e.getMessage().startsWith("line 3 of " + bad), e.getMessage());
    Path csv = dir.resolve("names.csv");
    Files.writeString(csv, "id,name\n1,Anna\n", StandardCharsets.UTF_8);
    e = assertThrows(BadInputException.class, () -> workload.validate(Params.resolve(workload,
        Map.of("left", csv.toString(), "right", csv.toString(), "column", "nom")), 2));
    assertTrue(e.getMessage().contains("column 'nom' is not in the header"), e.getMessage());
    MatchingInput.Loaded loaded = config(Map.of("left", csv.toString(), "right", good.toString(), "column", "name"))
        .input().load();
    assertEquals(java.util.List.of("Anna"), loaded.lists().left());
    assertEquals(java.util.List.of("Anna", "Zoë"), loaded.lists().right());
    assertEquals(Files.size(csv) + Files.size(good), loaded.bytesRead());
  }

  @Test
  void aCsvWithSeveralColumnsAndNoColumnChosenIsRefusedBeforeLaunch() throws Exception {
    Path csv = dir.resolve("people.csv");
    Files.writeString(csv, "id,name\n1,Anna\n2,Zoë\n", StandardCharsets.UTF_8);
    BadInputException e = assertThrows(BadInputException.class, () -> workload.validate(Params.resolve(workload,
        Map.of("left", csv.toString(), "right", csv.toString())), 2));
    assertEquals(csv + " has 2 columns (id, name) and no column= says which one holds the strings; "
        + "choose one with --param column=NAME (or a 0-based index)", e.getMessage());
    Path noHeader = dir.resolve("pairs.csv");
    Files.writeString(noHeader, "1,Anna\n2,Zoë\n", StandardCharsets.UTF_8);
    e = assertThrows(BadInputException.class, () -> workload.validate(Params.resolve(workload,
        Map.of("left", noHeader.toString(), "right", noHeader.toString(), "header", "false")), 2));
    assertEquals(noHeader + " has 2 columns and no column= says which one holds the strings; "
        + "choose one with --param column=INDEX (0-based)", e.getMessage());
    Path single = dir.resolve("single.csv");
    Files.writeString(single, "name\nAnna\nZoë\n", StandardCharsets.UTF_8);
    assertEquals(java.util.List.of("Anna", "Zoë"), config(Map.of("left", single.toString(), "right",
        single.toString())).input().load().lists().left(), "the only column needs no column=");
    assertEquals(java.util.List.of("Anna", "Zoë"), config(Map.of("left", csv.toString(), "right",
        csv.toString(), "column", "1")).input().load().lists().right());
  }

  @Test
  void anEmptyInputFileIsRefusedWithItsName() throws Exception {
    Path names = dir.resolve("names.txt");
    Files.writeString(names, "Anna\n", StandardCharsets.UTF_8);
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    BadInputException e = assertThrows(BadInputException.class, () -> workload.validate(Params.resolve(workload,
        Map.of("left", names.toString(), "right", empty.toString())), 2));
    assertEquals("input file " + empty + " holds no strings; give a file with at least one", e.getMessage());
    Path headerOnly = dir.resolve("header.csv");
    Files.writeString(headerOnly, "name\n", StandardCharsets.UTF_8);
    e = assertThrows(BadInputException.class, () -> workload.validate(Params.resolve(workload,
        Map.of("left", headerOnly.toString(), "right", names.toString())), 2));
    assertEquals("input file " + headerOnly + " holds no strings (only a header); give a file with at least one",
        e.getMessage());
  }

  private void assertMessage(Map<String, String> given, String part) {
    BadInputException e = assertThrows(BadInputException.class, () -> config(given));
    assertTrue(e.getMessage().contains(part), e.getMessage());
  }
}
