package org.scalebench.workloads.gridsearch.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalebench.results.BadInputException;
import org.scalebench.workloads.gridsearch.data.CreditSchema.NumericColumn;

class CreditCleanerTest {
  private final DirtCounts counts = new DirtCounts();
  private final CreditCleaner cleaner = new CreditCleaner(counts);
  private static final NumericColumn AGE = CreditSchema.NUMERIC.get(0);
  private static final NumericColumn INCOME = CreditSchema.NUMERIC.get(1);
  private static final NumericColumn BALANCE = CreditSchema.NUMERIC.get(15);
  private static final NumericColumn INVESTED = CreditSchema.NUMERIC.get(14);

  @Test
  void trailingUnderscoresAreDroppedAndTheNumberKept() {
    assertEquals(34847.84f, cleaner.number("34847.84_", INCOME));
    assertEquals(23f, cleaner.number("23__", AGE));
    assertEquals(2, counts.count(Dirt.TRAILING_UNDERSCORE));
    assertEquals(30f, cleaner.number(" 30 ", AGE));
    assertEquals(2, counts.count(Dirt.TRAILING_UNDERSCORE));
  }

  @Test
  void numericPlaceholdersAreMissing() {
    assertTrue(Float.isNaN(cleaner.number("_", INCOME)));
    assertTrue(Float.isNaN(cleaner.number("__10000__", INVESTED)));
    assertTrue(Float.isNaN(cleaner.number("__-333333333333333333333333333__", BALANCE)));
    assertEquals(3, counts.count(Dirt.PLACEHOLDER));
  }

  @Test
  void absurdValuesAreMissingButTheRangeEndsAreKept() {
    assertTrue(Float.isNaN(cleaner.number("-500", AGE)));
    assertTrue(Float.isNaN(cleaner.number("8698", AGE)));
    assertTrue(Float.isNaN(cleaner.number("4808_", AGE)));
    assertEquals(14f, cleaner.number("14", AGE));
    assertEquals(100f, cleaner.number("100", AGE));
    assertEquals(3, counts.count(Dirt.ABSURD));
    assertTrue(Float.isNaN(cleaner.number("-3.33e26", BALANCE)));
  }

  @Test
  void emptyAndNaCellsAreMissing() {
    assertTrue(Float.isNaN(cleaner.number("", INCOME)));
    assertTrue(Float.isNaN(cleaner.number("NA", INCOME)));
    assertTrue(Float.isNaN(cleaner.historyMonths("NA")));
    assertNull(cleaner.category("  "));
    assertNull(cleaner.loanTypes(""));
    assertEquals(5, counts.count(Dirt.EMPTY));
  }

  @Test
  void textInANumericColumnIsUnparsable() {
    assertTrue(Float.isNaN(cleaner.number("abc", AGE)));
    assertTrue(Float.isNaN(cleaner.number("Infinity", AGE)));
    assertTrue(Float.isNaN(cleaner.historyMonths("22 years")));
    assertEquals(3, counts.count(Dirt.UNPARSABLE));
  }

  @Test
  void historyAgesBecomeMonths() {
    assertEquals(265f, cleaner.historyMonths("22 Years and 1 Months"));
    assertEquals(12f, cleaner.historyMonths("1 Year and 0 Month"));
    assertEquals(0f, cleaner.historyMonths("0 Years and 0 Months"));
    assertTrue(Float.isNaN(cleaner.historyMonths("101 Years and 0 Months")));
    assertEquals(1, counts.count(Dirt.ABSURD));
  }

  @Test
  void categoryPlaceholdersAreMissing() {
    assertNull(cleaner.category("_"));
    assertNull(cleaner.category("_______"));
    assertNull(cleaner.category("!@9#%8"));
    assertEquals(3, counts.count(Dirt.PLACEHOLDER));
    assertEquals("Media_Manager", cleaner.category(" Media_Manager "));
    assertEquals("NM", cleaner.category("NM"));
  }

  @Test
  void monthsBecomeNumbers() {
    assertEquals(1f, cleaner.month("January"));
    assertEquals(8f, cleaner.month("august"));
    assertTrue(Float.isNaN(cleaner.month("Smarch")));
  }

  @Test
  void loanListsSplitIntoTypes() {
    assertEquals(List.of("Auto Loan", "Credit-Builder Loan", "Personal Loan"),
        cleaner.loanTypes("Auto Loan, Credit-Builder Loan, and Personal Loan"));
    assertEquals(List.of("Not Specified"), cleaner.loanTypes("Not Specified"));
    assertNull(cleaner.loanTypes("_"));
  }

  @Test
  void labelsAreTheThreeClassesAndAnythingElseIsBadInput() {
    assertEquals(0, CreditCleaner.label("Good", "f.csv", 2));
    assertEquals(1, CreditCleaner.label(" Standard", "f.csv", 2));
    assertEquals(2, CreditCleaner.label("Poor", "f.csv", 2));
    BadInputException e = assertThrows(BadInputException.class, () -> CreditCleaner.label("Excellent", "f.csv", 7));
    assertEquals("f.csv line 7: Credit_Score 'Excellent' is not one of Good, Standard, Poor", e.getMessage());
    assertThrows(BadInputException.class, () -> CreditCleaner.label("", "f.csv", 8));
  }
}
