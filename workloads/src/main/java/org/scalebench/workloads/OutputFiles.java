package org.scalebench.workloads;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.scalebench.results.AtomicFiles;

/** Small CSV tables that rank 0 writes to {@code output/}, atomically. */
public final class OutputFiles {
  private OutputFiles() {}

  /** Writes a header and rows (already formatted with {@code Locale.ROOT}) as one CSV file. */
  public static void writeCsv(Path file, String header, List<String> rows) throws IOException {
    StringBuilder text = new StringBuilder(header).append('\n');
    rows.forEach(r -> text.append(r).append('\n'));
    AtomicFiles.writeString(file, text.toString());
  }
}
