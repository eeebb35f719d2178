package org.scalebench.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.scalebench.results.AtomicFiles;

/**
 * Small CSV tables that rank 0 writes to {@code output/}, atomically. Every table carries its format
 * version as the first column, {@code schema_version}, in the header and in every row, so that a
 * row copied out of its file still says which columns it has. (The matching workload's
 * {@code pairs.csv} keeps the exact header its issue specifies and is written by its own writer.)
 */
public final class OutputFiles {
  private OutputFiles() {}

  /**
   * Writes {@code schema_version,<header>} and the rows (already formatted with {@code Locale.ROOT}),
   * each prefixed with {@code schemaVersion}, as one CSV file.
   *
   * @param schemaVersion the table's format version, {@code >= 1}; raise it when its columns change
   */
  public static void writeCsv(Path file, int schemaVersion, String header, List<String> rows) throws IOException {
    if (schemaVersion < 1) {
      throw new IllegalArgumentException("schemaVersion must be at least 1, got " + schemaVersion);
    }
    StringBuilder text = new StringBuilder("schema_version,").append(header).append('\n');
    rows.forEach(r -> text.append(schemaVersion).append(',').append(r).append('\n'));
    AtomicFiles.writeString(file, text.toString());
  }
}
