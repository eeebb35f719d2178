package org.scalebench.workloads.gridsearch.data;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.scalebench.results.AtomicFiles;
import org.scalebench.results.Checks;

/**
 * Writes a synthetic credit-score file with the columns and the dirt of the public data set and a
 * learnable relation between features and class, reproducible from a seed.
 *
 * <p>Each customer has a hidden credit quality {@code q ~ N(0, 1)} and eight monthly records
 * (January to August, as in the public file). Delays, delayed payments, interest rate, debt,
 * inquiries, credit mix, history age and minimum-payment behaviour follow {@code q} with noise;
 * the class of a record is {@code Poor} when {@code q + N(0, 0.5^2) < -0.55}, {@code Good} above
 * 0.9, else {@code Standard}: about 31 % / 48 % / 21 %, close to the public file's 29 / 53 / 18.
 * Income, age, occupation and the rest carry no signal.
 *
 * <p>Dirt, per cell: trailing underscores on numbers (about 5 %), empty cells, placeholders ({@code
 * "_"}, {@code "_______"}, {@code "!@9#%8"}, {@code "__10000__"}, {@code
 * "__-333333333333333333333333333__"}), absurd values (about 1 %: negative or four-digit ages, over a
 * thousand loans) and {@code "NA"} history ages. About 310 bytes per row (measured): 100,000 rows,
 * the public file's row count, make about 31 MB; {@code rows=130000} gives the seed's "about 40 MB".
 */
