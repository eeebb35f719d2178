package org.scalebench.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class TableTest {
  private final Table table = new Table(List.of("id", "name", "note"), List.of(
      List.of("1", "Smith, John", "a \"quoted\" word"),
      List.of("22", "𠮷野家", "a | bar\nand a line break"),
      List.of("333", "", "")));

  @Test
  void textAlignsColumnsByCharacterAndStripsTrailingSpace() {
    assertEquals("id   name         note\n"
        + "---  -----------  ------------------------\n"
        + "1    Smith, John  a \"quoted\" word\n"
        + "22   𠮷野家" + " ".repeat(10) + "a | bar and a line break\n"
        + "333\n", table.text());
  }

  @Test
  void markdownEscapesBarsAndLineBreaks() {
    assertEquals("""
        | id | name | note |
        |---|---|---|
        | 1 | Smith, John | a "quoted" word |
        | 22 | 𠮷野家 | a \\| bar and a line break |
        | 333 |  |  |
        """, table.markdown());
  }

  @Test
  void csvQuotesWhatNeedsQuotingAndReadsBackTheSameCells() throws IOException {
    String csv = table.csv();
    assertEquals("id,name,note\r\n1,\"Smith, John\",\"a \"\"quoted\"\" word\"\r\n", csv.substring(0,
        csv.indexOf("22,")));
    List<List<String>> read = new ArrayList<>();
    try (CSVParser p = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180)) {
      for (CSVRecord r : p) {
        read.add(r.toList());
      }
    }
    List<List<String>> expected = new ArrayList<>(List.of(table.header()));
    expected.addAll(table.rows());
    assertEquals(expected, read);
  }

  @Test
  void everyRowIsAsWideAsTheHeader() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Table(List.of("a", "b"), List.of(List.of("1"))));
    assertEquals("a row has 1 cells, the header 2: [1]", e.getMessage());
  }
}
