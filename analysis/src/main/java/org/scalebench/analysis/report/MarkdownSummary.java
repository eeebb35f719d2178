package org.scalebench.analysis.report;

import org.scalebench.analysis.StudyAnalysis;
import org.scalebench.analysis.aggregate.StudyAggregate;
import org.scalebench.analysis.scaling.ScalingAnalysis;
import org.scalebench.analysis.scaling.VariantComparison;
import org.scalebench.analysis.text.Table;
import org.scalebench.results.Scaling;

/**
 * {@code summary.md}: the tables and the models in words, for pasting into a paper or a PR, and
 * every run left out of them with its reason.
 */
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
    if (s.variants().present()) {
      variants(m, s.variants());
    }
    for (ScalingAnalysis a : s.series()) {
      m.append("## ").append(a.name().text()).append("\n\n");
      String runs = Tables.whatRuns(a);
      if (runs != null) {
        m.append(runs).append(a.name().command() == null ? "" : " Command: `" + a.name().command() + "`.")
            .append("\n\n");
      }
      m.append("Parameters: ").append(a.name().parameters().isEmpty() ? "none"
          : String.join(", ", a.name().parameters().entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue()).toList())).append(".\n\n");
      a.notes().forEach(n -> m.append("> ").append(n).append("\n>\n"));
      if (!a.notes().isEmpty()) {
        m.setLength(m.length() - 2);
        m.append("\n");
      }
      table(m, Tables.configurations(a));
      table(m, Tables.points(a));
      if (!a.fits().isEmpty()) {
        table(m, Tables.fits(a));
      }
      FitNarrative.sentences(a).forEach(w -> m.append("- ").append(w).append("\n"));
      m.append("\n");
      ModelSection.markdown(a).forEach(line -> m.append(line).append("\n"));
    }
    skipped(m, s.aggregate());
    var p = s.aggregate().provenance();
    m.append("Provenance: commit ").append(String.join(", ", p.gitCommits()))
        .append("; hosts ").append(String.join(", ", p.hosts()))
        .append("; Java ").append(String.join(", ", p.javaVersions()))
        .append("; MPI ").append(String.join(", ", p.mpiVersions())).append(".\n");
    return m.toString();
  }

  /** The variants side by side: the times with their ratios, the phase shares, the biggest difference. */
  private static void variants(StringBuilder m, VariantComparison v) {
    m.append("## Variants side by side\n\n").append(VariantSection.intro(v)).append("\n\n");
    table(m, VariantSection.times(v));
    if (!v.commonRows().isEmpty()) {
      table(m, VariantSection.phases(v));
    }
    m.append(VariantSection.contrast(v)).append("\n\n");
  }

  /** Every run left out (a file has room for all of them, unlike the terminal). */
  private static void skipped(StringBuilder m, StudyAggregate a) {
    if (a.skipped().isEmpty()) {
      return;
    }
    m.append("## Runs left out\n\n").append(Tables.leftOut(a));
    String missing = Tables.missingPoints(a);
    if (missing != null) {
      m.append(' ').append(missing);
    }
    m.append("\n\n");
    table(m, Tables.skipped(a, a.skipped().size()));
  }

  private static void table(StringBuilder m, Table t) {
    m.append(t.markdown()).append('\n');
  }
}
