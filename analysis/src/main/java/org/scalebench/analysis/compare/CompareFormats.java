package org.scalebench.analysis.compare;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scalebench.results.ResultJson;

/** The terminal table, {@code compare.md} and {@code compare.json} of a {@link CompareReport}. */
public final class CompareFormats {
  private static final List<String> SAMPLE_HEADER = List.of("verdict", "benchmark / point", "unit", "baseline",
      "current", "change", "95% CI of ratio", "p", "n");
  private static final List<String> SCALING_HEADER = List.of("verdict", "series", "parameter", "baseline [95% CI]",
      "current [95% CI]", "effect at p", "note");

  private CompareFormats() {}

  /** A plain-text table for the terminal, with a one-line summary at the end. */
  public static String table(CompareReport r) {
    StringBuilder out = new StringBuilder();
    out.append(header(r)).append('\n');
    String prefix = commonPrefix(r.samples().stream().map(SampleComparison::id).toList());
    out.append(textTable(SAMPLE_HEADER, sampleRows(r, prefix)));
    if (!r.scaling().isEmpty()) {
      out.append('\n').append("Scaling fits (larger f, sigma, kappa is worse):\n");
      out.append(textTable(SCALING_HEADER, scalingRows(r)));
    }
    r.warnings().forEach(w -> out.append("warning: ").append(w).append('\n'));
    out.append(summary(r)).append('\n');
    return out.toString();
  }

  /** The same as Markdown, with the notes of every row. */
  public static String markdown(CompareReport r) {
    StringBuilder out = new StringBuilder("# Performance comparison\n\n");
    out.append(header(r)).append("\n\n");
    out.append("**").append(summary(r)).append("**\n\n");
    r.warnings().forEach(w -> out.append("> warning: ").append(w).append("\n\n"));
    List<String> head = new ArrayList<>(SAMPLE_HEADER);
    head.add("note");
    List<List<String>> rows = new ArrayList<>();
    List<List<String>> plain = sampleRows(r, "");
    for (int i = 0; i < plain.size(); i++) {
      List<String> row = new ArrayList<>(plain.get(i));
      row.set(1, "`" + row.get(1) + "`");
      row.add(r.samples().get(i).note());
      rows.add(row);
    }
    out.append(markdownTable(head, rows));
    if (!r.scaling().isEmpty()) {
      out.append("\n## Scaling fits\n\nAmdahl's serial fraction f, USL's contention sigma and coherency kappa "
          + "(larger is worse). Effect: how many times lower the predicted speedup or capacity is at p ranks.\n\n");
      out.append(markdownTable(SCALING_HEADER, scalingRows(r)));
    }
    out.append("\nMethod: two-sided Mann-Whitney U test on the raw samples (exact p without ties) and the "
        + "ratio of medians; a regression needs p < alpha and a median worse by more than the minimum effect. "
        + "The interval is a 95% percentile bootstrap of the ratio current/baseline.\n");
    return out.toString();
  }

