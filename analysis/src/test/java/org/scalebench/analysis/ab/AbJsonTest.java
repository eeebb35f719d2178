package org.scalebench.analysis.ab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.analysis.compare.Direction;
import org.scalebench.analysis.compare.Verdict;
import org.scalebench.results.StoreFormatException;

/**
 * Locks {@code ab.json}: what this build writes for a fixed seeded run equals the committed
 * {@code golden/ab-v1.json} byte for byte (runs under a German default locale, see the surefire
 * argLine), and the committed file reads back to the same result. {@code -Dgolden.update=true}
 * rewrites the committed file after a deliberate change of the format (then raise the schema version
 * if old files mean something else now).
 */
class AbJsonTest {
  private static final String GOLDEN = "golden/ab-v1.json";

  @TempDir Path dir;

  /**
   * Two benchmarks of 12 rounds (one 15% slower, one throughput unchanged) and one whose rounds
   * failed after the third, values rounded to 4 decimals so that the input is the same on every JVM.
   */
  static AbResult fixture() {
    SplittableRandom random = new SplittableRandom(2024);
    SyntheticAbRun model = SyntheticAbRun.sharedMachine(12, 0.03);
    PairedSamples slow = rounded(model.benchmark(random,
        "org.scalebench.bench.analysis.ScalingFitBenchmark.amdahlFit [repetitions=1]", Direction.LOWER_IS_BETTER,
        1.15));
    PairedSamples same = rounded(model.benchmark(random, "org.scalebench.bench.matching.MatchingBenchmark.greedy [n=64]",
        Direction.HIGHER_IS_BETTER, 1.0));
    PairedSamples broken = rounded(SyntheticAbRun.sharedMachine(3, 0.03).benchmark(random,
        "org.scalebench.bench.sum.SumBenchmark.reduce [ranks=4]", Direction.LOWER_IS_BETTER, 1.0));
    AbSettings settings = AbSettings.withDefaults();
    AbVerdicts verdicts = new PairedComparison(settings).compare(List.of(slow, same, broken));
    return new AbResult(AbMode.INTERLEAVED, new AbVariant("baseline", "target/a/benchmarks.jar (commit 1111111)"),
        new AbVariant("current", "target/b/benchmarks.jar (commit 2222222)"), Instant.parse("2025-06-01T12:00:00Z"),
        settings, RoundOrder.shuffled(12, 5), verdicts, Map.of("jdk", "17.0.15", "host", "ci-runner"),
        List.of("org.scalebench.bench.sum.SumBenchmark.reduce [ranks=4] failed in rounds 4..12"));
  }

  private static PairedSamples rounded(PairedSamples s) {
    double[] a = s.a();
    double[] b = s.b();
    for (int i = 0; i < a.length; i++) {
      a[i] = Math.round(a[i] * 1e4) / 1e4;
      b[i] = Math.round(b[i] * 1e4) / 1e4;
    }
    return new PairedSamples(s.id(), s.unit(), s.direction(), a, b);
  }

  @Test
  void theFixtureCoversEveryKindOfRow() {
    AbVerdicts v = fixture().verdicts();
    assertEquals(Verdict.REGRESSION, v.verdicts().get(0).verdict(), v.verdicts().get(0).reason());
    assertEquals(Verdict.UNCHANGED, v.verdicts().get(1).verdict(), v.verdicts().get(1).reason());
    assertEquals(Verdict.INCONCLUSIVE, v.verdicts().get(2).verdict(), v.verdicts().get(2).reason());
    assertEquals(2, v.familySize());
  }

