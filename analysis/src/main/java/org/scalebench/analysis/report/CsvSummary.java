package org.scalebench.analysis.report;

import java.util.List;
import java.util.stream.Collectors;
import org.scalebench.analysis.aggregate.Summary;
import org.scalebench.analysis.scaling.ScalingAnalysis;
import org.scalebench.analysis.scaling.ScalingRow;
import org.scalebench.analysis.StudyAnalysis;

/**
 * {@code summary.csv}: one row per point, full precision ({@link Double#toString}, locale-free),
 * empty cells for values that do not exist; RFC 4180 quoting. The first column, {@code
 * schemaVersion}, is {@link #SCHEMA_VERSION} in every row.
 */
public final class CsvSummary {
  /** The format version; raise it when the columns change. */
  public static final int SCHEMA_VERSION = 1;

  public static final List<String> HEADER = List.of("schemaVersion", "series", "workload", "params", "nodes", "tasksPerNode",
      "cpusPerTask", "ranks", "repetitions", "medianSeconds", "ciLowSeconds", "ciHighSeconds", "minSeconds",
      "maxSeconds", "baselineRanks", "speedup", "speedupCiLow", "speedupCiHigh", "efficiency", "karpFlatt",
      "loadImbalance", "commFraction", "waitShareOfComm");

  private CsvSummary() {}

  public static String render(StudyAnalysis s) {
    StringBuilder c = new StringBuilder();
    c.append(String.join(",", HEADER)).append("\r\n");
    for (ScalingAnalysis a : s.series()) {
      boolean ratios = a.hasScaling();
      for (ScalingRow r : a.rows()) {
        var k = r.point().key();
        Summary w = r.point().wallSeconds();
        List<String> cells = List.of(Integer.toString(SCHEMA_VERSION), a.key().title(), k.workload(), k.paramsText(), Integer.toString(k.nodes()),
            Integer.toString(k.tasksPerNode()), Integer.toString(k.cpusPerTask()), Integer.toString(k.ranks()),
            Integer.toString(w.count()), Fmt.raw(w.median()), Fmt.raw(w.ciLow()), Fmt.raw(w.ciHigh()),
            Fmt.raw(w.min()), Fmt.raw(w.max()), Integer.toString(a.baselineRanks()),
            ratios ? Fmt.raw(r.speedup()) : "", ratios ? Fmt.raw(r.speedupLow()) : "",
            ratios ? Fmt.raw(r.speedupHigh()) : "", ratios ? Fmt.raw(r.efficiency()) : "", Fmt.raw(r.karpFlatt()),
            median(r.point().loadImbalance()), median(r.point().commFraction()),
            median(r.point().waitShareOfComm()));
        c.append(cells.stream().map(CsvSummary::quote).collect(Collectors.joining(","))).append("\r\n");
      }
    }
    return c.toString();
  }

  private static String median(Summary s) {
    return s == null ? "" : Fmt.raw(s.median());
  }

  static String quote(String cell) {
    if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
      return "\"" + cell.replace("\"", "\"\"") + "\"";
    }
    return cell;
  }
}
