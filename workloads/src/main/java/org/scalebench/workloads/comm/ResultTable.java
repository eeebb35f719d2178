package org.scalebench.workloads.comm;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scalebench.api.OutputFiles;

/**
 * A table that rank 0 prints and writes to {@code output/} as CSV. Column names carry their unit
 * ({@code latency_us}, {@code bandwidth_MB_per_s}); the CSV's first column is {@code
 * schema_version}, so readers can tell format changes apart. Cells are preformatted with {@code
 * Locale.ROOT}.
 */
public final class ResultTable {
  /** The CSV format version of every table of this package. */
  public static final int SCHEMA_VERSION = 1;

  private final List<String> columns;
  private final List<List<String>> rows = new ArrayList<>();

  public ResultTable(List<String> columns) {
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("columns must not be empty");
    }
    this.columns = List.copyOf(columns);
  }

  /** Adds a row of exactly one cell per column. */
  public void add(List<String> cells) {
    if (cells.size() != columns.size()) {
      throw new IllegalArgumentException("a row needs " + columns.size() + " cells " + columns + ", got " + cells);
    }
    rows.add(List.copyOf(cells));
  }

  public int size() {
    return rows.size();
  }

  /** Prints the table with aligned columns (right-aligned, numbers mostly). */
  public void print(PrintStream out, String title) {
    int[] width = new int[columns.size()];
    for (int c = 0; c < width.length; c++) {
      width[c] = columns.get(c).length();
      for (List<String> r : rows) {
        width[c] = Math.max(width[c], r.get(c).length());
      }
    }
    out.println("# " + title);
    out.println(line(columns, width));
    rows.forEach(r -> out.println(line(r, width)));
    out.println();
  }

  private static String line(List<String> cells, int[] width) {
    StringBuilder b = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        b.append("  ");
      }
      b.append(" ".repeat(width[c] - cells.get(c).length())).append(cells.get(c));
    }
    return b.toString();
  }

  /** Writes {@code schema_version,<columns>} and the rows, atomically. */
  public void writeCsv(Path file) throws IOException {
    List<String> lines = new ArrayList<>(rows.size());
    for (List<String> r : rows) {
      lines.add(String.join(",", r));
    }
    OutputFiles.writeCsv(file, SCHEMA_VERSION, String.join(",", columns), lines);
  }
}
