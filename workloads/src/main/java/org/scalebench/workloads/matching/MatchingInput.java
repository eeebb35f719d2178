package org.scalebench.workloads.matching;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.scalebench.results.BadInputException;

/** Where the two lists come from: two files, or the seeded {@link NameGenerator}. */
public sealed interface MatchingInput {
  /** Reads or generates both lists; a user error becomes a {@link BadInputException}. */
  Loaded load();

  /**
   * The two lists and how many bytes of files were read to get them (0 when generated).
   *
   * @param lists the left and right strings
   * @param bytesRead bytes of input files read, {@code >= 0}
   */
  record Loaded(NameLists lists, long bytesRead) {
    public Loaded {
      Objects.requireNonNull(lists, "lists must not be null");
      if (bytesRead < 0) {
        throw new IllegalArgumentException("bytesRead must be >= 0, got " + bytesRead);
      }
    }
  }

  /**
   * Two files, each one string per line or one column of a CSV file.
   *
   * @param left the left list's file
   * @param right the right list's file
   * @param format how both files hold their strings
   * @param column the CSV column (CSV only)
   * @param header whether a CSV file's first record names the columns (CSV only)
   */
  record FileInput(Path left, Path right, InputFormat format, Column column, boolean header)
      implements MatchingInput {
    public FileInput {
      Objects.requireNonNull(left, "left must not be null");
      Objects.requireNonNull(right, "right must not be null");
      Objects.requireNonNull(format, "format must not be null");
      Objects.requireNonNull(column, "column must not be null");
    }

    @Override
    public Loaded load() {
      List<String> l = read(left);
      List<String> r = read(right);
      return new Loaded(new NameLists(l, r), size(left) + size(right));
    }

    private List<String> read(Path file) {
      return format.resolve(file) == InputFormat.CSV
          ? NameReader.readCsvColumn(file, column, header)
          : NameReader.readLines(file);
    }

    private static long size(Path file) {
      try {
        return Files.size(file);
      } catch (IOException e) {
        throw new BadInputException("cannot read input file " + file + ": " + e.getMessage(), e);
      }
    }
  }

  /**
   * Name-like lists from {@link NameGenerator}: the same seed and sizes give the same lists.
   *
   * @param leftSize strings in the left list, {@code >= 0}
   * @param rightSize strings in the right list, {@code >= 0}
   * @param seed the generator's seed
   */
  record GeneratedInput(int leftSize, int rightSize, long seed) implements MatchingInput {
    public GeneratedInput {
      if (leftSize < 0 || rightSize < 0) {
        throw new IllegalArgumentException(
            "generated list sizes must be >= 0, got left " + leftSize + ", right " + rightSize);
      }
    }

    @Override
    public Loaded load() {
      return new Loaded(new NameGenerator(seed).generate(leftSize, rightSize), 0);
    }
  }
}