  @Test
  void abJsonMatchesTheGoldenFile() throws IOException {
    String json = AbJson.json(fixture());
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(Path.of("src/test/resources", GOLDEN), json);
    }
    assertEquals(golden(), json);
  }

  @Test
  void theGoldenFileReadsBackToTheSameResult() {
    AbResult read = AbJson.parse(golden(), GOLDEN);
    assertEquals(fixture(), read);
    assertEquals(golden(), AbJson.json(read), "and writes again to the same text");
  }

  @Test
  void writeAndReadAFile() throws IOException {
    Path file = dir.resolve(AbResult.FILE);
    AbJson.write(file, fixture());
    assertEquals(fixture(), AbJson.read(file));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
    }
  }

  @Test
  void aFileOfAnotherFormatIsRefusedByName() {
    String json = golden().replace("\"scalebench.ab\"", "\"scalebench.compare\"");
    assertEquals("x/ab.json: format must be scalebench.ab, got scalebench.compare", refused(json));
  }

  @Test
  void aNewerSchemaVersionIsRefused() {
    String json = golden().replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2");
    assertEquals("x/ab.json: schemaVersion must be 1..1, got 2 (written by a newer scalebench)", refused(json));
  }

  @Test
  void aMissingOrWrongFieldIsNamedWithItsPath() {
    String noP = golden().replaceFirst("\"pValue\" : [^,]+,", "");
    assertEquals("x/ab.json: benchmarks[0].pValue is missing", refused(noP));
    String badVerdict = golden().replaceFirst("\"verdict\" : \"regression\"", "\"verdict\" : \"worse\"");
    assertEquals("x/ab.json: benchmarks[0].verdict must be one of regression | improvement | unchanged | "
        + "inconclusive | missing | new, got 'worse'", refused(badVerdict));
    String badRound = golden().replaceFirst("\"a\" : \\[ [0-9.]+", "\"a\" : [ -1.0");
    assertTrue(refused(badRound).startsWith("x/ab.json: org.scalebench.bench.analysis.ScalingFitBenchmark.amdahlFit "
        + "[repetitions=1]: A's value in round 1 must be finite and > 0, got -1.0"), refused(badRound));
    assertEquals("x/ab.json: context.host must be a string, got 3",
        refused(golden().replace("\"host\" : \"ci-runner\"", "\"host\" : 3")));
    assertEquals("x/ab.json: roundOrders[0] must be one of a-first | b-first | together, got 'first'",
        refused(golden().replaceFirst("\"a-first\"", "\"first\"")));
    assertTrue(refused("{ not json").startsWith("x/ab.json: "), refused("{ not json"));
  }

  @Test
  void aDuetRunHasNoOrderAndAnInterleavedOneNoTogether() {
    AbResult r = fixture();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new AbResult(AbMode.DUET, r.a(),
        r.b(), r.createdAt(), r.settings(), r.roundOrders(), r.verdicts(), r.context(), r.warnings()));
    assertTrue(e.getMessage().matches("round 1 of a duet run cannot be [ab]-first"), e.getMessage());
    List<RoundOrder> together = java.util.Collections.nCopies(12, RoundOrder.TOGETHER);
    assertEquals(12, new AbResult(AbMode.DUET, r.a(), r.b(), r.createdAt(), r.settings(), together, r.verdicts(),
        r.context(), r.warnings()).rounds());
    e = assertThrows(IllegalArgumentException.class, () -> new AbResult(AbMode.INTERLEAVED, r.a(), r.b(),
        r.createdAt(), r.settings(), r.roundOrders().subList(0, 10), r.verdicts(), r.context(), r.warnings()));
    assertEquals("org.scalebench.bench.analysis.ScalingFitBenchmark.amdahlFit [repetitions=1] has 12 rounds but the "
        + "run had 10", e.getMessage());
  }

  private static String refused(String json) {
    return assertThrows(StoreFormatException.class, () -> AbJson.parse(json, "x/ab.json")).getMessage();
  }

  private static String golden() {
    try (InputStream in = AbJsonTest.class.getClassLoader().getResourceAsStream(GOLDEN)) {
      if (in == null) {
        throw new IllegalStateException(GOLDEN + " is missing; run with -Dgolden.update=true once");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
