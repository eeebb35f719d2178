package org.scalebench.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.results.BadInputException;

/** YAML that cannot be read is reported in words: no Java class names, no parser internals. */
class YamlMessagesTest {
  @TempDir Path dir;

  private String problem(byte[] content) throws Exception {
    Path file = dir.resolve("study.yaml");
    Files.write(file, content);
    try {
      YamlFiles.read(file);
    } catch (BadInputException e) {
      return e.getMessage();
    }
    throw new AssertionError("no error for " + new String(content, java.nio.charset.StandardCharsets.ISO_8859_1));
  }

  private static void noJavaNames(String message) {
    assertFalse(message.matches("(?s).*\\b(java|org)\\.[a-z]+\\..*"), message);
    assertFalse(message.contains("Exception"), message);
    assertFalse(message.contains("Event"), message);
    assertFalse(message.contains("\n"), message);
  }

  @Test
  void bytesThatAreNotUtf8AreSaidSo() throws Exception {
    String m = problem(new byte[] {'s', 't', 'u', 'd', 'y', ':', ' ', 's', '\n', (byte) 0xff, (byte) 0xfe, '\n'});
    noJavaNames(m);
    assertTrue(m.endsWith("study.yaml: not UTF-8 text (byte 0xff at offset 10 is not UTF-8); save it as UTF-8"), m);
  }

  @Test
  void aMappingAsAKeyIsSaidInWords() throws Exception {
    String m = problem("? {a: 1}\n: x\n".getBytes());
    noJavaNames(m);
    assertTrue(m.endsWith("line 1: not valid YAML: a key must be a plain word, not a mapping"), m);
  }

  @Test
  void multiLineParserMessagesBecomeOneLineWithTheColumn() throws Exception {
    String m = problem("study: s\n  workload: hello\n".getBytes());
    noJavaNames(m);
    assertTrue(m.endsWith("line 2: not valid YAML: mapping values are not allowed here (column 11)"), m);
    m = problem("\t study: s\n".getBytes());
    noJavaNames(m);
    assertTrue(m.contains("found character 'a tab' that cannot start any token"), m);
  }

  @Test
  void aDirectoryAndAnEmptyFileAreNamed() throws Exception {
    Files.createDirectories(dir.resolve("d.yaml"));
    BadInputException e = org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class,
        () -> YamlFiles.read(dir.resolve("d.yaml")));
    assertEquals(dir.resolve("d.yaml") + " is a directory, not a YAML file", e.getMessage());
    assertTrue(problem(new byte[0]).endsWith("study.yaml is empty"));
  }
}
