package org.scalebench.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scalebench.results.PhaseKind;
import org.scalebench.results.RankRecord;

class PhaseLinesTest {
  @TempDir Path dir;

  @Test
  void linesOfOnePhaseAreSummedInOrderOfFirstAppearance() throws Exception {
    Path f = write("""
        {"phase":"read","kind":"io","seconds":0.5,"bytes":100}

        {"phase":"bcast","kind":"comm","seconds":0.25,"waitSeconds":0.125,"bytes":64,"calls":1}
        {"phase":"read","kind":"io","seconds":0.25,"bytes":50,"calls":2}
        """);
    List<RankRecord> records = PhaseLines.read(f, "exec/rank-1.jsonl", 1, "node-a");
    assertEquals(List.of(new RankRecord(1, "node-a", "read", PhaseKind.IO, 0.75, 0, 150, 3),
        new RankRecord(1, "node-a", "bcast", PhaseKind.COMM, 0.25, 0.125, 64, 1)), records);
  }

  @Test
  void aMissingFileIsNoRecords() throws Exception {
    assertEquals(List.of(), PhaseLines.read(dir.resolve("none.jsonl"), "none", 0, "h"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "not json at all|line 2 is not JSON",
      "[1,2]|line 2 is not a JSON object",
      "{\"phase\":\"x\",\"kind\":\"compute\",\"seconds\":1,\"rank\":3}|line 2 has the unknown key 'rank'",
      "{\"phase\":\"\",\"kind\":\"compute\",\"seconds\":1}|line 2: 'phase' must be a non-blank string, got \"\"",
      "{\"phase\":\"x\",\"kind\":\"network\",\"seconds\":1}|line 2: 'kind' must be \"compute\", \"comm\" or \"io\", got \"network\"",
      "{\"phase\":\"x\",\"kind\":\"compute\"}|line 2: 'seconds' must be a finite number >= 0, got nothing",
      "{\"phase\":\"x\",\"kind\":\"compute\",\"seconds\":-1}|line 2: 'seconds' must be a finite number >= 0, got -1",
      "{\"phase\":\"x\",\"kind\":\"compute\",\"seconds\":\"1\"}|line 2: 'seconds' must be a finite number >= 0, got \"1\"",
      "{\"phase\":\"x\",\"kind\":\"comm\",\"seconds\":1,\"waitSeconds\":2}|line 2: 'waitSeconds' 2.0 exceeds 'seconds' 1.0",
      "{\"phase\":\"x\",\"kind\":\"compute\",\"seconds\":1,\"waitSeconds\":0.5}|line 2: only a comm phase waits",
      "{\"phase\":\"x\",\"kind\":\"io\",\"seconds\":1,\"bytes\":1.5}|line 2: 'bytes' must be a whole number >= 0, got 1.5",
      "{\"phase\":\"x\",\"kind\":\"io\",\"seconds\":1,\"calls\":-2}|line 2: 'calls' must be a whole number >= 0, got -2",
  })
  void aBadLineIsNamedWithItsFileAndNumber(String line, String message) throws IOException {
    Path f = write("{\"phase\":\"ok\",\"kind\":\"compute\",\"seconds\":1}\n" + line + "\n");
    PhaseLines.MalformedException e = assertThrows(PhaseLines.MalformedException.class,
        () -> PhaseLines.read(f, "exec/rank-0.jsonl", 0, "h"));
    assertTrue(e.getMessage().startsWith("exec/rank-0.jsonl " + message), e.getMessage());
  }

  private Path write(String text) throws IOException {
    Path f = dir.resolve("rank.jsonl");
    Files.writeString(f, text);
    return f;
  }
}
