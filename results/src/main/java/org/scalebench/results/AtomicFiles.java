package org.scalebench.results;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Files that appear whole or not at all: content goes to a temporary sibling ({@code .<name>.<random>.tmp}),
 * is forced to disk, then renamed over the target. A crash or Ctrl-C leaves at most a {@code .tmp}
 * file, which readers ignore.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes {@code text} as UTF-8 to {@code target} atomically, creating parent directories. */
  public static void writeString(Path target, String text) throws IOException {
    write(target, text.getBytes(StandardCharsets.UTF_8));
  }

  public static void write(Path target, byte[] content) throws IOException {
    try (Writer out = open(target)) {
      out.stream().write(content);
      out.commit();
    }
  }

  /**
   * Opens a temporary file for {@code target}; {@link Writer#commit()} renames it into place, and
   * {@link Writer#close()} without a commit deletes it.
   */
  public static Writer open(Path target) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path temp = parent.resolve("." + target.getFileName() + "."
        + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
    return new Writer(target, temp, Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE));
  }

  /** True for the temporary files this class leaves behind when interrupted. */
  public static boolean isTemporary(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith(".") && name.endsWith(".tmp");
  }

  /** An open temporary file that becomes {@code target} on {@link #commit()}. */
  public static final class Writer implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final OutputStream stream;
    private boolean committed;
    private boolean streamClosed;

    private Writer(Path target, Path temp, OutputStream stream) {
      this.target = target;
      this.temp = temp;
      this.stream = stream;
    }

    public OutputStream stream() {
      return stream;
    }

    /** Flushes, forces to disk and renames the temporary file over the target. */
    public void commit() throws IOException {
      stream.flush();
      stream.close();
      streamClosed = true;
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      committed = true;
    }

    @Override
    public void close() throws IOException {
      if (!streamClosed) {
        stream.close();
      }
      if (!committed) {
        Files.deleteIfExists(temp);
      }
    }
  }
}