public final class CreditDataGenerator {
  /** The seed's data set: about 40 MB. */
  public static final int DEFAULT_ROWS = 100_000;
  private static final int MONTHS_PER_CUSTOMER = 8;
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
      "August"};
  private static final String[] OCCUPATIONS = {"Scientist", "Teacher", "Engineer", "Entrepreneur", "Developer",
      "Lawyer", "Media_Manager", "Doctor", "Journalist", "Manager", "Accountant", "Musician", "Mechanic",
      "Writer", "Architect"};
  private static final String[] LOANS = {"Auto Loan", "Credit-Builder Loan", "Personal Loan",
      "Home Equity Loan", "Mortgage Loan", "Student Loan", "Debt Consolidation Loan", "Payday Loan",
      "Not Specified"};
  private static final String[] BEHAVIOURS = {"High_spent_Small_value_payments", "Low_spent_Large_value_payments",
      "Low_spent_Medium_value_payments", "Low_spent_Small_value_payments", "High_spent_Medium_value_payments",
      "High_spent_Large_value_payments"};
  private static final String[] FIRST = {"Aaron", "Maria", "Jun", "Fatima", "Olivier", "Priya", "Kenji", "Elena",
      "Samuel", "Grace", "Tomasz", "Amara", "Lucas", "Mei", "Diego", "Ingrid", "Yusuf", "Clara", "Ravi", "Nora"};
  private static final String[] LAST = {"Smith", "Garcia", "Tanaka", "Okafor", "Dubois", "Sharma", "Novak",
      "Rossi", "Kim", "Jensen", "Silva", "Haddad", "Murphy", "Weber", "Ivanova", "Chen", "Lopez", "Brown"};
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

  private final long seed;

  public CreditDataGenerator(long seed) {
    this.seed = seed;
  }

  /** The file as a string (for ranks that generate their data in memory). */
  public String generate(int rows) {
    StringWriter out = new StringWriter(Math.max(16, rows) * 320);
    try {
      write(out, rows);
    } catch (IOException e) {
      throw new IllegalStateException("a StringWriter does not fail", e);
    }
    return out.toString();
  }

  /** Writes the file atomically. */
  public void write(Path file, int rows) throws IOException {
    try (AtomicFiles.Writer target = AtomicFiles.open(file)) {
      Writer out = new java.io.BufferedWriter(new OutputStreamWriter(target.stream(), StandardCharsets.UTF_8), 1 << 16);
      write(out, rows);
      out.flush();
      target.commit();
    }
  }

  /** Writes the header and {@code rows} records to {@code out} (not closed). */
  public void write(Writer out, int rows) throws IOException {
    Checks.atLeast("rows", rows, 0);
    CSVPrinter printer = new CSVPrinter(out, FORMAT);
    printer.printRecord(CreditSchema.COLUMNS);
    SplittableRandom random = new SplittableRandom(seed);
    Customer customer = null;
    for (int r = 0; r < rows; r++) {
      int month = r % MONTHS_PER_CUSTOMER;
      if (month == 0) {
        customer = new Customer(random, r / MONTHS_PER_CUSTOMER);
      }
      printer.printRecord(customer.record(random, r, month));
    }
    printer.flush();
  }

  /** The attributes of one customer that stay (mostly) fixed over the months. */
  private static final class Customer {
    final double quality;
    final String customerId;
    final String name;
    final int age;
    final String ssn;
    final String occupation;
    final double income;
    final int bankAccounts;
    final int cards;
    final int interestRate;
    final List<String> loans;
    final int historyMonths;
    final String mix;
    final String behaviour;

    Customer(SplittableRandom random, int index) {
      quality = gaussian(random);
      customerId = String.format(Locale.ROOT, "CUS_0x%04x", 0x1000 + index * 7 % 0xefff);
      name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
      age = 18 + random.nextInt(40);
      ssn = String.format(Locale.ROOT, "%03d-%02d-%04d", random.nextInt(1000), random.nextInt(100),
          random.nextInt(10000));
      occupation = OCCUPATIONS[random.nextInt(OCCUPATIONS.length)];
      income = Math.exp(10.3 + 0.7 * gaussian(random));
      bankAccounts = clamp((int) Math.round(5 - 1.5 * quality + 1.5 * gaussian(random)), 0, 11);
      cards = clamp((int) Math.round(5 - 1.2 * quality + 1.5 * gaussian(random)), 0, 11);
      interestRate = clamp((int) Math.round(15 - 7 * quality + 4 * gaussian(random)), 1, 34);
      int loanCount = clamp((int) Math.round(3.5 - 1.5 * quality + 1.5 * gaussian(random)), 0, 9);
      loans = new ArrayList<>();
      for (int i = 0; i < loanCount; i++) {
        loans.add(LOANS[random.nextInt(LOANS.length)]);
      }
      historyMonths = clamp((int) Math.round(220 + 80 * quality + 60 * gaussian(random)), 1, 400);
      double m = quality + 0.4 * gaussian(random);
      mix = m > 0.6 ? "Good" : m < -0.6 ? "Bad" : "Standard";
      behaviour = BEHAVIOURS[random.nextInt(BEHAVIOURS.length)];
    }

    List<String> record(SplittableRandom random, int row, int month) {
      double score = quality + 0.5 * gaussian(random);
      String target = score < -0.55 ? "Poor" : score > 0.9 ? "Good" : "Standard";
      double salary = income / 12 * (0.8 + 0.1 * random.nextDouble());
      int delay = clamp((int) Math.round(20 - 12 * quality + 6 * gaussian(random)), -5, 67);
      int delayed = clamp((int) Math.round(12 - 5 * quality + 3 * gaussian(random)), 0, 28);
      int inquiries = clamp((int) Math.round(6 - 3 * quality + 2 * gaussian(random)), 0, 17);
      double debt = Math.max(0, 1500 - 800 * quality + 400 * gaussian(random));
      double utilisation = 20 + 30 * random.nextDouble();
      double emi = loans.size() * (20 + 60 * random.nextDouble());
      double invested = salary * (0.05 + 0.1 * random.nextDouble());
      double balance = salary - emi - invested - 200 * random.nextDouble();
      String minimum = random.nextDouble() < 0.12 ? "NM" : quality + 0.5 * gaussian(random) > 0 ? "No" : "Yes";

      List<String> cells = new ArrayList<>(CreditSchema.COLUMNS.size());
      cells.add(String.format(Locale.ROOT, "0x%x", 0x1602 + row));
      cells.add(customerId);
      cells.add(MONTHS[month]);
      cells.add(random.nextDouble() < 0.1 ? "" : name);
      cells.add(dirtyInt(random, age, new int[] {-500, 1998, 4808, 8698}));
      cells.add(random.nextDouble() < 0.05 ? "#F%$D@*&8" : ssn);
      cells.add(random.nextDouble() < 0.07 ? "_______" : occupation);
      cells.add(dirtyDecimal(random, income, 0.0, income * 100));
      cells.add(random.nextDouble() < 0.15 ? "" : decimal(salary));
      cells.add(dirtyInt(random, bankAccounts, new int[] {-1, 1798, 1017}));
      cells.add(dirtyInt(random, cards, new int[] {1499, 1025}));
      cells.add(dirtyInt(random, interestRate, new int[] {5797, 2213}));
      cells.add(dirtyInt(random, loans.size(), new int[] {-100, 1496}));
      cells.add(loans.isEmpty() ? "" : loanList(loans));
      cells.add(Integer.toString(delay));
      cells.add(random.nextDouble() < 0.07 ? "" : dirtyInt(random, delayed, new int[] {4397, -3}));
      cells.add(random.nextDouble() < 0.02 ? "_"
          : String.format(Locale.ROOT, "%.2f", -6 + 42 * random.nextDouble()));
      cells.add(random.nextDouble() < 0.02 ? "" : dirtyInt(random, inquiries, new int[] {2597, 1250}));
      cells.add(random.nextDouble() < 0.2 ? "_" : mix);
      cells.add(random.nextDouble() < 0.01 ? decimal(debt) + "_" : decimal(debt));
      cells.add(Double.toString(utilisation));
      int history = historyMonths + month;
      cells.add(random.nextDouble() < 0.09 ? "NA" : (history / 12) + " Years and " + (history % 12) + " Months");
      cells.add(minimum);
      cells.add(Double.toString(emi));
      double u = random.nextDouble();
      cells.add(u < 0.04 ? "__10000__" : u < 0.08 ? "" : Double.toString(invested));
      cells.add(random.nextDouble() < 0.07 ? "!@9#%8" : behaviour);
      double v = random.nextDouble();
      cells.add(v < 0.01 ? "__-333333333333333333333333333__" : v < 0.02 ? "" : Double.toString(balance));
      cells.add(target);
      return cells;
    }
  }

  /** An integer, with a trailing underscore 5 % of the time and an absurd value 1 % of the time. */
  private static String dirtyInt(SplittableRandom random, int value, int[] absurd) {
    double u = random.nextDouble();
    if (u < 0.01) {
      return Integer.toString(absurd[random.nextInt(absurd.length)]);
    }
    return u < 0.06 ? value + "_" : Integer.toString(value);
  }

  private static String dirtyDecimal(SplittableRandom random, double value, double low, double absurd) {
    double u = random.nextDouble();
    if (u < 0.01) {
      return decimal(absurd);
    }
    return u < 0.06 ? decimal(value) + "_" : decimal(Math.max(low, value));
  }

  private static String decimal(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** {@code "Auto Loan, Personal Loan, and Payday Loan"}, the public file's list style. */
  private static String loanList(List<String> loans) {
    if (loans.size() == 1) {
      return loans.get(0);
    }
    return String.join(", ", loans.subList(0, loans.size() - 1)) + ", and " + loans.get(loans.size() - 1);
  }

  private static int clamp(int v, int lo, int hi) {
    return Math.max(lo, Math.min(hi, v));
  }

  /** A standard normal draw (Box-Muller), from this generator's stream only. */
  private static double gaussian(SplittableRandom random) {
    double u1 = 1.0 - random.nextDouble();
    double u2 = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }
}
