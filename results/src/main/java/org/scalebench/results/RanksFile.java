package org.scalebench.results;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code ranks.jsonl} format: a header line {@code {"format":"scalebench.ranks","schemaVersion":1}}
 * followed by one {@link RankRecord} per line. Rank parts use the same format.
 */
public final class RanksFile {
  public static final String FORMAT = "scalebench.ranks";
  /** The version this build writes: 1. */
  public static final int SCHEMA_VERSION = 1;

  /** The first line of every ranks file. */
  @JsonPropertyOrder({"format", "schemaVersion"})
  public record Header(String format, int schemaVersion) {}

  private static final ObjectReader HEADER_READER = ResultJson.mapper().readerFor(Header.class);
  private static final ObjectReader RECORD_READER = ResultJson.mapper().readerFor(RankRecord.class);

  private RanksFile() {}

  /** Writes {@code records} to {@code target} atomically. */
  public static void write(Path target, List<RankRecord> records) throws IOException {
    try (AtomicFiles.Writer out = AtomicFiles.open(target)) {
      Writer text = new OutputStreamWriter(out.stream(), StandardCharsets.UTF_8);
      text.write(ResultJson.line(new Header(FORMAT, SCHEMA_VERSION)));
      text.write('\n');
      for (RankRecord r : records) {
        text.write(ResultJson.line(r));
        text.write('\n');
      }
      text.flush();
      out.commit();
    }
  }

  /**
   * Reads a ranks file.
   *
   * @throws StoreFormatException naming the file and line of the first bad line
   */
  public static List<RankRecord> read(Path file) throws IOException {
    List<RankRecord> records = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String first = in.readLine();
      if (first == null) {
        throw new StoreFormatException(file + " is empty; expected a scalebench.ranks header line");
      }
      Header header = parse(HEADER_READER, first, file, 1);
      if (!FORMAT.equals(header.format())) {
        throw new StoreFormatException(file + ":1: format is '" + header.format() + "', expected '" + FORMAT + "'");
      }
      if (header.schemaVersion() < 1 || header.schemaVersion() > SCHEMA_VERSION) {
        throw new StoreFormatException(file + ":1: schemaVersion " + header.schemaVersion()
            + " is not supported by this build (1.." + SCHEMA_VERSION + ")");
      }
      String line;
      int number = 1;
      while ((line = in.readLine()) != null) {
        number++;
        if (!line.isBlank()) {
          records.add(parse(RECORD_READER, line, file, number));
        }
      }
    }
    return records;
  }

  private static <T> T parse(ObjectReader reader, String line, Path file, int number) {
    try {
      return reader.readValue(line);
    } catch (JsonProcessingException e) {
      throw ResultJson.formatError(file + ":" + number, e);
    }
  }
}
