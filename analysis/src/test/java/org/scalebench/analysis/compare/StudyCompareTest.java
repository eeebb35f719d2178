package org.scalebench.analysis.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.results.Scaling;
import org.scalebench.analysis.testing.SyntheticStore;

/** Studies compared point by point and fit by fit, on synthetic stores with a known timing model. */
class StudyCompareTest {
  @TempDir Path root;

  private Path study(String name, long seed, double t1, double serialFraction) throws Exception {
    SyntheticStore s = new SyntheticStore(root, name, seed).model(t1, serialFraction, 0.05, 0.05, 0.02);
    for (int p : new int[] {1, 2, 4, 8, 16}) {
      s.point("matching", Map.of("n", "2000"), 1, p, 5);
    }
    return s.studyDir();
  }

  private CompareReport compare(Path a, Path b) {
    return new Comparer(Thresholds.defaults(), Set.of(), Scaling.STRONG)
        .compare(CompareInput.resolve(a), CompareInput.resolve(b));
  }

  @Test
  void twoRunsOfTheSameProgramAreUnchangedEverywhere() throws Exception {
    CompareReport r = compare(study("a", 1, 100, 0.05), study("b", 2, 100, 0.05));
    assertEquals(0, r.regressions(), CompareFormats.table(r));
    assertEquals(5, r.samples().size());
    assertTrue(r.samples().stream().allMatch(s -> s.verdict() == Verdict.UNCHANGED), CompareFormats.table(r));
    assertTrue(r.samples().get(0).id().startsWith("matching {n=2000} n1-t"), r.samples().get(0).id());
  }

  @Test
  void variantsOfOneWorkloadAndParameterSetAreComparedApart() throws Exception {
    Path[] dirs = new Path[2];
    for (int i = 0; i < 2; i++) {
      SyntheticStore s = new SyntheticStore(root, "variants-" + i, 10 + i).model(100, 0.05, 0.05, 0.05, 0.02);
      for (String variant : List.of("java", "ffm")) {
        s.variant(variant);
        for (int p : new int[] {1, 2, 4}) {
          s.point("matching", Map.of("n", "2000"), 1, p, 5);
        }
      }
      dirs[i] = s.studyDir();
    }
    CompareReport r = compare(dirs[0], dirs[1]);
    assertEquals(6, r.samples().size(), CompareFormats.table(r));
    assertTrue(r.samples().stream().anyMatch(s -> s.id().equals("java: matching {n=2000} n1-t2-c1")),
        CompareFormats.table(r));
    assertTrue(r.samples().stream().anyMatch(s -> s.id().equals("ffm: matching {n=2000} n1-t2-c1")),
        CompareFormats.table(r));
  }

  @Test
  void aNewSerialSectionThatKeepsTheOneRankTimeIsCaughtInTheFit() throws Exception {
    // same T1 = 100 s, serial fraction 0.02 -> 0.20: one rank is as fast as before, 16 ranks about 3x slower
    CompareReport r = compare(study("a", 1, 100, 0.02), study("b", 2, 100, 0.20));
    String table = CompareFormats.table(r);
    SampleComparison oneRank = r.samples().stream().filter(s -> s.id().endsWith("n1-t1-c1")).findFirst().orElseThrow();
    assertEquals(Verdict.UNCHANGED, oneRank.verdict(), table);
    ScalingComparison f = r.scaling().stream().filter(s -> s.parameter().equals("f")).findFirst().orElseThrow();
    assertEquals(Verdict.REGRESSION, f.verdict(), table);
    assertTrue(f.currentLow() > f.baselineHigh(), table);
    assertEquals(16, f.atRanks());
    assertTrue(f.worseFactor() > 2, table);
    assertTrue(table.contains("Scaling fits"), table);
  }

  @Test
  void threeRepetitionsPerPointAreInconclusiveNotUnchanged() throws Exception {
    SyntheticStore a = new SyntheticStore(root, "a", 1);
    SyntheticStore b = new SyntheticStore(root, "b", 2).model(200, 0.05, 0.2, 0.1, 0.01);
    a.point("sum", Map.of(), 1, 2, 3);
    b.point("sum", Map.of(), 1, 2, 3);
    CompareReport r = compare(a.studyDir(), b.studyDir());
    assertEquals(List.of(Verdict.INCONCLUSIVE), r.samples().stream().map(SampleComparison::verdict).toList());
    assertEquals("3 repetitions on each side; a verdict at alpha 0.05 needs at least 4 on each side",
        r.samples().get(0).note());
  }

  @Test
  void anImprovementsNoteSaysByHowMuchItIsBetter() throws Exception {
    SyntheticStore slow = new SyntheticStore(root, "slow", 1).model(20, 0.05, 0.2, 0.1, 0.01);
    SyntheticStore fast = new SyntheticStore(root, "fast", 2).model(10, 0.05, 0.2, 0.1, 0.01);
    slow.point("sum", Map.of(), 1, 2, 5);
    fast.point("sum", Map.of(), 1, 2, 5);
    SampleComparison s = compare(slow.studyDir(), fast.studyDir()).samples().get(0);
    assertEquals(Verdict.IMPROVEMENT, s.verdict(), s.note());
    assertTrue(s.note().matches("\\d+\\.\\d% better \\(median\\), p .*"), s.note());
    assertTrue(s.note().startsWith(SampleComparator.change(s.worseFactor())), s.note());
  }

  @Test
  void ignoringAParameterMatchesPointsOfDifferentSizes() throws Exception {
    SyntheticStore a = new SyntheticStore(root, "a", 1).model(10, 0.05, 0.2, 0.1, 0.01);
    SyntheticStore b = new SyntheticStore(root, "b", 2).model(20, 0.05, 0.2, 0.1, 0.01);
    a.point("sum", Map.of("n", "1000"), 1, 2, 5);
    b.point("sum", Map.of("n", "2000"), 1, 2, 5);
    CompareReport unmatched = compare(a.studyDir(), b.studyDir());
    assertEquals(List.of(Verdict.MISSING, Verdict.NEW), unmatched.samples().stream().map(SampleComparison::verdict).toList());
    CompareReport matched = new Comparer(Thresholds.defaults(), Set.of("n"), Scaling.STRONG)
        .compare(CompareInput.resolve(a.studyDir()), CompareInput.resolve(b.studyDir()));
    assertEquals(Verdict.REGRESSION, matched.samples().get(0).verdict(), CompareFormats.table(matched));
    assertEquals("sum {} n1-t2-c1", matched.samples().get(0).id());
  }
}
