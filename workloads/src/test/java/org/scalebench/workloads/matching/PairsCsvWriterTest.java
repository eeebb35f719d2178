package org.scalebench.workloads.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PairsCsvWriterTest {
  @TempDir
  Path dir;

  @Test
  void writesHeaderSixDecimalsWithADotAndQuotesStrings() throws IOException {
    // surefire runs with a German default locale: a decimal comma would show here
    List<String> left = List.of("Smith, John", "Acme \"Best\" Corp.");
    List<String> right = List.of("Smith John", "𠮷野家");
    StringWriter out = new StringWriter();
    try (PairsCsvWriter writer = new PairsCsvWriter(out, left, right)) {
      writer.accept(0, 0, 20.0 / 21.0);
      writer.accept(1, 1, 0.8);
    }
    assertEquals("left_index,right_index,ratio,left,right\n"
        + "0,0,0.952381,\"Smith, John\",Smith John\n"
        + "1,1,0.800000,\"Acme \"\"Best\"\" Corp.\",𠮷野家\n", out.toString());
  }

  @Test
  void quotesEveryStringExactlyAsCommonsCsvPrintsARecord() throws IOException {
    List<String> tricky = List.of("", " leading", "trailing ", "#hash", "!bang", "a,b", "q\"q", "cr\rlf", "new\nline",
        "plain", "\"", "Zoë 😀", "\t tab");
    StringWriter expected = new StringWriter();
    org.apache.commons.csv.CSVPrinter reference = new org.apache.commons.csv.CSVPrinter(expected,
        org.apache.commons.csv.CSVFormat.RFC4180.builder().setRecordSeparator('\n').get());
    reference.printRecord("left_index", "right_index", "ratio", "left", "right");
    StringWriter out = new StringWriter();
    try (PairsCsvWriter writer = new PairsCsvWriter(out, tricky, tricky)) {
      for (int i = 0; i < tricky.size(); i++) {
        for (int j = 0; j < tricky.size(); j += 3) {
          writer.accept(i, j, (double) (i + j) / (2 * tricky.size()));
          reference.printRecord(Integer.toString(i), Integer.toString(j),
              PairsCsvWriter.formatScore((double) (i + j) / (2 * tricky.size())), tricky.get(i), tricky.get(j));
        }
      }
    }
    reference.flush();
    assertEquals(expected.toString(), out.toString());
  }

  @Test
  void writesAFileAtomicallyThatTheReaderReadsBack() throws IOException {
    List<String> left = List.of("a\nb", "x");
    List<String> right = List.of("y", "z");
    Path file = dir.resolve("out/pairs.csv");
    PairsCsvWriter.write(file, left, right, List.of(new MatchPair(0, 1, 1.0), new MatchPair(1, 0, 0.5)));
    assertEquals(List.of("a\nb", "x"), NameReader.readCsvColumn(file, Column.named("left"), true));
    assertEquals(List.of("1.000000", "0.500000"), NameReader.readCsvColumn(file, Column.named("ratio"), true));
    try (var files = Files.list(file.getParent())) {
      assertEquals(List.of("pairs.csv"), files.map(p -> p.getFileName().toString()).toList());
    }
    assertEquals("left_index,right_index,ratio,left,right",
        Files.readAllLines(file, StandardCharsets.UTF_8).get(0));
  }
}
