package org.scalebench.analysis.report;

import java.util.ArrayList;
import java.util.List;
import org.scalebench.analysis.StudyAnalysis;
import org.scalebench.analysis.aggregate.PhaseShares;
import org.scalebench.analysis.aggregate.Summary;
import org.scalebench.analysis.scaling.ScalingAnalysis;
import org.scalebench.analysis.scaling.ScalingRow;
import org.scalebench.analysis.text.Numbers;
import org.scalebench.analysis.text.Table;

/**
 * {@code summary.csv}: one row per point, full precision ({@link Numbers#exact}), empty cells for
 * values that do not exist; RFC 4180 ({@link Table#csv()}). The first column, {@code
 * schemaVersion}, is {@link #SCHEMA_VERSION} in every row.
 */
public final class CsvSummary {
  /**
   * The format version; raise it when the columns change. 2 added, at the end, {@code cores},
   * {@code axisUnits} (ranks, or cores on a curve that varies cpus per task), {@code oversubscribed},
   * {@code inFits}, {@code best} and the phase shares; 3 added, at the end, {@code variant} (the study
   * variant, empty outside variants); the phase shares of an exec point whose ranks recorded their total
   * time only are empty.
   */
  public static final int SCHEMA_VERSION = 3;

  public static final List<String> HEADER = List.of("schemaVersion", "series", "workload", "params", "nodes", "tasksPerNode",
      "cpusPerTask", "ranks", "repetitions", "medianSeconds", "ciLowSeconds", "ciHighSeconds", "minSeconds",
      "maxSeconds", "baselineRanks", "speedup", "speedupCiLow", "speedupCiHigh", "efficiency", "karpFlatt",
      "loadImbalance", "commFraction", "waitShareOfComm", "cores", "axisUnits", "oversubscribed", "inFits", "best",
      "computeShare", "waitShare", "transferShare", "ioShare", "variant");

  private CsvSummary() {}

  public static String render(StudyAnalysis s) {
    List<List<String>> rows = new ArrayList<>();
    for (ScalingAnalysis a : s.series()) {
      boolean ratios = a.hasScaling();
      ScalingRow best = a.best();
      for (ScalingRow r : a.rows()) {
        var k = r.point().key();
        Summary w = r.point().wallSeconds();
        PhaseShares shares = r.point().instrumented() ? r.point().phaseShares() : null;
        List<String> row = new ArrayList<>(HEADER.size());
        row.addAll(List.of(Integer.toString(SCHEMA_VERSION), a.key().title(), k.workload(), k.paramsText(),
            Integer.toString(k.nodes()), Integer.toString(k.tasksPerNode()), Integer.toString(k.cpusPerTask()),
            Integer.toString(k.ranks()), Integer.toString(w.count()), Numbers.exact(w.median()),
            Numbers.exact(w.ciLow()), Numbers.exact(w.ciHigh()), Numbers.exact(w.min()), Numbers.exact(w.max()),
            Integer.toString(a.baselineRanks()),
            ratios ? Numbers.exact(r.speedup()) : "", ratios ? Numbers.exact(r.speedupLow()) : "",
            ratios ? Numbers.exact(r.speedupHigh()) : "", ratios ? Numbers.exact(r.efficiency()) : "",
            Numbers.exact(r.karpFlatt()), median(r.point().loadImbalance()), median(r.point().commFraction()),
            median(r.point().waitShareOfComm())));
        row.addAll(List.of(Integer.toString(r.cores()), Integer.toString(r.units()),
            Boolean.toString(r.oversubscribed()), Boolean.toString(r.inFits()), Boolean.toString(ratios && r == best),
            shares == null ? "" : Numbers.exact(shares.computeShare()),
            shares == null ? "" : Numbers.exact(shares.waitShare()),
            shares == null ? "" : Numbers.exact(shares.transferShare()),
            shares == null ? "" : Numbers.exact(shares.ioShare()),
            k.variant() == null ? "" : k.variant()));
        rows.add(row);
      }
    }
    return new Table(HEADER, rows).csv();
  }

  private static String median(Summary s) {
    return s == null ? "" : Numbers.exact(s.median());
  }
}
