package org.scalebench.workloads.gridsearch.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.results.BadInputException;

class TableCsvReaderTest {
  static TableCsvReader.LoadedTable read(String text, String target, String drop) {
    return TableCsvReader.read(text, "t.csv", ColumnRoles.parse(target, drop));
  }

  static String message(String text, String target, String drop) {
    return assertThrows(BadInputException.class, () -> read(text, target, drop)).getMessage();
  }

  /** The issue's file: an identifier, 20 numeric columns, the class. */
  static String issueFile(int rows) {
    StringBuilder s = new StringBuilder("Customer_ID");
    for (int c = 1; c <= 20; c++) {
      s.append(",x").append(c);
    }
    s.append(",Credit_Score\n");
    SplittableRandom random = new SplittableRandom(5);
    String[] classes = {"Good", "Standard", "Poor"};
    for (int r = 0; r < rows; r++) {
      s.append("CUS_0x").append(Integer.toHexString(1000 + r));
      for (int c = 1; c <= 20; c++) {
        s.append(',').append(String.format(Locale.ROOT, "%.3f", random.nextDouble(-50, 50)));
      }
      s.append(',').append(classes[r % 3]).append('\n');
    }
    return s.toString();
  }

  @Test
  void theIssuesFileLoadsWithTwentyFeatures() {
    TableCsvReader.LoadedTable t = read(issueFile(30), "Credit_Score", "Customer_ID");
    Dataset d = t.dataset();
    assertEquals(30, d.rows());
    assertEquals(20, d.columns());
    assertEquals("x1", d.featureNames().get(0));
    assertEquals("x20", d.featureNames().get(19));
    assertEquals(List.of("Good", "Poor", "Standard"), d.classNames(), "text classes in code point order");
    assertEquals(List.of(0, 2, 1), List.of(d.labels()[0], d.labels()[1], d.labels()[2]));
    assertEquals(List.of(), t.textColumns());
    assertEquals("target Credit_Score, dropped Customer_ID, every feature numeric", t.describe());
  }

