package org.scalebench.workloads.gridsearch.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalebench.results.BadInputException;

class CreditCsvReaderTest {
  static final String HEADER = String.join(",", CreditSchema.COLUMNS);
  // two rows in the public file's style, the second with dirt in most columns
  static final String ROW1 = "0x1602,CUS_0xd40,January,Aaron Maashoh,23,821-00-0265,Scientist,19114.12,"
      + "1824.8433333333328,3,4,3,4,\"Auto Loan, Credit-Builder Loan, Personal Loan, and Home Equity Loan\",3,7,"
      + "11.27,4,Good,809.98,26.822619623699016,22 Years and 1 Months,No,49.57494921489417,80.41529543900253,"
      + "High_spent_Small_value_payments,312.49408867943663,Good";
  static final String ROW2 = "0x1603,CUS_0xd40,February,,-500,#F%$D@*&8,_______,34847.84_,,1798,4,3,4_,"
      + ",-1,,_,4,_,809.98_,31.94496005538421,NA,NM,49.57494921489417,__10000__,!@9#%8,"
      + "__-333333333333333333333333333__,Poor";

  static Dataset read(String text) {
    return CreditCsvReader.read(text, "test.csv", new DirtCounts());
  }

  @Test
  void readsCleanAndDirtyRows() {
    DirtCounts dirt = new DirtCounts();
    Dataset d = CreditCsvReader.read(HEADER + "\n" + ROW1 + "\n" + ROW2 + "\n", "test.csv", dirt);
    assertEquals(2, d.rows());
    // 16 numeric + history + month + 4 categorical + 4 loan types seen
    assertEquals(26, d.columns());
    assertEquals(List.of(0, 2), List.of(d.labels()[0], d.labels()[1]));
    List<String> names = d.featureNames();
    float[] f = d.features();
    int c = d.columns();
    assertEquals(23f, f[names.indexOf("Age")]);
    assertTrue(Float.isNaN(f[c + names.indexOf("Age")]));
    assertEquals(34847.84f, f[c + names.indexOf("Annual_Income")]);
    assertTrue(Float.isNaN(f[c + names.indexOf("Monthly_Inhand_Salary")]));
    assertTrue(Float.isNaN(f[c + names.indexOf("Num_Bank_Accounts")]));
    assertEquals(4f, f[c + names.indexOf("Num_of_Loan")]);
    assertEquals(265f, f[names.indexOf("Credit_History_Age_months")]);
    assertTrue(Float.isNaN(f[c + names.indexOf("Credit_History_Age_months")]));
    assertEquals(2f, f[c + names.indexOf("Month")]);
    assertTrue(Float.isNaN(f[c + names.indexOf("Occupation")]));
    assertTrue(Float.isNaN(f[c + names.indexOf("Credit_Mix")]));
    assertTrue(Float.isNaN(f[c + names.indexOf("Payment_Behaviour")]));
    assertTrue(Float.isNaN(f[c + names.indexOf("Amount_invested_monthly")]));
    assertTrue(Float.isNaN(f[c + names.indexOf("Monthly_Balance")]));
    // Payment_of_Min_Amount: NM < No (sorted codes)
    assertEquals(1f, f[names.indexOf("Payment_of_Min_Amount")]);
    assertEquals(0f, f[c + names.indexOf("Payment_of_Min_Amount")]);
    assertEquals(1f, f[names.indexOf("Type_of_Loan=Home Equity Loan")]);
    assertTrue(Float.isNaN(f[c + names.indexOf("Type_of_Loan=Home Equity Loan")]));
    assertTrue(dirt.count(Dirt.TRAILING_UNDERSCORE) >= 3);
    assertTrue(dirt.count(Dirt.PLACEHOLDER) >= 6);
    assertTrue(dirt.count(Dirt.ABSURD) >= 2);
  }

  @Test
  void columnOrderDoesNotMatterAndABomIsSkipped() {
    List<String> cols = new ArrayList<>(CreditSchema.COLUMNS);
    List<String> cells = parseCells(ROW1);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < cols.size(); i++) {
      order.add(i);
    }
    Collections.reverse(order);
    StringBuilder header = new StringBuilder();
    StringBuilder row = new StringBuilder();
    for (int i : order) {
      header.append(header.length() == 0 ? "" : ",").append(cols.get(i));
      String cell = cells.get(i);
      row.append(row.length() == 0 ? "" : ",").append(cell.contains(",") ? '"' + cell + '"' : cell);
    }
    Dataset reversed = read("\uFEFF" + header + "\n" + row + "\n");
    assertTrue(reversed.sameContents(read(HEADER + "\n" + ROW1 + "\n")));
  }

  private static List<String> parseCells(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (char ch : line.toCharArray()) {
      if (ch == '"') {
        quoted = !quoted;
      } else if (ch == ',' && !quoted) {
        out.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    out.add(cell.toString());
    return out;
  }

  @Test
  void aFileWithoutTheTargetIsBadInput() {
    String header = HEADER.replace(",Credit_Score", "");
    String row = ROW1.substring(0, ROW1.lastIndexOf(','));
    BadInputException e = assertThrows(BadInputException.class, () -> read(header + "\n" + row + "\n"));
    assertTrue(e.getMessage().startsWith("test.csv has no column Credit_Score"), e.getMessage());
  }

  @Test
  void aMissingFeatureColumnIsBadInput() {
    BadInputException e = assertThrows(BadInputException.class,
        () -> read(HEADER.replace(",Age,", ",Years,") + "\n" + ROW1 + "\n"));
    assertEquals("test.csv lacks the column(s) Age of the credit score data set", e.getMessage());
  }

  @Test
  void anUnknownClassIsBadInputWithItsLine() {
    String bad = ROW2.replace(",Poor", ",Excellent");
    BadInputException e = assertThrows(BadInputException.class,
        () -> read(HEADER + "\n" + ROW1 + "\n" + bad + "\n"));
    assertEquals("test.csv line 3: Credit_Score 'Excellent' is not one of Good, Standard, Poor", e.getMessage());
  }

  @Test
  void aShortLineOrNoRowsIsBadInput() {
    BadInputException e = assertThrows(BadInputException.class, () -> read(HEADER + "\n" + "1,2,3\n"));
    assertEquals("test.csv line 2 has 3 cells, the header has 28", e.getMessage());
    assertThrows(BadInputException.class, () -> read(HEADER + "\n"));
  }
}
