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

  /** One string per line of a UTF-8 text file; a file without a line is refused. */
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
    return requireStrings(file, lines, false);
  }

  /**
   * One column of a UTF-8 CSV file. A named column needs {@code header}; with {@code header} the
   * first record names the columns and is not returned. With {@link Column#NOT_GIVEN} the file must
   * have exactly one column, in every record: a second column (an unquoted comma in a name, or a
   * file of several columns) is refused, so no column is ever picked by guess. A file without a
   * string is refused too.
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
      List<String> names = header ? parser.getHeaderNames() : List.of();
      if (!column.isGiven() && names.size() > 1) {
        throw severalColumns(file, names.size(), names);
      }
      int index = column.isNamed() ? indexOf(parser.getHeaderMap(), column, file) : Math.max(column.index(), 0);
      int width = header ? names.size() : -1;
      for (CSVRecord record : parser) {
        if (!column.isGiven()) {
          width = onlyColumn(file, parser.getCurrentLineNumber(), record.size(), width, header);
        }
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
    return requireStrings(file, values, header && !text.isEmpty());
  }

  /**
   * The width of a file read without {@code column=}: 1, checked for the record at {@code line};
   * {@code width} is the width seen so far (-1 before the first record).
   */
  private static int onlyColumn(Path file, long line, int size, int width, boolean header) {
    if (width < 0 && size > 1) {
      throw severalColumns(file, size, List.of());
    }
    if (width >= 0 && size != width) {
      throw new MatchingInputException("line " + line + " of " + file + " has " + size + " columns where "
          + (header ? "the header has " : "the first line has ") + width + "; quote a value that holds a comma "
          + "(\"Smith, John\") or choose a column with --param column=");
    }
    return size;
  }

  private static MatchingInputException severalColumns(Path file, int count, List<String> names) {
    return new MatchingInputException(file + " has " + count + " columns"
        + (names.isEmpty() ? "" : " (" + String.join(", ", names) + ")")
        + " and no column= says which one holds the strings; choose one with "
        + (names.isEmpty() ? "--param column=INDEX (0-based)" : "--param column=NAME (or a 0-based index)"));
  }

  /** {@code strings}, unless there are none: matching nothing would be a run that measured nothing. */
  private static List<String> requireStrings(Path file, List<String> strings, boolean hadHeader) {
    if (strings.isEmpty()) {
      throw new MatchingInputException("input file " + file + " holds no strings"
          + (hadHeader ? " (only a header)" : "") + "; give a file with at least one");
    }
    return List.copyOf(strings);
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
