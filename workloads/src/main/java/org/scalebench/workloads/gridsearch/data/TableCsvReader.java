package org.scalebench.workloads.gridsearch.data;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.scalebench.results.BadInputException;
import org.scalebench.results.Suggest;

/**
 * Reads a user's own table (the grid search's {@code target=} path) into a {@link Dataset}. The
 * rules, which the mpi4py program implements the same way (bench/README-gridsearch.md, "Your own
 * data"):
 * <ul>
 *   <li>UTF-8 CSV, RFC 4180 quoting, comma separator, a header row; a leading byte order mark is
 *       dropped, an empty line is skipped; every header name and cell is stripped of leading and
 *       trailing spaces and tabs;
 *   <li>the target and every dropped column must exist; every other column is a feature, in file
 *       order;
 *   <li>an empty cell is missing ({@link Float#NaN});
 *   <li>a column is numeric when every non-empty cell matches {@link #DECIMAL}; its value is parsed as
 *       a double and rounded to a float, and one beyond the float range is refused;
 *   <li>any other column is text: its distinct non-empty values sorted by code point, a cell's
 *       feature is the 0-based index of its value;
 *   <li>the classes are the target's distinct non-empty values, sorted by value when all of them are
 *       numeric (ties by code point), else by code point; a row's label is the index of its value.
 * </ul>
 * The file is parsed twice (column types first, then values), so memory stays at the float matrix
 * plus the distinct values of the text columns, whatever the number of distinct numbers.
 */
public final class TableCsvReader {
  /**
   * A number as both Java's {@code Double.parseDouble} and Python's {@code float} read it: an
   * optional sign, digits with an optional fraction (or a fraction alone), an optional exponent. No
   * {@code NaN}, {@code Infinity}, hexadecimal, type suffix or digit separator.
   */
  public static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");

  /** Code point order (Python's string order), which {@link String#compareTo} is not beyond the BMP. */
  public static final Comparator<String> CODE_POINT_ORDER = TableCsvReader::compareCodePoints;

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
      .setIgnoreEmptyLines(true).setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
      .setAllowMissingColumnNames(true).get();
  private static final int MAX_LISTED = 200;
  /** The most cells of one Java array (and of the broadcast's buffer). */
  static final int MAX_CELLS = Integer.MAX_VALUE - 8;

  private TableCsvReader() {}

  /**
   * A text column and how many distinct values became its codes.
   *
   * @param name the column name
   * @param values distinct non-empty values, {@code >= 1}
   */
  public record TextColumn(String name, int values) {}

  /**
   * The table read, and what the user should see of how it was read.
   *
   * @param dataset the matrix, labels, feature and class names
   * @param target the target column
   * @param dropped the dropped columns
   * @param textColumns the features that were text, in file order
   */
  public record LoadedTable(Dataset dataset, String target, List<String> dropped, List<TextColumn> textColumns) {
    public LoadedTable {
      dropped = List.copyOf(dropped);
      textColumns = List.copyOf(textColumns);
    }

    /** e.g. {@code "target Credit_Score, dropped Customer_ID, text columns: Occupation (15 values)"}. */
    public String describe() {
      StringBuilder s = new StringBuilder("target ").append(target);
      s.append(dropped.isEmpty() ? ", nothing dropped" : ", dropped " + String.join(", ", dropped));
      s.append(textColumns.isEmpty() ? ", every feature numeric" : ", text columns: ");
      for (int i = 0; i < textColumns.size(); i++) {
        TextColumn t = textColumns.get(i);
        s.append(i == 0 ? "" : ", ").append(t.name()).append(" (").append(t.values())
            .append(t.values() == 1 ? " value)" : " values)");
      }
      return s.toString();
    }
  }