  @Test
  void textColumnsBecomeCodesInCodePointOrderAndEmptyCellsAreMissing() {
    String text = "id,city,n,y\n"
        + "1,Zürich,1.5,b\n"
        + "2,Aachen,,a\n"
        + "3,,-2e3,b\n"
        + "4,\"Bern, BE\",  7 ,a\n"
        + "5,\uD842\uDFB7,+.5,b\n" // U+20BB7, after U+FF5E although its first UTF-16 unit is smaller
        + "6,\uFF5E,3.,a\n"
        + "7,Aachen,0,a\n";
    TableCsvReader.LoadedTable t = read(text, "y", "");
    Dataset d = t.dataset();
    assertEquals(List.of("id", "city", "n"), d.featureNames());
    // Aachen < Bern, BE < Zürich < U+FF5E < U+20BB7
    float[] city = column(d, 1);
    assertArrayEquals(new float[] {2, 0, Float.NaN, 1, 4, 3, 0}, city);
    assertArrayEquals(new float[] {1.5f, Float.NaN, -2000f, 7f, 0.5f, 3f, 0f}, column(d, 2));
    assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6, 7}, column(d, 0));
    assertEquals(List.of("a", "b"), d.classNames());
    assertEquals("target y, nothing dropped, text columns: city (5 values)", t.describe());
  }

  @Test
  void oneNonNumberMakesAColumnTextAndNanWordsAreText() {
    Dataset d = read("a,b,c,y\n1,NaN,0x10,p\n2,3,1f,q\n10,Infinity,2,p\n", "y", "").dataset();
    assertArrayEquals(new float[] {1, 2, 10}, column(d, 0), "a is numeric");
    assertArrayEquals(new float[] {2, 0, 1}, column(d, 1), "b is text: 3 < Infinity < NaN");
    assertArrayEquals(new float[] {0, 1, 2}, column(d, 2), "c is text: 0x10 and 1f are not decimals");
    Dataset mixed = read("a,y\n10,p\n9,q\nx,p\n", "y", "").dataset();
    assertArrayEquals(new float[] {0, 1, 2}, column(mixed, 0), "as text, 10 < 9 < x by code point");
  }

  @Test
  void numericClassesAreSortedByValue() {
    Dataset d = read("x,y\n1,10\n2,9\n3,-1\n4,9\n5,2.5\n", "y", "").dataset();
    assertEquals(List.of("-1", "2.5", "9", "10"), d.classNames());
    assertArrayEquals(new int[] {3, 2, 0, 2, 1}, d.labels());
  }

  @Test
  void quotedCellsWithCommasAndLineBreaksAndABomAreRead() {
    Dataset d = read("\uFEFFname,v,y\n\"Smith, John\",1,a\n\"two\nlines\",2,b\n", "y", "name").dataset();
    assertEquals(List.of("v"), d.featureNames());
    assertEquals(2, d.rows());
  }

  @Test
  void aMissingTargetOrDropColumnNamesTheFileAndItsColumns() {
    String text = "Customer_ID,x1,Credit_Score\nA,1,Good\nB,2,Poor\n";
    assertEquals("t.csv has no column Credit_Scor (named by target=) (did you mean 'Credit_Score'?); its columns are: "
        + "Customer_ID, x1, Credit_Score", message(text, "Credit_Scor", ""));
    assertEquals("t.csv has no column Id (named by drop=) (did you mean 'x1'?); its columns are: Customer_ID, x1, "
        + "Credit_Score", message(text, "Credit_Score", "Id, Customer_ID"));
  }

  @Test
  void anEmptyTargetCellIsRefusedWithItsLine() {
    assertEquals("t.csv line 3 has no value in the target column y", message("x,y\n1,a\n2, \n3,b\n", "y", ""));
    assertEquals("t.csv line 4 has no value in the target column y",
        message("x,y\n\"1\n2\",a\n3,\n", "y", ""), "a line break in a quoted cell counts");
  }

  @Test
  void fewerThanTwoClassesOrNoFeatureIsRefused() {
    assertEquals("the target y of t.csv has only one class ('a'); a classification needs at least 2",
        message("x,y\n1,a\n2,a\n", "y", ""));
    assertEquals("t.csv has no feature column: every column but the target y is in drop=id",
        message("id,y\n1,a\n2,b\n", "y", "id"));
    assertEquals("t.csv has no feature column: its only column is the target y", message("y\na\nb\n", "y", ""));
  }

  @Test
  void aColumnEmptyInEveryRowIsRefused() {
    assertEquals("column notes of t.csv is empty in every row; leave it out with drop=notes",
        message("x,notes,y\n1,,a\n2,,b\n", "y", ""));
  }

  @Test
  void otherBadFilesGiveOneSentence() {
    assertEquals("t.csv line 3 has 2 cells, the header has 3", message("x,z,y\n1,2,a\n1,b\n", "y", ""));
    assertEquals("t.csv has a header but no data rows", message("x,y\n", "y", ""));
    assertEquals("t.csv has two columns named x; column names must be unique", message("x,x ,y\n1,2,a\n", "y", ""));
    assertEquals("column 1 of t.csv has no name in the header; give every column a name",
        message(",x,y\n0,1,a\n1,2,b\n", "y", ""));
    assertEquals("t.csv line 2: x is 1e39, beyond the range of a 32-bit float (about 3.4e38), which XGBoost reads",
        message("x,y\n1e39,a\n2,b\n", "y", ""));
    assertEquals("t.csv has no header line (the file is empty)", message("", "y", ""));
  }

  @Test
  void rolesAreCheckedThemselves() {
    assertEquals("the column 'y' is the target= and in drop=; it can only be one of them",
        assertThrows(BadInputException.class, () -> ColumnRoles.parse("y", "id,y")).getMessage());
    assertEquals("drop= names the column 'id' twice",
        assertThrows(BadInputException.class, () -> ColumnRoles.parse("y", "id, id")).getMessage());
    assertTrue(assertThrows(BadInputException.class, () -> ColumnRoles.parse("y", "id,,x")).getMessage()
        .startsWith("drop='id,,x' holds an empty column name"));
    assertEquals(List.of("a", "b c"), ColumnRoles.parse(" y ", " a,\tb c ").drop());
  }

  @Test
  void checkHeaderReadsOnlyTheHeader(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mine.csv");
    Files.writeString(file, "id,x,y\n1,2\n"); // the short row is the full read's business
    TableCsvReader.checkHeader(file, ColumnRoles.parse("y", "id"));
    String m = assertThrows(BadInputException.class, () -> TableCsvReader.checkHeader(file, ColumnRoles.parse("Y", "")))
        .getMessage();
    assertEquals(file + " has no column Y (named by target=) (did you mean 'y'?); its columns are: id, x, y", m);
    assertEquals("data file " + dir.resolve("none.csv") + " does not exist", assertThrows(BadInputException.class,
        () -> TableCsvReader.checkHeader(dir.resolve("none.csv"), ColumnRoles.parse("y", ""))).getMessage());
  }

  @Test
  void codePointOrderDiffersFromStringOrderBeyondTheBmp() {
    List<String> values = new ArrayList<>(Set.of("\uFF5E", "\uD842\uDFB7", "a"));
    values.sort(TableCsvReader.CODE_POINT_ORDER);
    assertEquals(List.of("a", "\uFF5E", "\uD842\uDFB7"), values);
    assertTrue("\uD842\uDFB7".compareTo("\uFF5E") < 0, "String.compareTo puts the surrogate pair first");
  }

  private static float[] column(Dataset d, int c) {
    float[] out = new float[d.rows()];
    for (int r = 0; r < d.rows(); r++) {
      out[r] = d.features()[r * d.columns() + c];
    }
    return out;
  }
}
