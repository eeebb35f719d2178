package org.scalebench.workloads.matching;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;

/**
 * The binary file one worker thread of one rank streams its matches to, {@code
 * output/parts/rank-RRRRR-worker-WW.bin}: an 8-byte header ({@code SBPAIRS} and the format
 * version), then 16-byte records: left index (int), right index (int), score (double), big-endian.
 * The records of one tile are contiguous and in left then right order (a sorted run); the {@link
 * RunIndex} says where each tile's run starts. Scores are stored as the exact double, so the merged
 * CSV prints what the threshold was compared with.
 */
public final class PartFile {
  /** Format version, the last header byte; readers reject any other. */
  public static final byte VERSION = 1;
  static final byte[] MAGIC = {'S', 'B', 'P', 'A', 'I', 'R', 'S', VERSION};
  public static final int HEADER_BYTES = MAGIC.length;
  public static final int RECORD_BYTES = 16;

  private PartFile() {}

  /** The part file of worker {@code worker} of {@code rank} in {@code partsDir}. */
  public static Path path(Path partsDir, int rank, int worker) {
    return partsDir.resolve(String.format(Locale.ROOT, "rank-%05d-worker-%02d.bin", rank, worker));
  }

  /** A part's number in the run index: ranks times a fixed stride, plus the worker. */
  public static int partNumber(int rank, int worker) {
    if (worker < 0 || worker >= MAX_WORKERS) {
      throw new IllegalArgumentException("worker must be in [0, " + MAX_WORKERS + "), got " + worker);
    }
    return rank * MAX_WORKERS + worker;
  }

  /** The file of part {@code partNumber}. */
  public static Path path(Path partsDir, int partNumber) {
    return path(partsDir, partNumber / MAX_WORKERS, partNumber % MAX_WORKERS);
  }

  /** Worker threads per rank that part numbers can tell apart. */
  public static final int MAX_WORKERS = 100;

  /**
   * Appends records through a 64 KiB buffer; counts records and the nanoseconds spent writing to the
   * file (not encoding). One writer per thread: not thread-safe.
   */
  public static final class Writer implements PairSink, AutoCloseable {
    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024);
    private long records;
    private long writeNanos;
    private long bytes;

    public Writer(Path file) throws IOException {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
          StandardOpenOption.WRITE);
      buffer.put(MAGIC);
    }

    /** Records written so far: the position of the next record. */
    public long records() {
      return records;
    }

    public long writeNanos() {
      return writeNanos;
    }

    /** Bytes written to the file so far (header included), after {@link #close()} all of them. */
    public long bytes() {
      return bytes;
    }

    @Override
    public void accept(int leftIndex, int rightIndex, double score) {
      if (buffer.remaining() < RECORD_BYTES) {
        drain();
      }
      buffer.putInt(leftIndex).putInt(rightIndex).putDouble(score);
      records++;
    }

    private void drain() {
      long t0 = System.nanoTime();
      buffer.flip();
      try {
        while (buffer.hasRemaining()) {
          bytes += channel.write(buffer);
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      buffer.clear();
      writeNanos += System.nanoTime() - t0;
    }

    @Override
    public void close() throws IOException {
      try {
        drain();
      } finally {
        channel.close();
      }
    }
  }

  /**
   * Reads one run ({@code count} records from record {@code first}) of a part file through its own
   * buffer; several readers may share one channel (positional reads).
   */
  public static final class RunReader {
    private final FileChannel channel;
    private final ByteBuffer buffer;
    private long position;
    private long remaining;
    private int left;
    private int right;
    private double score;

    public RunReader(FileChannel channel, long first, long count, int bufferBytes) {
      this.channel = channel;
      this.buffer = ByteBuffer.allocate(Math.max(RECORD_BYTES, bufferBytes / RECORD_BYTES * RECORD_BYTES));
      this.buffer.limit(0);
      this.position = HEADER_BYTES + first * RECORD_BYTES;
      this.remaining = count;
    }

    /** Moves to the next record; false at the end of the run. */
    public boolean next() throws IOException {
      if (remaining == 0) {
        return false;
      }
      if (buffer.remaining() < RECORD_BYTES) {
        buffer.clear();
        buffer.limit((int) Math.min(buffer.capacity(), remaining * RECORD_BYTES));
        while (buffer.hasRemaining()) {
          int n = channel.read(buffer, position);
          if (n < 0) {
            throw new IOException("part file ends before the " + remaining + " records its index promises");
          }
          position += n;
        }
        buffer.flip();
      }
      left = buffer.getInt();
      right = buffer.getInt();
      score = buffer.getDouble();
      remaining--;
      return true;
    }

    public int left() {
      return left;
    }

    public int right() {
      return right;
    }

    public double score() {
      return score;
    }
  }

  /** Checks the header of an open part file. */
  public static void checkHeader(FileChannel channel, Path file) throws IOException {
    ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
    while (header.hasRemaining() && channel.read(header, header.position()) > 0) {
      // positional reads until the header is full or the file ends
    }
    if (!Arrays.equals(header.array(), MAGIC)) {
      throw new IOException(file + " is not a version " + VERSION + " pairs part file");
    }
  }
}
