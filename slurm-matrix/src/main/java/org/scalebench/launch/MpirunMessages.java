package org.scalebench.launch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What mpirun says in a run's {@code stderr.log} about how a job ended, for the failure sentence:
 * mpirun's own exit code (137 when a rank was killed) names neither the rank nor the signal.
 */
public final class MpirunMessages {
  /**
   * Open MPI 4.1's report of a rank ended by a signal ("mpirun noticed that process rank 1 with PID
   * 1234 on node x exited on signal 9 (Killed)."); its PID is 0 in some releases, so it is not repeated.
   */
  private static final Pattern SIGNALLED = Pattern.compile(
      "process rank (\\d+) with PID \\d+ on node (\\S+) exited on signal (\\d+)(?: \\(([^)]*)\\))?");

  private MpirunMessages() {}

  /** The first rank that mpirun saw end by a signal, as a sentence, or empty. */
  public static Optional<String> signalledRank(String stderr) {
    Matcher m = SIGNALLED.matcher(stderr.replaceAll("\\s+", " "));
    if (!m.find()) {
      return Optional.empty();
    }
    String name = m.group(4) == null || m.group(4).isBlank() ? "" : " (" + m.group(4) + ")";
    return Optional.of("rank " + m.group(1) + " on " + m.group(2) + " was ended by signal " + m.group(3) + name
        + " before the ranks finished");
  }

  /** mpirun writes its report last: this much of the end of a log is read. */
  static final int TAIL_BYTES = 64 * 1024;

  /**
   * {@link #signalledRank(String)} of the last {@link #TAIL_BYTES} of a log file (the ranks' own
   * standard error comes before); empty when the file is missing or unreadable.
   */
  public static Optional<String> signalledRank(Path stderrLog) {
    if (!Files.isRegularFile(stderrLog)) {
      return Optional.empty();
    }
    try (SeekableByteChannel in = Files.newByteChannel(stderrLog)) {
      long start = Math.max(0, in.size() - TAIL_BYTES);
      ByteBuffer tail = ByteBuffer.allocate((int) (in.size() - start));
      in.position(start);
      while (tail.hasRemaining() && in.read(tail) > 0) {
        // reads until the buffer is full or the file ends
      }
      return signalledRank(new String(tail.array(), 0, tail.position(), StandardCharsets.ISO_8859_1));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
