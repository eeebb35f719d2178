package org.scalebench.analysis.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.scalebench.analysis.chart.ChartFormat;
import org.scalebench.analysis.chart.ChartRenderer;
import org.scalebench.results.AtomicFiles;
import org.scalebench.analysis.StudyAnalysis;

/** Writes {@code report.html}, {@code summary.md} and {@code summary.csv}, each atomically. */
public final class ReportWriter {
  public static final String REPORT_HTML = "report.html";
  public static final String SUMMARY_MD = "summary.md";
  public static final String SUMMARY_CSV = "summary.csv";

  private final HtmlReport html;

  /**
   * @param formats chart formats to embed (PNG is preferred in the HTML when both are given, so
   *     then only PNG is drawn)
   * @param breakdownRanks the rank count for the per-rank bars, or null for the largest
   */
  public ReportWriter(Set<ChartFormat> formats, Integer breakdownRanks) {
    Set<ChartFormat> drawn = formats.contains(ChartFormat.PNG) ? EnumSet.of(ChartFormat.PNG) : formats;
    this.html = new HtmlReport(new ChartRenderer(drawn), breakdownRanks);
  }

  /** Writes the three files into {@code outDir} (created if needed); returns their paths. */
  public List<Path> write(StudyAnalysis analysis, Path outDir) throws IOException {
    Path report = outDir.resolve(REPORT_HTML);
    Path md = outDir.resolve(SUMMARY_MD);
    Path csv = outDir.resolve(SUMMARY_CSV);
    AtomicFiles.write(report, html.render(analysis));
    AtomicFiles.writeString(md, MarkdownSummary.render(analysis));
    AtomicFiles.writeString(csv, CsvSummary.render(analysis));
    return List.of(report, md, csv);
  }
}
