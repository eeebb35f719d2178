package org.scalebench.slurm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes generated inputs (job scripts, launch.json) whole or not at all: a temporary sibling renamed
 * over the target, like {@link org.scalebench.results.AtomicFiles}, but without forcing each file to
 * disk. Inputs can be generated again after a crash; results cannot, so result files keep the fsync.
 * Forcing every file made writing a 10,000-point study take 40-110 s on the shared development
 * machine instead of about a second (slurm-matrix/README.md).
 */
final class GeneratedFiles {
  private GeneratedFiles() {}

  static void write(Path target, String text) throws IOException {
    Path temp = target.resolveSibling("." + target.getFileName() + "."
        + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
    try {
      Files.write(temp, text.getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }
}
