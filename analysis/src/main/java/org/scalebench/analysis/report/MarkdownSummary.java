package org.scalebench.analysis.report;

import java.util.List;
import org.scalebench.analysis.scaling.ScalingAnalysis;
import org.scalebench.results.Scaling;
import org.scalebench.analysis.StudyAnalysis;

/** {@code summary.md}: the tables and the models in words, for pasting into a paper or a PR. */
public final class MarkdownSummary {
  private MarkdownSummary() {}

  public static String render(StudyAnalysis s) {
    StringBuilder m = new StringBuilder();
    m.append("# Scaling summary: ").append(s.studyName()).append("\n\n");
    m.append(s.mode() == Scaling.STRONG ? "Strong" : "Weak").append(" scaling; ")
        .append(s.aggregate().points().size()).append(" points, ")
        .append(s.aggregate().skipped().size()).append(" runs skipped. ")
        .append("Medians over repetitions, 95% bootstrap intervals.\n\n");
    if (s.series().isEmpty()) {
      m.append("> No complete run was found, so there is nothing to analyze.\n\n");
    }
    for (ScalingAnalysis a : s.series()) {
      m.append("## ").append(a.key().title()).append("\n\n");
      a.notes().forEach(n -> m.append("> ").append(n).append("\n>\n"));
      if (!a.notes().isEmpty()) {
        m.setLength(m.length() - 2);
        m.append("\n\n");
      }
      table(m, Tables.points(a));
      if (!a.fits().isEmpty()) {
        table(m, Tables.fits(a));
      }
      FitNarrative.sentences(a).forEach(w -> m.append("- ").append(w).append("\n"));
      m.append("\n");
    }
    var p = s.aggregate().provenance();
    m.append("Provenance: commit ").append(String.join(", ", p.gitCommits()))
        .append("; hosts ").append(String.join(", ", p.hosts()))
        .append("; Java ").append(String.join(", ", p.javaVersions()))
        .append("; MPI ").append(String.join(", ", p.mpiVersions())).append(".\n");
    return m.toString();
  }

  private static void table(StringBuilder m, Tables.Table t) {
    row(m, t.header());
    m.append('|');
    t.header().forEach(h -> m.append("---|"));
    m.append('\n');
    t.rows().forEach(r -> row(m, r));
    m.append('\n');
  }

  private static void row(StringBuilder m, List<String> cells) {
    m.append('|');
    cells.forEach(c -> m.append(' ').append(c.replace("|", "\\|")).append(" |"));
    m.append('\n');
  }
}
