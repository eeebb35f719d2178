package org.scalebench.analysis.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.scalebench.analysis.fit.Bound;
import org.scalebench.analysis.fit.FitParameter;
import org.scalebench.analysis.fit.ModelCandidate;
import org.scalebench.analysis.fit.Prediction;
import org.scalebench.analysis.fit.SeriesModels;
import org.scalebench.analysis.scaling.ScalingAnalysis;
import org.scalebench.analysis.text.Numbers;
import org.scalebench.analysis.text.Table;
import org.scalebench.results.Scaling;

/**
 * The model choice of one curve for the reader: which law describes the data best and by how much
 * (table {@code model-choice}), the findings in sentences, and the chosen law's predictions (block
 * {@code predictions}), as an HTML fragment and as Markdown lines.
 */
public final class ModelSection {
  /** What the prediction intervals do not cover. */
  static final String CAVEAT = "The intervals cover run-to-run noise in the measured points, not the chance that "
      + "the law stops holding beyond them (a new bottleneck, another network level): the further a prediction "
      + "reaches, the more it is a hypothesis to test.";

  private ModelSection() {}

  /** The fragment for section {@code index} (0-based) of the report; empty when nothing was modelled. */
  public static String html(ScalingAnalysis a, int index) {
    SeriesModels m = a.models();
    if (m.candidates().isEmpty()) {
      return "";
    }
    StringBuilder h = new StringBuilder(4096);
    h.append("<h3>Model choice</h3>\n<p>").append(HtmlReport.esc(intro(m))).append("</p>\n");
    table(h, choice(m), "model-choice", 1, 2, 7);
    h.append("<ul class=\"models findings\">\n");
    m.findings().forEach(f -> h.append("<li>").append(HtmlReport.esc(f)).append("</li>\n"));
    h.append("</ul>\n");
    if (!m.predictions().isEmpty()) {
      h.append("<div class=\"predictions\" id=\"series-").append(index + 1).append("-predictions\">\n<h3>")
          .append(HtmlReport.esc(predictionsTitle(m))).append("</h3>\n");
      table(h, predictions(m), "predictions-table");
      h.append("<p>").append(HtmlReport.esc(CAVEAT)).append("</p>\n</div>\n");
    }
    return h.toString();
  }

  /** The same content as Markdown lines; empty when nothing was modelled. */
  public static List<String> markdown(ScalingAnalysis a) {
    SeriesModels m = a.models();
    List<String> out = new ArrayList<>();
    if (m.candidates().isEmpty()) {
      return out;
    }
    out.add("### Model choice");
    out.add("");
    out.add(intro(m));
    out.add("");
    out.addAll(choice(m).markdown().lines().toList());
    out.add("");
    m.findings().forEach(f -> out.add("- " + f));
    out.add("");
    if (!m.predictions().isEmpty()) {
      out.add("#### " + predictionsTitle(m));
      out.add("");
      out.addAll(predictions(m).markdown().lines().toList());
      out.add("");
      out.add(CAVEAT);
      out.add("");
    }
    return out;
  }

  static String intro(SeriesModels m) {
    ModelCandidate any = m.candidates().get(0);
    return String.format(Locale.ROOT, "Each law is fitted to the logarithm of every repetition's wall time (%d runs "
        + "at %d %s counts), so all are judged on the same quantity: AICc with the small-sample correction (lower "
        + "is better; Hurvich and Tsai 1989), Akaike weight (Burnham and Anderson 2002), and the leave-one-out "
        + "error of the median time at each %s count when the law is refitted without it. Parameter intervals are "
        + "95%% profile-likelihood intervals inside each parameter's domain. (The fits table fits the medians "
        + "on a linear scale, so its estimates differ a little.)", any.observations(), any.unitCounts(),
        singular(m.unitName()), singular(m.unitName()));
  }

  static Table choice(SeriesModels m) {
    List<List<String>> rows = new ArrayList<>();
    for (ModelCandidate c : m.candidates()) {
      String params = c.fit().ok() ? String.join("; ", c.fit().parameters().stream().map(ModelSection::parameter)
          .toList()) : "-";
      String note = c == m.best() ? (m.assumed() ? "assumed for the predictions (" + c.ineligible() + ")" : "best")
          : c.eligible() ? "" : "not compared: " + c.ineligible();
      rows.add(List.of(c.name(), c.fit().model().equation(), params, Numbers.sig(c.aicc(), 5),
          Numbers.sig(c.deltaAicc(), 3), Numbers.sig(c.weight(), 2), Numbers.percent(c.looError()), note));
    }
    return new Table(List.of("model", "equation", "parameters (95% CI)", "AICc", "delta AICc", "weight",
        "leave-one-out error", "note"), rows);
  }

  /** {@code f = 0.05 [0.04, 0.06]}; an estimate on an edge of its domain says which. */
  public static String parameter(FitParameter p) {
    String unit = p.name().startsWith("T") ? " s" : "";
    String edge = p.bound() == Bound.LOWER ? " (at its lower limit)" : p.bound() == Bound.UPPER
        ? " (at its upper limit)" : "";
    return p.name() + " = " + Numbers.sig(p.value()) + unit + edge + " " + Numbers.interval(p.ciLow(), p.ciHigh());
  }

  static String predictionsTitle(SeriesModels m) {
    return "Predictions (" + m.best().name() + (m.assumed() ? ", assumed: too few counts to choose a law" : "")
        + ", 95% bootstrap intervals over the repetitions)";
  }

  static Table predictions(SeriesModels m) {
    boolean strong = m.mode() == Scaling.STRONG;
    String base = Numbers.sig(m.baseUnits()) + " " + (m.baseUnits() == 1 ? singular(m.unitName()) : m.unitName());
    List<List<String>> rows = new ArrayList<>();
    for (Prediction p : m.predictions()) {
      rows.add(List.of(Numbers.sig(p.units()), Numbers.sig(p.seconds()), Numbers.interval(p.secondsLow(),
          p.secondsHigh()), Numbers.sig(p.speedup()), Numbers.interval(p.speedupLow(), p.speedupHigh()),
          Numbers.sig(p.efficiency()), Numbers.interval(p.efficiencyLow(), p.efficiencyHigh())));
    }
    return new Table(List.of(m.unitName(), "time (s)", "95% interval", (strong ? "speedup" : "scaled speedup")
        + " vs " + base, "95% interval", "efficiency", "95% interval"), rows);
  }

  /** The report's table markup; {@code textColumns} are prose, aligned left like the first column. */
  private static void table(StringBuilder h, Table t, String cssClass, int... textColumns) {
    h.append("<table class=\"").append(cssClass).append("\">\n<thead><tr>");
    t.header().forEach(c -> h.append("<th>").append(HtmlReport.esc(c)).append("</th>"));
    h.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : t.rows()) {
      h.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        int col = i;
        boolean text = Arrays.stream(textColumns).anyMatch(c -> c == col);
        h.append(text ? "<td style=\"text-align: left\">" : "<td>").append(HtmlReport.esc(row.get(i))).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody></table>\n");
  }

  private static String singular(String unitName) {
    return unitName.endsWith("s") ? unitName.substring(0, unitName.length() - 1) : unitName;
  }
}
