package org.scalebench.workloads.matching;

import java.nio.file.Path;
import java.util.Locale;

/** How an input file holds its strings. */
public enum InputFormat {
  /** CSV when the file name ends in {@code .csv} (any case), else one string per line. */
  AUTO,
  /** One string per line. */
  LINES,
  /** One column of an RFC 4180 CSV file. */
  CSV;

  public static InputFormat parse(String text) {
    return valueOf(text.strip().toUpperCase(Locale.ROOT));
  }

  /** {@link #LINES} or {@link #CSV} for {@code file}. */
  public InputFormat resolve(Path file) {
    if (this != AUTO) {
      return this;
    }
    Path name = file.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? CSV : LINES;
  }
}
