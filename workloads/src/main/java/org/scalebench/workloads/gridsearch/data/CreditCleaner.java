package org.scalebench.workloads.gridsearch.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scalebench.results.BadInputException;
import org.scalebench.workloads.gridsearch.data.CreditSchema.NumericColumn;

/**
 * Cleans the cells of the credit-score file, one at a time. Every repair or loss is counted in a
 * {@link DirtCounts}; a missing value is {@link Float#NaN}, which XGBoost treats as missing and
 * learns a default direction for at every split.
 *
 * <p>Rules, from the dirt of the public file:
 * <ul>
 *   <li>a numeric cell that starts with {@code _} is a placeholder ({@code "_"}, {@code "__10000__"},
 *       {@code "__-333333333333333333333333333__"}); trailing underscores after a number ({@code
 *       "34847.84_"}) are dropped and the number kept;
 *   <li>a number outside its column's plausible range ({@link CreditSchema#NUMERIC}) is absurd;
 *   <li>a categorical cell without any letter ({@code "_______"}, {@code "!@9#%8"}) is a placeholder;
 *   <li>{@code "22 Years and 1 Months"} becomes 265 months; {@code NA} and empty are missing.
 * </ul>
 */
public final class CreditCleaner {
  private static final Pattern HISTORY = Pattern.compile("(\\d+)\\s+Years?\\s+and\\s+(\\d+)\\s+Months?");
  private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
      "July", "August", "September", "October", "November", "December");

  private final DirtCounts counts;

  public CreditCleaner(DirtCounts counts) {
    this.counts = counts;
  }

  private static boolean isEmpty(String raw) {
    return raw == null || raw.isBlank() || raw.strip().equalsIgnoreCase("NA") || raw.strip().equalsIgnoreCase("nan");
  }

  /** A numeric cell of {@code column}: the number, or NaN when missing, a placeholder or absurd. */
  public float number(String raw, NumericColumn column) {
    if (isEmpty(raw)) {
      counts.add(Dirt.EMPTY);
      return Float.NaN;
    }
    String s = raw.strip();
    if (s.startsWith("_")) {
      counts.add(Dirt.PLACEHOLDER);
      return Float.NaN;
    }
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '_') {
      end--;
    }
    if (end < s.length()) {
      counts.add(Dirt.TRAILING_UNDERSCORE);
      s = s.substring(0, end);
    }
    double value;
    try {
      value = Double.parseDouble(s);
    } catch (NumberFormatException e) {
      counts.add(Dirt.UNPARSABLE);
      return Float.NaN;
    }
    if (!Double.isFinite(value)) {
      counts.add(Dirt.UNPARSABLE);
      return Float.NaN;
    }
    return inRange(value, column);
  }

  private float inRange(double value, NumericColumn column) {
    if (value < column.min() || value > column.max()) {
      counts.add(Dirt.ABSURD);
      return Float.NaN;
    }
    return (float) value;
  }

  /** {@code "22 Years and 1 Months"} as months (265), or NaN. */
  public float historyMonths(String raw) {
    if (isEmpty(raw)) {
      counts.add(Dirt.EMPTY);
      return Float.NaN;
    }
    Matcher m = HISTORY.matcher(raw.strip());
    if (!m.matches()) {
      counts.add(Dirt.UNPARSABLE);
      return Float.NaN;
    }
    double months = Double.parseDouble(m.group(1)) * 12 + Double.parseDouble(m.group(2));
    return inRange(months, CreditSchema.HISTORY_AGE);
  }

  /** An English month name (any case) as 1..12, or NaN. */
  public float month(String raw) {
    if (isEmpty(raw)) {
      counts.add(Dirt.EMPTY);
      return Float.NaN;
    }
    String s = raw.strip();
    for (int i = 0; i < MONTHS.size(); i++) {
      if (MONTHS.get(i).equalsIgnoreCase(s)) {
        return i + 1;
      }
    }
    counts.add(Dirt.UNPARSABLE);
    return Float.NaN;
  }

  /** A category, stripped, or null when empty or a placeholder (no letter at all). */
  public String category(String raw) {
    if (isEmpty(raw)) {
      counts.add(Dirt.EMPTY);
      return null;
    }
    String s = raw.strip();
    if (s.codePoints().noneMatch(Character::isLetter)) {
      counts.add(Dirt.PLACEHOLDER);
      return null;
    }
    return s;
  }

  /**
   * {@code "Auto Loan, Credit-Builder Loan, and Personal Loan"} as its types in order ({@code [Auto
   * Loan, Credit-Builder Loan, Personal Loan]}), or null when empty or a placeholder.
   */
  public List<String> loanTypes(String raw) {
    String s = category(raw);
    if (s == null) {
      return null;
    }
    List<String> types = new ArrayList<>();
    for (String part : s.split(",")) {
      String t = part.strip();
      if (t.startsWith("and ")) {
        t = t.substring(4).strip();
      }
      if (!t.isEmpty() && t.codePoints().anyMatch(Character::isLetter)) {
        types.add(t);
      }
    }
    return types;
  }

  /**
   * The label of a target cell: 0 {@code Good}, 1 {@code Standard}, 2 {@code Poor}.
   *
   * @throws BadInputException naming the source and line for any other value
   */
  public static int label(String raw, String source, long line) {
    String s = raw == null ? "" : raw.strip();
    int label = CreditSchema.CLASSES.indexOf(s);
    if (label < 0) {
      throw new BadInputException(String.format(Locale.ROOT,
          "%s line %d: %s '%s' is not one of %s", source, line, CreditSchema.TARGET, s,
          String.join(", ", CreditSchema.CLASSES)));
    }
    return label;
  }
}
