package org.scalebench.workloads.comm;

import java.util.List;
import java.util.Locale;

/**
 * How a benchmark hands its data to MPI. {@code ARRAY}: a Java {@code byte[]}; the Open MPI Java
 * bindings copy it into a temporary native buffer before every send and out of it after every
 * receive ({@code ompi/mpi/java/c/mpi_MPI.c}: {@code getReadPtr}/{@code releaseWritePtr}, pooled
 * up to 64 KiB ({@code --mca ompi_mpi_java_eager}), {@code malloc} above). {@code DIRECT}: a direct
 * {@code ByteBuffer} from {@code MPI.newByteBuffer}, passed by address without a copy; the only
 * kind the non-blocking calls accept.
 */
public enum BufferKind {
  ARRAY,
  DIRECT;

  /** The lower-case name used in parameters, phases and tables. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kinds a {@code buffer=array|direct|both} parameter selects. */
  public static List<BufferKind> parse(String choice) {
    return switch (choice) {
      case "array" -> List.of(ARRAY);
      case "direct" -> List.of(DIRECT);
      case "both" -> List.of(ARRAY, DIRECT);
      default -> throw new IllegalArgumentException("buffer must be array, direct or both, got '" + choice + "'");
    };
  }
}
