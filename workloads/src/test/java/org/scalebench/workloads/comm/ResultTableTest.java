package org.scalebench.workloads.comm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultTableTest {
  @Test
  void csvStartsWithTheSchemaVersionAndPrintingAligns(@TempDir Path dir) throws Exception {
    ResultTable t = new ResultTable(List.of("bytes", "latency_us"));
    t.add(List.of("1", "0.500"));
    t.add(List.of("1024", "12.250"));
    Path csv = dir.resolve("latency.csv");
    t.writeCsv(csv);
    assertEquals(List.of("schema_version,bytes,latency_us", "1,1,0.500", "1,1024,12.250"), Files.readAllLines(csv));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    t.print(new PrintStream(out, true, StandardCharsets.UTF_8), "title");
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("bytes  latency_us\n    1       0.500\n 1024      12.250"), text);
    assertThrows(IllegalArgumentException.class, () -> t.add(List.of("1")));
  }
}
