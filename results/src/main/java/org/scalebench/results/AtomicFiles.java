package org.scalebench.results;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Files that appear whole or not at all: content goes to a temporary sibling ({@code .<name>.<random>.tmp}),
 * is forced to disk, then renamed over the target. A crash or Ctrl-C leaves at most a {@code .tmp}
 * file, which readers ignore and the launchers remove ({@link RunFiles#removeTemporaryFiles}); a
 * failure in this JVM (a full disk, say) deletes it. Every failure names the target file, not the
 * temporary one, and a write on a full disk says so with the path ({@link IoProblems}). Inputs that can be generated again (job scripts, run tables) skip the
 * forcing ({@link #writeRegenerable}): with an fsync per file, writing a 10,000-point study took
 * 40-110 s on the shared development machine instead of about a second.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes {@code text} as UTF-8 to {@code target} atomically, creating parent directories. */
  public static void writeString(Path target, String text) throws IOException {
    write(target, text.getBytes(StandardCharsets.UTF_8));
  }

  public static void write(Path target, byte[] content) throws IOException {
    write(target, content, true);
  }

  /**
   * Writes {@code text} as UTF-8 to {@code target} whole or not at all, like {@link #writeString},
   * but without forcing it to disk: for files a crash can only leave stale, never half-written,
   * and that can be generated again (results keep the fsync).
   */
  public static void writeRegenerable(Path target, String text) throws IOException {
    write(target, text.getBytes(StandardCharsets.UTF_8), false);
  }

  private static void write(Path target, byte[] content, boolean force) throws IOException {
    try (Writer out = open(target, force)) {
      out.stream().write(content);
      out.commit();
    }
  }

  /**
   * Opens a temporary file for {@code target}; {@link Writer#commit()} renames it into place, and
   * {@link Writer#close()} without a commit deletes it.
   */
  public static Writer open(Path target) throws IOException {
    return open(target, true);
  }

  private static Writer open(Path target, boolean force) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path temp = parent.resolve("." + target.getFileName() + "."
        + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
    try {
      return new Writer(target, temp, Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE), force);
    } catch (IOException e) {
      throw naming(target, temp, e);
    }
  }

  /** {@code e} naming {@code target}: the temporary file is ours, the user knows the target. */
  private static IOException naming(Path target, Path temp, IOException e) {
    if (e instanceof FileSystemException f && temp.toString().equals(f.getFile())) {
      FileSystemException named = e instanceof AccessDeniedException
          ? new AccessDeniedException(target.toString(), null, f.getReason())
          : new FileSystemException(target.toString(), null, f.getReason());
      named.initCause(e);
      return named;
    }
    return IoProblems.naming(target, e);
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
    private final boolean force;
    private boolean committed;
    private boolean streamClosed;

    private Writer(Path target, Path temp, OutputStream stream, boolean force) {
      this.target = target;
      this.temp = temp;
      this.stream = new Naming(stream);
      this.force = force;
    }

    public OutputStream stream() {
      return stream;
    }

    /** Flushes, forces to disk (unless regenerable) and renames the temporary file over the target. */
    public void commit() throws IOException {
      stream.flush();
      streamClosed = true;
      stream.close();
      try {
        if (force) {
          try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            channel.force(true);
          }
        }
        try {
          Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } catch (IOException e) {
        throw naming(target, temp, e);
      }
      committed = true;
    }

    /** Deletes the temporary file unless committed, also when closing the stream fails. */
    @Override
    public void close() throws IOException {
      try {
        if (!streamClosed) {
          streamClosed = true;
          stream.close();
        }
      } finally {
        if (!committed) {
          Files.deleteIfExists(temp);
        }
      }
    }

    /** The temporary file's stream, whose failures name the target (a full disk's names no file). */
    private final class Naming extends FilterOutputStream {
      Naming(OutputStream out) {
        super(out);
      }

      @Override
      public void write(int b) throws IOException {
        try {
          out.write(b);
        } catch (IOException e) {
          throw naming(target, temp, e);
        }
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        try {
          out.write(b, off, len);
        } catch (IOException e) {
          throw naming(target, temp, e);
        }
      }

      @Override
      public void flush() throws IOException {
        try {
          out.flush();
        } catch (IOException e) {
          throw naming(target, temp, e);
        }
      }

      @Override
      public void close() throws IOException {
        try {
          out.close();
        } catch (IOException e) {
          throw naming(target, temp, e);
        }
      }
    }
  }
}
