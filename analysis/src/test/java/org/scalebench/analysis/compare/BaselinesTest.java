package org.scalebench.analysis.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.analysis.testing.SyntheticStore;
import org.scalebench.results.BadInputException;
import org.scalebench.results.ResultStore;
import org.scalebench.analysis.testing.JmhJson;

class BaselinesTest {
  @TempDir Path dir;
  private final Clock clock = Clock.fixed(Instant.parse("2025-11-25T12:00:00Z"), ZoneOffset.UTC);

  private Path jmh(double median) throws Exception {
    return new JmhJson().add("a.B.c", "avgt", "ns/op", Map.of(), new double[] {median, median * 1.01, median * 0.99})
        .write(dir.resolve("jmh-" + median + ".json"));
  }

  private List<String> names(Path root) throws Exception {
    try (Stream<Path> s = Files.list(root)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void updateWritesTheDataAndAManifestAndReplacesTheOldOne() throws Exception {
    Path root = dir.resolve("baseline");
    BaselineManifest first = Baselines.update(root, "jmh-quick", jmh(100), "abc123", null, clock);
    assertEquals("jmh", first.kind());
    assertEquals(List.of("jmh-quick"), names(root));
    BaselineManifest read = Baselines.readManifest(root.resolve("jmh-quick"));
    assertEquals(first, read);
    assertEquals("abc123", read.commit());
    assertEquals(Instant.parse("2025-11-25T12:00:00Z"), read.createdAt());
    assertEquals("1.37", read.settings().get("jmhVersion"));
    assertTrue(Files.readString(root.resolve("jmh-quick/baseline.json")).contains("\"schemaVersion\" : 1"));

    Baselines.update(root, "jmh-quick", jmh(200), "def456", "new kernel", clock);
    assertEquals(List.of("jmh-quick"), names(root), "no staging or old directories left");
    CompareInput in = CompareInput.resolve(root.resolve("jmh-quick"));
    assertEquals(InputKind.JMH, in.kind());
    assertEquals("def456", in.manifest().commit());
    assertEquals(200, JmhResults.read(in.data(), java.util.Set.of()).get(0).samples()[0]);
  }

  @Test
  void aStudyBaselineKeepsTheRecordsAndReadsBackTheSame() throws Exception {
    Path study = SyntheticStore.demo(dir.resolve("store"));
    Path root = dir.resolve("baseline");
    BaselineManifest m = Baselines.update(root, "demo-study", study, null, null, clock);
    assertEquals("study", m.kind());
    assertEquals("unknown", m.commit());
    Path copied = root.resolve("demo-study/study");
    assertEquals(ResultStore.runsUnder(study).size(), ResultStore.runsUnder(copied).size());
    CompareReport r = new Comparer(Thresholds.defaults(), java.util.Set.of(),
        org.scalebench.results.Scaling.STRONG)
        .compare(CompareInput.resolve(root.resolve("demo-study")), CompareInput.resolve(study));
    assertEquals(0, r.regressions());
    assertTrue(r.samples().stream().allMatch(s -> s.pValue() == 1.0), "identical samples");
  }

  @Test
  void badNamesAndInputsAreRejectedBeforeAnythingIsWritten() throws Exception {
    Path root = dir.resolve("baseline");
    Path good = jmh(100);
    assertThrows(BadInputException.class, () -> Baselines.update(root, "../x", good, "a", null, clock));
    Path bad = Files.writeString(dir.resolve("bad.json"), "[]");
    assertThrows(BadInputException.class, () -> Baselines.update(root, "x", bad, "a", null, clock));
    assertThrows(BadInputException.class, () -> Baselines.update(root, "x", dir.resolve("none"), "a", null, clock));
    assertTrue(!Files.exists(root) || names(root).isEmpty());
  }
}
