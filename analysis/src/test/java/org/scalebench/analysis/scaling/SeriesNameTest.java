package org.scalebench.analysis.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.analysis.aggregate.Aggregator;
import org.scalebench.analysis.aggregate.Bootstrap;
import org.scalebench.analysis.aggregate.StudyAggregate;
import org.scalebench.analysis.testing.MixedStudy;
import org.scalebench.analysis.testing.SyntheticStore;
import org.scalebench.results.ResultStore;
import org.scalebench.results.Scaling;

class SeriesNameTest {
  @TempDir Path root;

  private static StudyAggregate read(Path dir) throws IOException {
    return new Aggregator().aggregate(dir, ResultStore.runsUnder(dir));
  }

  /** Golden: the 17,250^2 matching study of the issue, named by what the study set, paths by base name. */
  @Test
  void theMatchingStudyIsNamedByWhatTheStudySetWithFilesByBaseName() throws IOException {
    StudyAggregate study = read(MixedStudy.write(root, 1, 0.5));
    List<ScalingAnalysis> series = new ScalingAnalyzer(Scaling.STRONG, new Bootstrap())
        .analyze(study);
    assertEquals(1, series.size());
    SeriesName name = series.get(0).name();
    assertEquals("matching (left=strings_left_17250.csv, right=strings_right_17250.csv, strategy=tiles)", name.text());
    assertEquals(MixedStudy.LEFT, name.parameters().get("left"));
    assertEquals("auto", name.parameters().get("format"));
    assertEquals(10, name.parameters().size());
    assertEquals(List.of("left", "right", "strategy"), List.copyOf(name.given()));
  }

  @Test
  void aParameterThatVariesIsNamedEvenWhenDefaultedSomewhere() throws IOException {
    SyntheticStore store = new SyntheticStore(root, "vary", 1).defaults(Map.of("threshold", "0.8", "metric", "ratio"));
    store.point("matching", Map.of("n", "100"), 1, 1, 1);
    store.point("matching", Map.of("n", "100"), 1, 2, 1);
    store.point("matching", Map.of("n", "100", "threshold", "0.9"), 1, 1, 1);
    store.point("matching", Map.of("n", "100", "threshold", "0.9"), 1, 2, 1);
    List<String> names = new ScalingAnalyzer(Scaling.STRONG, new Bootstrap())
        .analyze(read(store.studyDir())).stream().map(a -> a.name().text()).toList();
    assertEquals(List.of("matching (n=100, threshold=0.8)", "matching (n=100, threshold=0.9)"), names);
  }

  @Test
  void cpusAreNamedOnARanksAxisOnlyWhenTheyAreNotOneOrVary() {
    SeriesKey two = new SeriesKey("sum", 2, new TreeMap<>(Map.of("n", "10")), new TreeSet<>());
    assertEquals("sum (2 cpus/rank)", SeriesName.of(two, new TreeSet<>(), new TreeSet<>(), false).text());
    SeriesKey one = new SeriesKey("sum", 1, new TreeMap<>(Map.of("n", "10")), new TreeSet<>());
    assertEquals("sum", SeriesName.of(one, new TreeSet<>(), new TreeSet<>(), false).text());
    assertEquals("sum (1 cpu/rank)", SeriesName.of(one, new TreeSet<>(), new TreeSet<>(), true).text());
    SeriesKey weak = new SeriesKey("sum", 1, new TreeMap<>(), new TreeSet<>(List.of("n")));
    assertEquals("sum (size scaled with ranks: n)", SeriesName.of(weak, new TreeSet<>(), new TreeSet<>(), false).text());
  }

  @Test
  void onlyPathsAreShortened() {
    assertEquals("strings_left_17250.csv", SeriesName.shortValue("/long/path/strings_left_17250.csv"));
    assertEquals("b.csv", SeriesName.shortValue("C:\\data\\b.csv"));
    assertEquals("0.8", SeriesName.shortValue("0.8"));
    assertEquals("dir/", SeriesName.shortValue("dir/"));
  }
}
