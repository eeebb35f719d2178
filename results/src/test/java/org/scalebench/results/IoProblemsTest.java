package org.scalebench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failed file operations in words, with the path, never with a Java class name. */
class IoProblemsTest {
  @TempDir Path dir;

  @Test
  void aFileWhereAFolderShouldBe() throws IOException {
    Path file = Files.writeString(dir.resolve("store"), "x");
    IOException e = assertThrows(IOException.class, () -> Files.createDirectories(file));
    assertEquals(file + " is a file, not a folder", IoProblems.describe(e));
    assertTrue(IoProblems.isAboutThePath(e));
    IOException below = assertThrows(IOException.class, () -> Files.createDirectories(file.resolve("a/b")));
    assertEquals(file + " is a file, not a folder", IoProblems.describe(below));
    assertTrue(IoProblems.isAboutThePath(below));
  }

  @Test
  void aMissingFileOrFolder() {
    Path missing = dir.resolve("nope").resolve("run.json");
    IOException e = assertThrows(IOException.class, () -> Files.readString(missing));
    assertEquals("no such file or folder: " + missing, IoProblems.describe(e));
    assertTrue(IoProblems.isAboutThePath(e));
  }

  @Test
  void aFullDiskNamesThePathAndSaysSoInWords() {
    IOException plain = new IOException("No space left on device");
    IOException named = IoProblems.naming(dir.resolve("run.json"), plain);
    assertEquals(dir.resolve("run.json") + ": no space left on device (the disk is full)", IoProblems.describe(named));
    assertFalse(IoProblems.isAboutThePath(named), "a full disk is the machine's failure, not bad input");
    assertEquals("no space left on device (the disk is full)", IoProblems.describe(plain));
  }

  @Test
  void permissionAndOtherReasons() {
    assertEquals("permission denied: /x/y", IoProblems.describe(new AccessDeniedException("/x/y")));
    assertEquals("/x/y: the file system is read-only",
        IoProblems.describe(new FileSystemException("/x/y", null, "Read-only file system")));
    assertEquals("no such file or folder: /x", IoProblems.describe(new NoSuchFileException("/x")));
  }

  @Test
  void findsTheIoFailureInACauseChain() {
    IOException io = new NoSuchFileException("/x");
    assertSame(io, IoProblems.find(new RuntimeException("wrapped", new UncheckedIOException(io))).orElseThrow());
    assertTrue(IoProblems.find(new IllegalStateException("no io")).isEmpty());
  }

  @Test
  void aDescribedFailureIsItsOwnSentence() {
    IOException cause = new IOException("No space left on device");
    assertEquals("the run failed and run.json could not be written",
        IoProblems.describe(new IoProblems.Described("the run failed and run.json could not be written", cause)));
  }
}
