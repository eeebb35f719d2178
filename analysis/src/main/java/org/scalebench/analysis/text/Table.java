package org.scalebench.analysis.text;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table of already formatted cells, and its renderings: aligned plain text for the terminal,
 * Markdown, and CSV. The HTML report renders the same model.
 *
 * @param header the column names
 * @param rows the rows, each exactly as wide as {@code header}
 */
public record Table(List<String> header, List<List<String>> rows) {
  /** Between two columns of {@link #text()}. */
  private static final String GAP = "  ";

  public Table {
    header = List.copyOf(header);
    List<List<String>> copied = new ArrayList<>(rows.size());
    for (List<String> row : rows) {
      if (row.size() != header.size()) {
        throw new IllegalArgumentException("a row has " + row.size() + " cells, the header " + header.size()
            + ": " + row);
      }
      copied.add(List.copyOf(row));
    }
    rows = List.copyOf(copied);
  }

  /**
   * Plain text: the header, a rule of dashes, the rows; columns left-aligned, two spaces apart,
   * no trailing spaces (the last column is not padded, so a long note does not widen the others);
   * a line break in a cell becomes a space, so that a row stays one line.
   */
  public String text() {
    int[] widths = new int[header.size()];
    List<List<String>> all = new ArrayList<>(rows.size() + 2);
    all.add(header);
    rows.forEach(r -> all.add(r.stream().map(Table::oneLine).toList()));
    for (List<String> row : all) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], width(row.get(i)));
      }
    }
    List<String> rule = new ArrayList<>();
    for (int w : widths) {
      rule.add("-".repeat(w));
    }
    all.add(1, rule);
    StringBuilder out = new StringBuilder();
    for (List<String> row : all) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        line.append(i == 0 ? "" : GAP).append(cell).append(" ".repeat(widths[i] - width(cell)));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  /** A Markdown (GitHub) table; a {@code |} in a cell is escaped, a line break becomes a space. */
  public String markdown() {
    StringBuilder out = new StringBuilder();
    markdownRow(out, header);
    out.append('|');
    header.forEach(h -> out.append("---|"));
    out.append('\n');
    rows.forEach(r -> markdownRow(out, r));
    return out.toString();
  }

  private static void markdownRow(StringBuilder out, List<String> cells) {
    out.append('|');
    cells.forEach(c -> out.append(' ').append(oneLine(c).replace("|", "\\|")).append(" |"));
    out.append('\n');
  }

  /** RFC 4180 CSV (Commons CSV): the header line, then the rows, each ended by CRLF. */
  public String csv() {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
      printer.printRecord(header);
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    return out.toString();
  }

  private static String oneLine(String cell) {
    return cell.replaceAll("\\R", " ");
  }

  /** Characters as a terminal counts them (a character outside the BMP is one, not two). */
  private static int width(String cell) {
    return cell.codePointCount(0, cell.length());
  }
}
