package org.scalebench.workloads.matching;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the strings to match: one per line, or one column of a CSV file (RFC 4180, read with
 * Commons CSV). The bytes must be valid UTF-8: a malformed or truncated sequence is an error naming
 * the file and line, never a silent U+FFFD that would change lengths and ratios. A leading byte
 * order mark is dropped.
 *
 * <p>Every line (or record) is one string, empty ones included, so a string's index is its
 * position in the file (after the header); only the newline ending the last line does not start
 * another one. Line ends may be {@code \n} or {@code \r\n}.
 */
public final class NameReader {
  private NameReader() {}

  /** One string per line of a UTF-8 text file. */
  public static List<String> readLines(Path file) {
    String text = decode(file);
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      int next = end < 0 ? text.length() : end + 1;
      int stop = end < 0 ? text.length() : end;
      if (stop > start && text.charAt(stop - 1) == '\r') {
        stop--;
      }
      lines.add(text.substring(start, stop));
      start = next;
    }
    return List.copyOf(lines);
  }

  /**
   * One column of a UTF-8 CSV file. A named column needs {@code header}; with {@code header} the
   * first record names the columns and is not returned.
   */
  public static List<String> readCsvColumn(Path file, Column column, boolean header) {
    if (column.isNamed() && !header) {
      throw new MatchingInputException(
          "column " + column + " is selected by name, but " + file + " is read without a header");
    }
    String text = decode(file);
    CSVFormat format = header
        ? CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        : CSVFormat.RFC4180;
    List<String> values = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      int index = column.isNamed() ? indexOf(parser.getHeaderMap(), column, file) : column.index();
      for (CSVRecord record : parser) {
        if (index >= record.size()) {
          throw new MatchingInputException("line " + parser.getCurrentLineNumber() + " of " + file
              + " has " + record.size() + " column(s), so column " + column + " is missing");
        }
        values.add(record.get(index));
      }
    } catch (UncheckedIOException | IOException | IllegalArgumentException | IllegalStateException e) {
      // Commons CSV reports malformed input (an unclosed quote, a duplicate header) this way
      Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
      throw new MatchingInputException("cannot parse " + file + " as CSV: " + cause.getMessage(), e);
    }
    return List.copyOf(values);
  }

  private static int indexOf(Map<String, Integer> headerMap, Column column, Path file) {
    Integer index = headerMap == null ? null : headerMap.get(column.name());
    if (index == null) {
      throw new MatchingInputException("column " + column + " is not in the header of " + file
          + " (columns: " + (headerMap == null ? "none" : String.join(", ", headerMap.keySet())) + ")");
    }
    return index;
  }

  /** The file's text, decoded strictly; the error of invalid UTF-8 names the 1-based line. */
  static String decode(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new MatchingInputException("input file " + file + " does not exist", e);
    } catch (IOException e) {
      throw new MatchingInputException("cannot read input file " + file + ": " + e.getMessage(), e);
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      // the decoder stops at the first bad byte: count the newlines before it
      int bad = in.position();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      throw new MatchingInputException("line " + line + " of " + file + " is not valid UTF-8 (byte "
          + (bad - lineStart + 1) + " of the line, 0x" + String.format("%02X", bytes[bad] & 0xFF) + ")",
          result.isMalformed() ? malformed(result) : null);
    }
    out.flip();
    String text = out.toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static CharacterCodingException malformed(CoderResult result) {
    try {
      result.throwException();
    } catch (CharacterCodingException e) {
      return e;
    }
    return null;
  }
}
