package org.scalebench.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.analysis.Analyzer;
import org.scalebench.analysis.StudyAnalysis;
import org.scalebench.analysis.scaling.ScalingAnalysis;
import org.scalebench.analysis.testing.SyntheticStore;
import org.scalebench.results.Scaling;

/** The model-choice section on synthetic stores with known answers. */
class ModelSectionTest {
  @TempDir Path root;

  @Test
  void demoStoreShowsTheChoiceTableFindingsAndPredictions() throws IOException {
    StudyAnalysis s = new Analyzer().analyze(SyntheticStore.demo(root), Scaling.STRONG);
    ScalingAnalysis a = s.series().get(0);
    String html = ModelSection.html(a, 0);
    List<String> md = ModelSection.markdown(a);
    assertTrue(html.contains("<table class=\"model-choice\">"), html);
    assertTrue(html.contains("<div class=\"predictions\" id=\"series-1-predictions\">"), html);
    assertTrue(html.contains("describes the data best") || html.contains("about equally well"), html);
    assertTrue(html.contains("efficiency falls below 0.5 at about"), html);
    for (String model : List.of("Amdahl", "USL", "Power law")) {
      assertTrue(html.contains("<td>" + model + "</td>"), model);
    }
    assertEquals("### Model choice", md.get(0));
    assertTrue(md.stream().anyMatch(l -> l.startsWith("#### Predictions (")), md.toString());
    // the predictions go up to 4 x the largest measured rank count by default
    assertTrue(md.stream().anyMatch(l -> l.startsWith("| 64 ")), md.toString());
    String full = MarkdownSummary.render(s);
    assertTrue(full.contains("### Model choice"), full);
  }

  @Test
  void runsThatGetSlowerSayNoSpeedupAndPredictNothing() throws IOException {
    // serial fraction 1 and communication that grows with log2(p): every added rank costs time
    SyntheticStore store = new SyntheticStore(root, "slow", 11).model(0.28, 1.0, 0.05, 0.0, 0.01);
    for (int p : new int[] {1, 2, 4}) {
      store.point("matching", Map.of("n", "1725"), 1, p, 3);
    }
    ScalingAnalysis a = new Analyzer().analyze(store.studyDir(), Scaling.STRONG).series().get(0);
    String html = ModelSection.html(a, 0);
    List<String> narrative = FitNarrative.sentences(a);
    assertTrue(html.contains("No speedup to model: the runs got slower with more ranks"), html);
    assertFalse(html.contains("class=\"predictions\""), html);
    assertTrue(narrative.get(0).startsWith("No speedup to model"), narrative.get(0));
    assertFalse(narrative.get(0).contains("f = 1"), narrative.get(0));
  }
}
