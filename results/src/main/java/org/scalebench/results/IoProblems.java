package org.scalebench.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The one place that turns a failed file operation into a sentence: the cause in words and the path
 * it concerns, never a Java class name. The command line's error handler, the launchers and the
 * store's writers all use it.
 */
public final class IoProblems {
  private IoProblems() {}

  /**
   * An I/O failure whose message is already the whole sentence (what was being done, the path and
   * the cause in words), printed as it is.
   */
  public static final class Described extends IOException {
    public Described(String sentence, IOException cause) {
      super(sentence, cause);
    }
  }

  /** The first I/O failure in {@code e}'s cause chain ({@link UncheckedIOException} unwrapped), if any. */
  public static Optional<IOException> find(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException io) {
        return Optional.of(io);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.empty();
  }

  /** One sentence for {@code e}: the path and what went wrong, in words. */
  public static String describe(IOException e) {
    if (e instanceof Described) {
      return e.getMessage();
    }
    if (e instanceof FileAlreadyExistsException f) {
      Path p = Path.of(f.getFile());
      return Files.exists(p) && !Files.isDirectory(p) ? p + " is a file, not a folder" : p + " already exists";
    }
    if (e instanceof NoSuchFileException f) {
      return "no such file or folder: " + f.getFile();
    }
    if (e instanceof NotDirectoryException f) {
      return f.getFile() + " is not a folder";
    }
    if (e instanceof AccessDeniedException f) {
      return "permission denied: " + f.getFile();
    }
    if (e instanceof DirectoryNotEmptyException f) {
      return "the folder " + f.getFile() + " is not empty";
    }
    if (e instanceof FileSystemException f) {
      String reason = f.getReason() == null ? "an input/output error" : inWords(f.getReason());
      if (f.getFile() == null) {
        return reason;
      }
      if ("Not a directory".equals(f.getReason())) {
        Optional<Path> file = fileInTheWay(Path.of(f.getFile()));
        if (file.isPresent()) {
          return file.get() + " is a file, not a folder";
        }
      }
      return f.getFile() + (f.getOtherFile() == null ? "" : " -> " + f.getOtherFile()) + ": " + reason;
    }
    return e.getMessage() == null || e.getMessage().isBlank() ? "an input/output error" : inWords(e.getMessage());
  }

  /**
   * True when the failure is about the path the user gave (it is missing, a file, not permitted),
   * which the command line answers with exit 2; false for the machine's failures (a full disk, an
   * I/O error), answered with exit 1.
   */
  public static boolean isAboutThePath(IOException e) {
    return e instanceof FileAlreadyExistsException || e instanceof NoSuchFileException
        || e instanceof NotDirectoryException || e instanceof AccessDeniedException
        || e instanceof FileSystemException f && "Not a directory".equals(f.getReason());
  }

  /**
   * {@code e} as an exception that names {@code file}: a plain {@link IOException} (a stream's
   * write on a full disk names no file) becomes a {@link FileSystemException} with its message as
   * the reason; one that names a file already is returned as it is.
   */
  public static IOException naming(Path file, IOException e) {
    if (e instanceof FileSystemException || e instanceof Described) {
      return e;
    }
    FileSystemException named = new FileSystemException(file.toString(), null, e.getMessage());
    named.initCause(e);
    return named;
  }

  /** The operating system's reason, with what it means where that is not plain. */
  private static String inWords(String reason) {
    return switch (reason.strip().toLowerCase(Locale.ROOT)) {
      case "no space left on device" -> "no space left on device (the disk is full)";
      case "disk quota exceeded" -> "disk quota exceeded (your share of the disk is full)";
      case "read-only file system" -> "the file system is read-only";
      case "not a directory" -> "a part of the path is a file, not a folder";
      case "input/output error" -> "an input/output error (the disk or the network file system failed)";
      default -> reason.strip();
    };
  }

  /** The nearest existing ancestor of {@code path} when it is a regular file. */
  private static Optional<Path> fileInTheWay(Path path) {
    for (Path p = path.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
      if (Files.exists(p)) {
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
      }
    }
    return Optional.empty();
  }
}
