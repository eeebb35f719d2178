package org.scalebench.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.results.AtomicFiles;
import org.scalebench.results.ResultStore;
import org.scalebench.results.RunStatus;
import org.scalebench.results.StoredRun;

/**
 * A run on a full disk: a 1 MiB tmpfs, mounted for the test (skipped where mounting is not
 * permitted). The user used to get "scalebench: IOException: No space left on device", with no path
 * and no run.json.
 */
class FullDiskIT {
  @TempDir Path dir;
  Path disk;

  @BeforeEach
  void mount() throws Exception {
    disk = Files.createDirectories(dir.resolve("disk"));
    Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", disk.toString())
        .redirectErrorStream(true).start();
    String text = new String(p.getInputStream().readAllBytes());
    Assumptions.assumeTrue(p.waitFor() == 0, "mounting a tmpfs is not permitted here: " + text);
  }

  @AfterEach
  void unmount() throws Exception {
    new ProcessBuilder("umount", disk.toString()).inheritIO().start().waitFor();
  }

  /** Fills the disk, then frees {@code freeBytes} of it. */
  private void fill(long freeBytes) throws IOException {
    Path filler = disk.resolve("filler");
    byte[] block = new byte[4096];
    try (OutputStream out = Files.newOutputStream(filler)) {
      while (true) {
        out.write(block);
      }
    } catch (IOException full) {
      // full
    }
    try (FileChannel c = FileChannel.open(filler, StandardOpenOption.WRITE)) {
      c.truncate(Math.max(0, c.size() - freeBytes));
    }
  }

  @Test
  void aDiskTooFullForLaunchJsonStartsNothingAndSaysWhere() throws Exception {
    fill(0);
    Path store = disk.resolve("store");
    Cli.Result r = Cli.run("run", "--workload", "hello", "--out", store.toString());
    Path runDir = store.resolve("adhoc").resolve("hello-n1-t1-c1").resolve("rep-1");
    assertEquals(1, r.exit(), r.toString());
    assertEquals("scalebench: cannot prepare the run in " + runDir + ": " + runDir.resolve("launch.json")
        + ": no space left on device (the disk is full); nothing was started\n", r.err());
    assertFalse(Files.exists(runDir), "nothing of the attempt is kept");
    assertEquals(List.of(), temporaryFiles(store));
  }

  @Test
  void aDiskThatFillsDuringTheRunRecordsItOrSaysWhereItCouldNot() throws Exception {
    fill(16 * 1024);
    Path store = disk.resolve("store");
    Cli.Result r = Cli.run("run", "--workload", "hello", "--ranks", "2", "--out", store.toString());
    assertEquals(1, r.exit(), r.toString());
    assertTrue(r.err().contains("no space left on device (the disk is full)"), r.toString());
    assertFalse(r.err().contains("IOException"), r.toString());
    assertFalse(r.err().contains("\tat "), "no stack trace: " + r);
    Path runDir = store.resolve("adhoc").resolve("hello-n1-t2-c1").resolve("rep-1");
    if (Files.exists(runDir.resolve("run.json"))) {
      StoredRun run = ResultStore.read(runDir);
      assertEquals(RunStatus.FAILED, run.state());
      assertTrue(r.err().startsWith("scalebench: run failed: "), r.toString());
    } else {
      assertTrue(r.err().contains("and its run.json could not be written: " + runDir.resolve("run.json")
          + ": no space left on device (the disk is full); the run stays incomplete in " + runDir), r.toString());
    }
    assertEquals(List.of(), temporaryFiles(store));
  }

  static List<Path> temporaryFiles(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(AtomicFiles::isTemporary).toList();
    }
  }
}
