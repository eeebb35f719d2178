package org.scalebench.workloads.matching;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.scalebench.results.AtomicFiles;

/**
 * Writes matching pairs as {@code pairs.csv}: the header {@code
 * left_index,right_index,ratio,left,right}, then one record per pair with the 0-based indices, the
 * score and both strings, CSV-quoted where needed (RFC 4180, {@code \n} line ends, UTF-8).
 *
 * <p>The score has six fixed decimals in {@link Locale#ROOT} (always a dot), e.g. {@code
 * 0.800000}: as the brief of the workload asks and as a diff-friendly fixed width. Six decimals
 * tell every two distinct ratios apart while both length sums stay below 1000 code points (two
 * fractions {@code p/q != r/s} differ by at least {@code 1/(q*s)} > 1e-6), far beyond names; the
 * exact double is what the threshold was compared with, never the printed text.
 */
public final class PairsCsvWriter implements PairSink, AutoCloseable {
  public static final String HEADER = "left_index,right_index,ratio,left,right";
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

  private final CSVPrinter printer;
  private final List<String> left;
  private final List<String> right;
  /**
   * Formatted scores by their bits: {@code String.format} costs microseconds per call, and the
   * scores of names are few distinct fractions ({@code 2*lcs/lensum}), so most pairs reuse a string.
   */
  private final Map<Long, String> formatted = new HashMap<>();
  private static final int MAX_FORMATTED = 1 << 16;
  /**
   * The CSV-quoted form of each string, made once by Commons CSV itself (as the fourth and fifth
   * value of a record: never the first, whose empty value Commons CSV quotes differently), so that
   * a pair costs a few appends instead of a {@code printRecord} that re-scans both strings.
   */
  private final String[] leftQuoted;
  private final String[] rightQuoted;
  private final Writer out;
  /** Prints one value at a time into {@link #scratch}: a printer per string would cost more than the string. */
  private final StringBuilder scratch = new StringBuilder();
  private final StringBuilder row = new StringBuilder();
  private final CSVPrinter quoter;

  /** Starts the CSV on {@code out} (writes the header); the strings are looked up by index. */
  public PairsCsvWriter(Writer out, List<String> left, List<String> right) throws IOException {
    this.left = Objects.requireNonNull(left, "left must not be null");
    this.right = Objects.requireNonNull(right, "right must not be null");
    this.out = Objects.requireNonNull(out, "out must not be null");
    quoter = new CSVPrinter(scratch, FORMAT);
    leftQuoted = new String[left.size()];
    rightQuoted = new String[right.size()];
    printer = new CSVPrinter(out, FORMAT);
    printer.printRecord((Object[]) HEADER.split(","));
  }

  /** Writes {@code pairs} to {@code file} atomically (a reader never sees half a file). */
  public static void write(Path file, List<String> left, List<String> right, List<MatchPair> pairs)
      throws IOException {
    writeAtomically(file, left, right, csv -> {
      for (MatchPair pair : pairs) {
        csv.accept(pair.leftIndex(), pair.rightIndex(), pair.score());
      }
      return null;
    });
  }

  /** What fills a pairs file. */
  @FunctionalInterface
  public interface Body<T> {
    T write(PairsCsvWriter csv) throws IOException;
  }

  /**
   * Writes the header and what {@code body} accepts to {@code file} through a 64 KiB buffer, and
   * renames it into place only when {@code body} returns (a reader never sees half a file).
   *
   * @return what {@code body} returned
   */
  public static <T> T writeAtomically(Path file, List<String> left, List<String> right, Body<T> body)
      throws IOException {
    try (AtomicFiles.Writer target = AtomicFiles.open(file)) {
      // not closed here: commit() closes the stream after forcing it to disk
      Writer out = new BufferedWriter(new OutputStreamWriter(target.stream(), StandardCharsets.UTF_8), 1 << 16);
      PairsCsvWriter csv = new PairsCsvWriter(out, left, right);
      T result = body.write(csv);
      csv.flush();
      target.commit();
      return result;
    }
  }

  /** The score as written: six fixed decimals, dot separator. */
  public static String formatScore(double score) {
    return String.format(Locale.ROOT, "%.6f", score);
  }

  /** Writes one pair; an I/O failure surfaces as {@link UncheckedIOException}. */
  @Override
  public void accept(int leftIndex, int rightIndex, double score) {
    try {
      // one write per record: the writer takes its lock and checks its buffer once, not ten times
      row.setLength(0);
      row.append(leftIndex).append(',').append(rightIndex).append(',').append(cachedScore(score)).append(',')
          .append(quoted(leftQuoted, left, leftIndex)).append(',').append(quoted(rightQuoted, right, rightIndex))
          .append('\n');
      out.append(row);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String quoted(String[] cache, List<String> strings, int index) throws IOException {
    String q = cache[index];
    if (q == null) {
      // "x" stands in for the columns before, the record then reads "x,<the value as printed>\n"
      scratch.setLength(0);
      quoter.print("x");
      quoter.print(strings.get(index));
      quoter.println();
      q = scratch.substring(2, scratch.length() - 1);
      cache[index] = q;
    }
    return q;
  }

  private String cachedScore(double score) {
    Long bits = Double.doubleToRawLongBits(score);
    String text = formatted.get(bits);
    if (text == null) {
      text = formatScore(score);
      if (formatted.size() < MAX_FORMATTED) {
        formatted.put(bits, text);
      }
    }
    return text;
  }

  public void flush() throws IOException {
    printer.flush();
  }

  @Override
  public void close() throws IOException {
    printer.close(true);
  }
}