  /** {@code text} without leading and trailing spaces and tabs (only those two: the rule must be exact). */
  public static String strip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isBlank(text.charAt(start))) {
      start++;
    }
    while (end > start && isBlank(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  /**
   * Checks what the header alone decides (names, the target, the dropped columns, at least one
   * feature) before any rank starts, reading only the first record of {@code file}.
   */
  public static void checkHeader(Path file, ColumnRoles roles) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get()) {
      layout(parser.getHeaderNames(), file.toString(), roles);
    } catch (NoSuchFileException e) {
      throw new BadInputException("data file " + file + " does not exist");
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      throw new BadInputException("cannot read the header of data file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads CSV text; {@code source} names the file in messages. */
  public static LoadedTable read(String text, String source, ColumnRoles roles) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    Scan scan = new Scan();
    ColumnLayout layout = parse(body, source, roles, record -> scan.add(record, source));
    int rows = scan.rows;
    if (rows == 0) {
      throw new BadInputException(source + " has a header but no data rows");
    }
    for (int f = 0; f < layout.features.length; f++) {
      if (scan.nonEmpty[layout.features[f]] == 0) {
        String name = layout.header.get(layout.features[f]);
        throw new BadInputException("column " + name + " of " + source
            + " is empty in every row; leave it out with drop=" + name);
      }
    }
    List<String> classes = classOrder(scan.targetValues);
    if (classes.size() < 2) {
      throw new BadInputException("the target " + roles.target() + " of " + source + " has only one class ('"
          + classes.get(0) + "'); a classification needs at least 2");
    }
    return assemble(body, source, roles, layout, scan, classes);
  }

  /** Which header positions are the target and the features. */
  private record ColumnLayout(List<String> header, int target, int[] features) {}

  /** Pass 1: the shape, the column types, the classes. */
  private static final class Scan {
    int rows;
    int[] nonEmpty;
    boolean[] numeric;
    ColumnLayout layout;
    final Set<String> targetValues = new HashSet<>();

    void add(Parsed record, String source) {
      if (nonEmpty == null) {
        layout = record.layout;
        nonEmpty = new int[layout.header.size()];
        numeric = new boolean[layout.header.size()];
        Arrays.fill(numeric, true);
      }
      String target = record.cells[layout.target];
      if (target.isEmpty()) {
        throw new BadInputException(String.format(Locale.ROOT, "%s line %d has no value in the target column %s",
            source, record.line, layout.header.get(layout.target)));
      }
      targetValues.add(target);
      for (int c : layout.features) {
        String v = record.cells[c];
        if (!v.isEmpty()) {
          nonEmpty[c]++;
          if (numeric[c] && !DECIMAL.matcher(v).matches()) {
            numeric[c] = false;
          }
        }
      }
      rows = Math.addExact(rows, 1);
    }
  }

  /** One record, its cells stripped, and the line it ends on (the header is line 1). */
  private record Parsed(ColumnLayout layout, String[] cells, long line) {}

  private static ColumnLayout parse(String body, String source, ColumnRoles roles, Consumer<Parsed> each) {
    try (CSVParser parser = CSVParser.builder().setReader(new StringReader(body)).setFormat(FORMAT).get()) {
      ColumnLayout layout = layout(parser.getHeaderNames(), source, roles);
      int width = layout.header.size();
      for (CSVRecord record : parser) {
        long line = parser.getCurrentLineNumber();
        if (record.size() != width) {
          throw new BadInputException(String.format(Locale.ROOT, "%s line %d has %d cells, the header has %d",
              source, line, record.size(), width));
        }
        String[] cells = new String[width];
        for (int c = 0; c < width; c++) {
          cells[c] = strip(record.get(c));
        }
        each.accept(new Parsed(layout, cells, line));
      }
      return layout;
    } catch (IOException e) {
      throw new BadInputException("cannot read " + source + ": " + e.getMessage(), e);
    } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      throw new BadInputException(source + " is not a readable CSV file: " + e.getMessage(), e);
    }
  }

  private static ColumnLayout layout(List<String> rawHeader, String source, ColumnRoles roles) {
    if (rawHeader.isEmpty()) {
      throw new BadInputException(source + " has no header line (the file is empty)");
    }
    List<String> header = new ArrayList<>(rawHeader.size());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < rawHeader.size(); i++) {
      String name = strip(rawHeader.get(i) == null ? "" : rawHeader.get(i).replace("\uFEFF", ""));
      if (name.isEmpty()) {
        throw new BadInputException(String.format(Locale.ROOT,
            "column %d of %s has no name in the header; give every column a name", i + 1, source));
      }
      if (!seen.add(name)) {
        throw new BadInputException(source + " has two columns named " + name + "; column names must be unique");
      }
      header.add(name);
    }
    require(roles.target(), "target", header, source);
    roles.drop().forEach(d -> require(d, "drop", header, source));
    int target = header.indexOf(roles.target());
    int[] features = java.util.stream.IntStream.range(0, header.size())
        .filter(i -> i != target && !roles.drop().contains(header.get(i))).toArray();
    if (features.length == 0) {
      throw new BadInputException(source + " has no feature column: "
          + (roles.drop().isEmpty() ? "its only column is the target " + roles.target()
              : "every column but the target " + roles.target() + " is in drop=" + String.join(",", roles.drop())));
    }
    return new ColumnLayout(List.copyOf(header), target, features);
  }

  private static void require(String column, String parameter, List<String> header, String source) {
    if (!header.contains(column)) {
      String all = String.join(", ", header);
      throw new BadInputException(source + " has no column " + column + " (named by " + parameter + "=)"
          + Suggest.closest(column, header) + "; its columns are: "
          + (all.length() > MAX_LISTED ? all.substring(0, MAX_LISTED) + " ..." : all));
    }
  }

  /** The classes in label order. */
  static List<String> classOrder(Set<String> values) {
    List<String> classes = new ArrayList<>(values);
    if (classes.stream().allMatch(v -> DECIMAL.matcher(v).matches())) {
      classes.sort(Comparator.comparingDouble(Double::parseDouble).thenComparing(CODE_POINT_ORDER));
    } else {
      classes.sort(CODE_POINT_ORDER);
    }
    return classes;
  }

  /** Pass 2: the values. */
  private static LoadedTable assemble(String body, String source, ColumnRoles roles, ColumnLayout layout, Scan scan,
      List<String> classes) {
    int rows = scan.rows;
    int columns = layout.features.length;
    if ((long) rows * columns > MAX_CELLS) {
      throw new BadInputException(String.format(Locale.ROOT,
          "%s has %d rows x %d features = %d cells, more than the %d one float matrix holds; use fewer rows or columns",
          source, rows, columns, (long) rows * columns, MAX_CELLS));
    }
    float[] features = new float[rows * columns];
    int[] labels = new int[rows];
    Map<String, Integer> labelOf = indexOf(classes);
    // a text column's cells first get the index of their value in order of appearance, then are
    // renumbered once all values are known
    List<Map<String, Integer>> seen = new ArrayList<>();
    for (int f = 0; f < columns; f++) {
      seen.add(scan.numeric[layout.features[f]] ? null : new HashMap<>());
    }
    int[][] firstSeen = new int[columns][];
    for (int f = 0; f < columns; f++) {
      if (seen.get(f) != null) {
        firstSeen[f] = new int[rows];
      }
    }
    int[] row = {0};
    parse(body, source, roles, record -> {
      int r = row[0]++;
      labels[r] = labelOf.get(record.cells[layout.target]);
      int base = r * columns;
      for (int f = 0; f < columns; f++) {
        int c = layout.features[f];
        String v = record.cells[c];
        Map<String, Integer> vocabulary = seen.get(f);
        if (vocabulary != null) {
          firstSeen[f][r] = v.isEmpty() ? -1 : vocabulary.computeIfAbsent(v, k -> vocabulary.size());
        } else if (v.isEmpty()) {
          features[base + f] = Float.NaN;
        } else {
          float x = (float) Double.parseDouble(v);
          if (!Float.isFinite(x)) {
            throw new BadInputException(String.format(Locale.ROOT,
                "%s line %d: %s is %s, beyond the range of a 32-bit float (about 3.4e38), which XGBoost reads",
                source, record.line, layout.header.get(c), v));
          }
          features[base + f] = x;
        }
      }
    });
    List<TextColumn> text = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int f = 0; f < columns; f++) {
      String name = layout.header.get(layout.features[f]);
      names.add(name);
      Map<String, Integer> vocabulary = seen.get(f);
      if (vocabulary == null) {
        continue;
      }
      text.add(new TextColumn(name, vocabulary.size()));
      List<String> sorted = new ArrayList<>(vocabulary.keySet());
      sorted.sort(CODE_POINT_ORDER);
      int[] code = new int[sorted.size()];
      for (int i = 0; i < sorted.size(); i++) {
        code[vocabulary.get(sorted.get(i))] = i;
      }
      for (int r = 0; r < rows; r++) {
        int id = firstSeen[f][r];
        features[r * columns + f] = id < 0 ? Float.NaN : code[id];
      }
    }
    List<String> dropped = layout.header.stream().filter(roles.drop()::contains).toList();
    return new LoadedTable(new Dataset(features, rows, columns, labels, names, classes), roles.target(), dropped, text);
  }

  private static Map<String, Integer> indexOf(List<String> values) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < values.size(); i++) {
      m.put(values.get(i), i);
    }
    return m;
  }

  private static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }
}
