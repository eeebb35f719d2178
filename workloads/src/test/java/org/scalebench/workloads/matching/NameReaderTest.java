package org.scalebench.workloads.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NameReaderTest {
  @TempDir
  Path dir;

  @Test
  void readsOneStringPerLineKeepingEmptyLinesAndNonBmp() throws IOException {
    Path file = write("names.txt", "\uFEFFJosé García\r\n\n𠮷野家 😀\nlast");
    assertEquals(List.of("José García", "", "𠮷野家 😀", "last"), NameReader.readLines(file));
    Path trailing = write("t.txt", "a\nb\n");
    assertEquals(List.of("a", "b"), NameReader.readLines(trailing));
  }

  @Test
  void readsACsvColumnByNameOrIndexWithQuotedFields() throws IOException {
    Path file = write("in.csv", "id,name\n1,\"Smith, John\"\n2,\"Acme \"\"Best\"\" Corp.\"\n3,Zoë\n");
    assertEquals(List.of("Smith, John", "Acme \"Best\" Corp.", "Zoë"),
        NameReader.readCsvColumn(file, Column.named("name"), true));
    assertEquals(List.of("Smith, John", "Acme \"Best\" Corp.", "Zoë"),
        NameReader.readCsvColumn(file, Column.parse("1"), true));
    assertEquals(List.of("id", "1", "2", "3"), NameReader.readCsvColumn(file, Column.at(0), false));
  }

  @Test
  void withoutAColumnOnlyAOneColumnFileIsRead() throws IOException {
    Path single = write("single.csv", "name\n\"Smith, John\"\nZoë\n");
    assertEquals(List.of("Smith, John", "Zoë"), NameReader.readCsvColumn(single, Column.NOT_GIVEN, true));
    Path two = write("two.csv", "id,name\n1,Anna\n");
    MatchingInputException e = assertThrows(MatchingInputException.class,
        () -> NameReader.readCsvColumn(two, Column.NOT_GIVEN, true));
    assertTrue(e.getMessage().startsWith(two + " has 2 columns (id, name) and no column="), e.getMessage());
    Path unquoted = write("unquoted.csv", "name\nAnna\nSmith, John\n");
    e = assertThrows(MatchingInputException.class, () -> NameReader.readCsvColumn(unquoted, Column.NOT_GIVEN, true));
    assertTrue(e.getMessage().startsWith("line 3 of " + unquoted + " has 2 columns where the header has 1; quote"),
        e.getMessage());
    Path bare = write("bare.csv", "Anna\nSmith, John\n");
    e = assertThrows(MatchingInputException.class, () -> NameReader.readCsvColumn(bare, Column.NOT_GIVEN, false));
    assertTrue(e.getMessage().startsWith("line 2 of " + bare + " has 2 columns where the first line has 1"),
        e.getMessage());
  }

  @Test
  void aFileWithoutAStringIsRefused() throws IOException {
    Path empty = write("empty.txt", "");
    MatchingInputException e = assertThrows(MatchingInputException.class, () -> NameReader.readLines(empty));
    assertEquals("input file " + empty + " holds no strings; give a file with at least one", e.getMessage());
    assertEquals(List.of(""), NameReader.readLines(write("blank.txt", "\n")), "one empty line is one empty string");
    Path headerOnly = write("h.csv", "id,name\n");
    e = assertThrows(MatchingInputException.class, () -> NameReader.readCsvColumn(headerOnly, Column.at(1), true));
    assertEquals("input file " + headerOnly + " holds no strings (only a header); give a file with at least one",
        e.getMessage());
  }

  @Test
  void aMissingFileIsNamed() {
    Path missing = dir.resolve("nope.csv");
    MatchingInputException e =
        assertThrows(MatchingInputException.class, () -> NameReader.readLines(missing));
    assertEquals("input file " + missing + " does not exist", e.getMessage());
  }

  @Test
  void aMissingColumnListsTheColumnsThereAre() throws IOException {
    Path file = write("in.csv", "id,name\n1,a\n");
    MatchingInputException e = assertThrows(MatchingInputException.class,
        () -> NameReader.readCsvColumn(file, Column.named("company"), true));
    assertEquals("column 'company' is not in the header of " + file + " (columns: id, name)", e.getMessage());
    MatchingInputException noHeader = assertThrows(MatchingInputException.class,
        () -> NameReader.readCsvColumn(file, Column.named("name"), false));
    assertTrue(noHeader.getMessage().contains("without a header"), noHeader.getMessage());
  }

  @Test
  void aShortRecordNamesItsLine() throws IOException {
    Path file = write("in.csv", "id,name\n1,a\n2\n3,c\n");
    MatchingInputException e = assertThrows(MatchingInputException.class,
        () -> NameReader.readCsvColumn(file, Column.at(1), true));
    assertEquals("line 3 of " + file + " has 1 column(s), so column 1 is missing", e.getMessage());
  }

  @Test
  void invalidUtf8NamesTheLine() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("good\nalso good é\nbad ".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xC3); // a lead byte without its continuation
    bytes.writeBytes("(\nfine\n".getBytes(StandardCharsets.UTF_8));
    Path file = dir.resolve("latin1.txt");
    Files.write(file, bytes.toByteArray());
    MatchingInputException e =
        assertThrows(MatchingInputException.class, () -> NameReader.readLines(file));
    assertEquals("line 3 of " + file + " is not valid UTF-8 (byte 5 of the line, 0xC3)", e.getMessage());
    MatchingInputException csv = assertThrows(MatchingInputException.class,
        () -> NameReader.readCsvColumn(file, Column.at(0), false));
    assertTrue(csv.getMessage().startsWith("line 3 of "), csv.getMessage());
  }

  @Test
  void aTruncatedSequenceAtTheEndIsInvalidToo() throws IOException {
    Path file = dir.resolve("cut.txt");
    byte[] emoji = "ok\n😀".getBytes(StandardCharsets.UTF_8);
    Files.write(file, java.util.Arrays.copyOf(emoji, emoji.length - 1));
    MatchingInputException e =
        assertThrows(MatchingInputException.class, () -> NameReader.readLines(file));
    assertTrue(e.getMessage().startsWith("line 2 of "), e.getMessage());
  }

  @Test
  void malformedCsvIsReportedWithTheFile() throws IOException {
    Path file = write("in.csv", "id,name\n1,\"unclosed\n");
    MatchingInputException e = assertThrows(MatchingInputException.class,
        () -> NameReader.readCsvColumn(file, Column.named("name"), true));
    assertTrue(e.getMessage().startsWith("cannot parse " + file + " as CSV"), e.getMessage());
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
