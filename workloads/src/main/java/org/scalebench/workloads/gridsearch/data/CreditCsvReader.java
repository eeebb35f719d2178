package org.scalebench.workloads.gridsearch.data;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.scalebench.results.BadInputException;
import org.scalebench.workloads.gridsearch.data.CreditSchema.NumericColumn;

/**
 * Reads a credit-score CSV file (RFC 4180, header line, columns found by name in any order, extra
 * columns ignored) into a {@link Dataset}.
 *
 * <p>Features, in order: the {@link CreditSchema#NUMERIC} columns, {@code Credit_History_Age} in
 * months, {@code Month} as 1..12, each {@link CreditSchema#CATEGORICAL} column as the index of its
 * value among the sorted distinct values of the file, and one 0/1 column per loan type seen in
 * {@code Type_of_Loan} (sorted). Codes depend only on the file's contents, so every rank that reads
 * the same file gets the same matrix, bit for bit.
 */
public final class CreditCsvReader {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
      .setIgnoreEmptyLines(true).get();

  private CreditCsvReader() {}

  /** Parses CSV text; {@code source} names the file in messages. */
  public static Dataset read(String text, String source, DirtCounts counts) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return read(new StringReader(body), source, counts);
  }

  /**
   * Parses CSV from {@code in}.
   *
   * @throws BadInputException for a missing column, an unknown class, a short line or no data rows
   */
  public static Dataset read(Reader in, String source, DirtCounts counts) {
    CreditCleaner cleaner = new CreditCleaner(counts);
    List<float[]> numbers = new ArrayList<>();
    List<String[]> categories = new ArrayList<>();
    List<List<String>> loans = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    Map<String, String> interned = new HashMap<>();
    int numericWidth = CreditSchema.NUMERIC.size() + 2;
    try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get()) {
      checkHeader(parser.getHeaderNames(), source);
      int headerSize = parser.getHeaderNames().size();
      for (CSVRecord record : parser) {
        long line = record.getRecordNumber() + 1;
        if (record.size() != headerSize) {
          throw new BadInputException(String.format(Locale.ROOT, "%s line %d has %d cells, the header has %d",
              source, line, record.size(), headerSize));
        }
        labels.add(CreditCleaner.label(record.get(CreditSchema.TARGET), source, line));
        float[] row = new float[numericWidth];
        int i = 0;
        for (NumericColumn c : CreditSchema.NUMERIC) {
          row[i++] = cleaner.number(record.get(c.name()), c);
        }
        row[i++] = cleaner.historyMonths(record.get(CreditSchema.HISTORY_AGE.name()));
        row[i] = cleaner.month(record.get(CreditSchema.MONTH));
        numbers.add(row);
        String[] cats = new String[CreditSchema.CATEGORICAL.size()];
        for (int c = 0; c < cats.length; c++) {
          String v = cleaner.category(record.get(CreditSchema.CATEGORICAL.get(c)));
          cats[c] = v == null ? null : interned.computeIfAbsent(v, k -> k);
        }
        categories.add(cats);
        List<String> types = cleaner.loanTypes(record.get(CreditSchema.LOAN_TYPES));
        loans.add(types == null ? null : types.stream().map(t -> interned.computeIfAbsent(t, k -> k)).toList());
      }
    } catch (IOException e) {
      throw new BadInputException("cannot read " + source + ": " + e.getMessage(), e);
    } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      throw new BadInputException(source + " is not a readable CSV file: " + e.getMessage(), e);
    }
    if (labels.isEmpty()) {
      throw new BadInputException(source + " has a header but no data rows");
    }
    return assemble(numbers, categories, loans, labels);
  }

  /**
   * Checks that {@code file} exists and its header has the target and every needed column, reading
   * only the first line (for a check before any rank starts).
   */
  public static void checkHeader(java.nio.file.Path file) {
    try (Reader in = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get()) {
      List<String> header = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "")).toList();
      checkHeader(header, file.toString());
    } catch (java.nio.file.NoSuchFileException e) {
      throw new BadInputException("data file " + file + " does not exist");
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      throw new BadInputException("cannot read the header of data file " + file + ": " + e.getMessage(), e);
    }
  }

  private static void checkHeader(List<String> header, String source) {
    if (!header.contains(CreditSchema.TARGET)) {
      throw new BadInputException(source + " has no column " + CreditSchema.TARGET + " (the target); its columns are: "
          + abbreviate(header));
    }
    List<String> missing = CreditSchema.required().stream().filter(c -> !header.contains(c)).toList();
    if (!missing.isEmpty()) {
      throw new BadInputException(source + " lacks the column(s) " + String.join(", ", missing)
          + " of the credit score data set");
    }
  }

  private static String abbreviate(List<String> header) {
    String all = String.join(", ", header);
    return all.length() > 200 ? all.substring(0, 200) + " ..." : all;
  }

  private static Dataset assemble(List<float[]> numbers, List<String[]> categories, List<List<String>> loans,
      List<Integer> labelList) {
    int rows = labelList.size();
    List<List<String>> vocabularies = new ArrayList<>();
    for (int c = 0; c < CreditSchema.CATEGORICAL.size(); c++) {
      TreeSet<String> distinct = new TreeSet<>();
      for (String[] cats : categories) {
        if (cats[c] != null) {
          distinct.add(cats[c]);
        }
      }
      vocabularies.add(List.copyOf(distinct));
    }
    TreeSet<String> loanSet = new TreeSet<>();
    loans.stream().filter(l -> l != null).forEach(loanSet::addAll);
    List<String> loanTypes = List.copyOf(loanSet);

    List<String> names = new ArrayList<>();
    CreditSchema.NUMERIC.forEach(c -> names.add(c.name()));
    names.add(CreditSchema.HISTORY_AGE.name() + "_months");
    names.add(CreditSchema.MONTH);
    names.addAll(CreditSchema.CATEGORICAL);
    loanTypes.forEach(t -> names.add(CreditSchema.LOAN_TYPES + "=" + t));
    int columns = names.size();
    int numericWidth = CreditSchema.NUMERIC.size() + 2;

    float[] features = new float[rows * columns];
    int[] labels = new int[rows];
    List<Map<String, Integer>> codes = vocabularies.stream().map(CreditCsvReader::indexOf).toList();
    Map<String, Integer> loanCodes = indexOf(loanTypes);
    for (int r = 0; r < rows; r++) {
      int base = r * columns;
      System.arraycopy(numbers.get(r), 0, features, base, numericWidth);
      String[] cats = categories.get(r);
      for (int c = 0; c < cats.length; c++) {
        features[base + numericWidth + c] = cats[c] == null ? Float.NaN : codes.get(c).get(cats[c]);
      }
      int loanBase = base + numericWidth + cats.length;
      List<String> types = loans.get(r);
      for (int t = 0; t < loanTypes.size(); t++) {
        features[loanBase + t] = types == null ? Float.NaN : 0f;
      }
      if (types != null) {
        for (String t : types) {
          features[loanBase + loanCodes.get(t)] = 1f;
        }
      }
      labels[r] = labelList.get(r);
    }
    return new Dataset(features, rows, columns, labels, names, CreditSchema.CLASSES);
  }

  private static Map<String, Integer> indexOf(List<String> values) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < values.size(); i++) {
      m.put(values.get(i), i);
    }
    return m;
  }
}
