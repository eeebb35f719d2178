package org.scalebench.workloads.gridsearch.data;

import java.util.List;

/**
 * The columns of the public "credit score classification" data set (Kaggle, Rohan Paris, 2022:
 * {@code train.csv}, 100,000 rows, 28 columns) and how the cleaner treats each of them.
 *
 * <p>Identifier columns ({@code ID, Customer_ID, Name, SSN}) are dropped: they identify a person,
 * not a credit behaviour, and would let trees memorise customers. Numeric columns get a plausible
 * range; a value outside it is one of the data set's injected absurd values (ages of -500 or
 * 8698, 1496 loans) and becomes missing. The ranges are wide enough for every genuine value of the
 * public file (its maxima: age 56, 11 bank accounts, 11 cards, interest rate 34 %, 9 loans, delay 67
 * days, 28 delayed payments, 17 inquiries).
 */
public final class CreditSchema {
  /** The target column. */
  public static final String TARGET = "Credit_Score";

  /** The classes in label order: label 0 is {@code Good}, 1 {@code Standard}, 2 {@code Poor}. */
  public static final List<String> CLASSES = List.of("Good", "Standard", "Poor");

  /** Every column of the public file, in its order. */
  public static final List<String> COLUMNS = List.of("ID", "Customer_ID", "Month", "Name", "Age", "SSN",
      "Occupation", "Annual_Income", "Monthly_Inhand_Salary", "Num_Bank_Accounts", "Num_Credit_Card",
      "Interest_Rate", "Num_of_Loan", "Type_of_Loan", "Delay_from_due_date", "Num_of_Delayed_Payment",
      "Changed_Credit_Limit", "Num_Credit_Inquiries", "Credit_Mix", "Outstanding_Debt",
      "Credit_Utilization_Ratio", "Credit_History_Age", "Payment_of_Min_Amount", "Total_EMI_per_month",
      "Amount_invested_monthly", "Payment_Behaviour", "Monthly_Balance", TARGET);

  /** Dropped before training. */
  public static final List<String> IDENTIFIERS = List.of("ID", "Customer_ID", "Name", "SSN");

  /**
   * A numeric column and its plausible closed range; values outside become missing.
   *
   * @param name the column name
   * @param min the smallest plausible value
   * @param max the largest plausible value
   */
  public record NumericColumn(String name, double min, double max) {
    public NumericColumn {
      if (!(min <= max)) {
        throw new IllegalArgumentException("range of " + name + " must have min <= max, got " + min + ".." + max);
      }
    }
  }

  /** The plain numeric columns, each becoming one feature. */
  public static final List<NumericColumn> NUMERIC = List.of(
      new NumericColumn("Age", 14, 100),
      new NumericColumn("Annual_Income", 0, 1_000_000),
      new NumericColumn("Monthly_Inhand_Salary", 0, 100_000),
      new NumericColumn("Num_Bank_Accounts", 0, 20),
      new NumericColumn("Num_Credit_Card", 0, 20),
      new NumericColumn("Interest_Rate", 0, 50),
      new NumericColumn("Num_of_Loan", 0, 20),
      new NumericColumn("Delay_from_due_date", -10, 100),
      new NumericColumn("Num_of_Delayed_Payment", 0, 50),
      new NumericColumn("Changed_Credit_Limit", -50, 100),
      new NumericColumn("Num_Credit_Inquiries", 0, 50),
      new NumericColumn("Outstanding_Debt", 0, 100_000),
      new NumericColumn("Credit_Utilization_Ratio", 0, 100),
      new NumericColumn("Total_EMI_per_month", 0, 10_000),
      new NumericColumn("Amount_invested_monthly", 0, 10_000),
      new NumericColumn("Monthly_Balance", -1_000_000, 1_000_000));

  /** {@code "22 Years and 1 Months"}, becoming months (265); plausible up to 100 years. */
  public static final NumericColumn HISTORY_AGE = new NumericColumn("Credit_History_Age", 0, 1200);

  /** The month of the record, becoming 1..12. */
  public static final String MONTH = "Month";

  /** Categorical columns, each becoming one feature holding the category's code. */
  public static final List<String> CATEGORICAL = List.of("Occupation", "Credit_Mix", "Payment_of_Min_Amount",
      "Payment_Behaviour");

  /** A comma-separated list of loan types, becoming one 0/1 feature per type seen in the file. */
  public static final String LOAN_TYPES = "Type_of_Loan";

  /** Every column the cleaner needs (all but the identifiers). */
  public static List<String> required() {
    return COLUMNS.stream().filter(c -> !IDENTIFIERS.contains(c)).toList();
  }

  private CreditSchema() {}
}
