package org.scalebench.analysis.compare;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scalebench.analysis.text.Numbers;
import org.scalebench.analysis.text.Table;
import org.scalebench.results.ResultJson;

/** The terminal table, {@code compare.md} and {@code compare.json} of a {@link CompareReport}. */
public final class CompareFormats {
  private static final List<String> SAMPLE_HEADER = List.of("verdict", "benchmark / point", "unit", "baseline",
      "current", "change", "95% CI of ratio", "p", "n", "note");
  private static final List<String> SCALING_HEADER = List.of("verdict", "series", "parameter", "baseline [95% CI]",
      "current [95% CI]", "effect at p", "note");

  private CompareFormats() {}

  /** A plain-text table for the terminal, every row with its reason, and a one-line summary at the end. */
  public static String table(CompareReport r) {
    StringBuilder out = new StringBuilder();
    out.append(header(r)).append('\n');
    String prefix = commonPrefix(r.samples().stream().map(SampleComparison::id).toList());
    out.append(samples(r, prefix, false).text());
    if (!r.scaling().isEmpty()) {
      out.append('\n').append("Scaling fits (larger f, sigma, kappa is worse):\n");
      out.append(scaling(r).text());
    }
    r.warnings().forEach(w -> out.append("warning: ").append(w).append('\n'));
    out.append(summary(r)).append('\n');
    return out.toString();
  }

  /** The same as Markdown. */
  public static String markdown(CompareReport r) {
    StringBuilder out = new StringBuilder("# Performance comparison\n\n");
    out.append(header(r)).append("\n\n");
    out.append("**").append(summary(r)).append("**\n\n");
    r.warnings().forEach(w -> out.append("> warning: ").append(w).append("\n\n"));
    out.append(samples(r, "", true).markdown());
    if (!r.scaling().isEmpty()) {
      out.append("\n## Scaling fits\n\nAmdahl's serial fraction f, USL's contention sigma and coherency kappa "
          + "(larger is worse). Effect: how many times lower the predicted speedup or capacity is at p ranks.\n\n");
      out.append(scaling(r).markdown());
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
    return "Baseline: " + r.baseline().given() + provenance(r.baseline()) + "\nCurrent:  " + r.current().given()
        + "\nalpha " + Numbers.sig(r.thresholds().alpha()) + ", minimum effect "
        + Numbers.percent(r.thresholds().minEffect());
  }

  private static String provenance(CompareInput in) {
    BaselineManifest m = in.manifest();
    return m == null ? "" : " (commit " + m.commit() + ", " + m.machine().hostname() + ", " + m.createdAt() + ")";
  }

  /**
   * The verdict in one line: the regressions, or that nothing could be tested (every row inconclusive,
   * missing or new), then the count of each verdict.
   */
  static String summary(CompareReport r) {
    long reg = r.regressions();
    String head = r.nothingTested() ? "Nothing could be tested"
        : reg == 0 ? "No regression" : reg + " regression" + (reg == 1 ? "" : "s");
    return head + ": " + r.count(Verdict.UNCHANGED) + " unchanged, " + r.count(Verdict.IMPROVEMENT) + " improved, "
        + r.count(Verdict.INCONCLUSIVE) + " inconclusive, " + r.count(Verdict.MISSING) + " missing, "
        + r.count(Verdict.NEW) + " new.";
  }

  /**
   * One row per benchmark or point; ids lose {@code prefix}, or are set as code ({@code asCode}, for
   * Markdown).
   */
  private static Table samples(CompareReport r, String prefix, boolean asCode) {
    List<List<String>> rows = new ArrayList<>();
    for (SampleComparison s : r.samples()) {
      rows.add(List.of(verdict(s.verdict()), asCode ? "`" + s.id() + "`" : s.id().substring(prefix.length()),
          s.unit() + " (" + s.direction().better() + " better)", Numbers.sig(s.baselineMedian()),
          Numbers.sig(s.currentMedian()), SampleComparator.change(s.worseFactor()),
          Numbers.interval(s.ratioLow(), s.ratioHigh()), Numbers.sig(s.pValue(), 3),
          s.baselineCount() + "/" + s.currentCount(), s.note()));
    }
    return new Table(SAMPLE_HEADER, rows);
  }

  private static Table scaling(CompareReport r) {
    List<List<String>> rows = new ArrayList<>();
    for (ScalingComparison s : r.scaling()) {
      rows.add(List.of(verdict(s.verdict()), s.series(), s.model() + " " + s.parameter(),
          withCi(s.baselineValue(), s.baselineLow(), s.baselineHigh()),
          withCi(s.currentValue(), s.currentLow(), s.currentHigh()),
          Double.isFinite(s.worseFactor()) ? "x" + Numbers.sig(s.worseFactor()) + " at " + s.atRanks() : Numbers.NONE,
          s.note()));
    }
    return new Table(SCALING_HEADER, rows);
  }

  private static String verdict(Verdict v) {
    return v.label().toUpperCase(Locale.ROOT);
  }

  private static String withCi(double value, double low, double high) {
    if (!Double.isFinite(value)) {
      return Numbers.NONE;
    }
    return Numbers.sig(value) + " " + (Double.isFinite(low) ? Numbers.interval(low, high) : "[no CI]");
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
}