  /** {@code compare.json}: format, schema version, inputs, thresholds, rows; NaN becomes null. */
  public static String json(CompareReport r) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("format", CompareReport.FORMAT);
    root.put("schemaVersion", CompareReport.SCHEMA_VERSION);
    root.put("kind", r.kind().label());
    root.set("baseline", input(r.baseline()));
    root.set("current", input(r.current()));
    ObjectNode t = root.putObject("thresholds");
    t.put("alpha", r.thresholds().alpha());
    t.put("minEffect", r.thresholds().minEffect());
    root.put("regressions", r.regressions());
    ObjectNode counts = root.putObject("counts");
    for (Verdict v : Verdict.values()) {
      counts.put(v.label(), r.count(v));
    }
    ArrayNode samples = root.putArray("samples");
    for (SampleComparison s : r.samples()) {
      ObjectNode o = samples.addObject();
      o.put("id", s.id());
      o.put("unit", s.unit());
      o.put("better", s.direction().better());
      o.put("verdict", s.verdict().label());
      o.put("baselineCount", s.baselineCount());
      o.put("currentCount", s.currentCount());
      number(o, "baselineMedian", s.baselineMedian());
      number(o, "currentMedian", s.currentMedian());
      number(o, "ratio", s.ratio());
      number(o, "ratioLow", s.ratioLow());
      number(o, "ratioHigh", s.ratioHigh());
      number(o, "worseFactor", s.worseFactor());
      number(o, "pValue", s.pValue());
      o.put("exactP", s.exactP());
      o.put("note", s.note());
    }
    ArrayNode scaling = root.putArray("scaling");
    for (ScalingComparison s : r.scaling()) {
      ObjectNode o = scaling.addObject();
      o.put("series", s.series());
      o.put("model", s.model());
      o.put("parameter", s.parameter());
      o.put("verdict", s.verdict().label());
      number(o, "baselineValue", s.baselineValue());
      number(o, "baselineLow", s.baselineLow());
      number(o, "baselineHigh", s.baselineHigh());
      number(o, "currentValue", s.currentValue());
      number(o, "currentLow", s.currentLow());
      number(o, "currentHigh", s.currentHigh());
      o.put("atRanks", s.atRanks());
      number(o, "worseFactor", s.worseFactor());
      o.put("note", s.note());
    }
    ArrayNode warnings = root.putArray("warnings");
    r.warnings().forEach(warnings::add);
    return ResultJson.pretty(root);
  }

  private static ObjectNode input(CompareInput in) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("path", in.given().toString());
    if (in.manifest() != null) {
      BaselineManifest m = in.manifest();
      o.put("baselineName", m.name());
      o.put("commit", m.commit());
      o.put("host", m.machine().hostname());
      o.put("createdAt", m.createdAt().toString());
    }
    return o;
  }

  private static void number(ObjectNode o, String field, double value) {
    if (Double.isFinite(value)) {
      o.put(field, value);
    } else {
      o.putNull(field);
    }
  }

  private static String header(CompareReport r) {
    return String.format(Locale.ROOT, "Baseline: %s%s%nCurrent:  %s%nalpha %s, minimum effect %.0f%%",
        r.baseline().given(), provenance(r.baseline()), r.current().given(), r.thresholds().alpha(),
        r.thresholds().minEffect() * 100);
  }

  private static String provenance(CompareInput in) {
    BaselineManifest m = in.manifest();
    return m == null ? "" : " (commit " + m.commit() + ", " + m.machine().hostname() + ", " + m.createdAt() + ")";
  }

  static String summary(CompareReport r) {
    long reg = r.regressions();
    String head = reg == 0 ? "No regression" : reg + " regression" + (reg == 1 ? "" : "s");
    return String.format(Locale.ROOT, "%s: %d unchanged, %d improved, %d inconclusive, %d missing, %d new.", head,
        r.count(Verdict.UNCHANGED), r.count(Verdict.IMPROVEMENT), r.count(Verdict.INCONCLUSIVE),
        r.count(Verdict.MISSING), r.count(Verdict.NEW));
  }

  private static List<List<String>> sampleRows(CompareReport r, String prefix) {
    List<List<String>> rows = new ArrayList<>();
    for (SampleComparison s : r.samples()) {
      rows.add(List.of(s.verdict().label().toUpperCase(Locale.ROOT), s.id().substring(prefix.length()),
          s.unit() + " (" + s.direction().better() + " better)", num(s.baselineMedian()), num(s.currentMedian()),
          change(s.worseFactor()),
          Double.isFinite(s.ratioLow()) ? String.format(Locale.ROOT, "%.3f..%.3f", s.ratioLow(), s.ratioHigh()) : "-",
          Double.isFinite(s.pValue()) ? String.format(Locale.ROOT, "%.3g", s.pValue()) : "-",
          s.baselineCount() + "/" + s.currentCount()));
    }
    return rows;
  }

  private static List<List<String>> scalingRows(CompareReport r) {
    List<List<String>> rows = new ArrayList<>();
    for (ScalingComparison s : r.scaling()) {
      rows.add(List.of(s.verdict().label().toUpperCase(Locale.ROOT), s.series(), s.model() + " " + s.parameter(),
          withCi(s.baselineValue(), s.baselineLow(), s.baselineHigh()),
          withCi(s.currentValue(), s.currentLow(), s.currentHigh()),
          Double.isFinite(s.worseFactor()) ? String.format(Locale.ROOT, "x%.3f at %d", s.worseFactor(), s.atRanks())
              : "-", s.note()));
    }
    return rows;
  }

  /** {@code 20.0% worse} or {@code 16.7% better} (the same factor 1.2 either way), {@code -} when unknown. */
  static String change(double worseFactor) {
    if (!Double.isFinite(worseFactor)) {
      return "-";
    }
    return worseFactor >= 1 ? String.format(Locale.ROOT, "%.1f%% worse", (worseFactor - 1) * 100)
        : String.format(Locale.ROOT, "%.1f%% better", (1 - worseFactor) * 100);
  }

  private static String withCi(double value, double low, double high) {
    if (!Double.isFinite(value)) {
      return "-";
    }
    return Double.isFinite(low) ? String.format(Locale.ROOT, "%.4g [%.4g, %.4g]", value, low, high)
        : String.format(Locale.ROOT, "%.4g [no CI]", value);
  }

  static String num(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4g", v) : "-";
  }

  /** The longest common prefix of the ids that ends at a '.', so class names stay readable. */
  static String commonPrefix(List<String> ids) {
    if (ids.size() < 2) {
      return "";
    }
    String p = ids.get(0);
    for (String id : ids) {
      int i = 0;
      while (i < Math.min(p.length(), id.length()) && p.charAt(i) == id.charAt(i)) {
        i++;
      }
      p = p.substring(0, i);
    }
    int dot = p.lastIndexOf('.');
    return dot < 0 ? "" : p.substring(0, dot + 1);
  }

  private static String textTable(List<String> header, List<List<String>> rows) {
    int[] widths = new int[header.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = header.get(i).length();
    }
    for (List<String> row : rows) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    appendRow(out, header, widths);
    List<String> rule = new ArrayList<>();
    for (int w : widths) {
      rule.add("-".repeat(w));
    }
    appendRow(out, rule, widths);
    rows.forEach(row -> appendRow(out, row, widths));
    return out.toString();
  }

  private static void appendRow(StringBuilder out, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      line.append(i == 0 ? "" : "  ").append(cells.get(i)).append(" ".repeat(widths[i] - cells.get(i).length()));
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  private static String markdownTable(List<String> header, List<List<String>> rows) {
    StringBuilder out = new StringBuilder();
    out.append("| ").append(String.join(" | ", header)).append(" |\n|");
    header.forEach(h -> out.append("---|"));
    out.append('\n');
    for (List<String> row : rows) {
      out.append("| ").append(String.join(" | ", row.stream().map(c -> c.replace("|", "\\|")).toList()))
          .append(" |\n");
    }
    return out.toString();
  }
}
