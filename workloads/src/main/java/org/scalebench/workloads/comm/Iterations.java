package org.scalebench.workloads.comm;

import java.util.List;
import org.scalebench.workloads.ParamDef;
import org.scalebench.workloads.Params;

/**
 * How many times each message size is repeated, OSU style: {@code warmup} untimed calls, then
 * {@code iterations} timed ones; messages larger than {@link #LARGE_MESSAGE_BYTES} use the large
 * counts (large messages take long and vary less).
 *
 * @param iterations timed calls per small size, {@code >= 1}
 * @param warmup untimed calls before them, {@code >= 0}
 * @param largeIterations timed calls per large size, {@code >= 1}
 * @param largeWarmup untimed calls before them, {@code >= 0}
 */
public record Iterations(int iterations, int warmup, int largeIterations, int largeWarmup) {
  /** OSU's {@code LARGE_MESSAGE_SIZE}: 8 KiB. */
  public static final int LARGE_MESSAGE_BYTES = 8192;

  public Iterations {
    if (iterations < 1 || largeIterations < 1) {
      throw new IllegalArgumentException("iterations must be >= 1, got " + iterations + " and " + largeIterations);
    }
    if (warmup < 0 || largeWarmup < 0) {
      throw new IllegalArgumentException("warmup must be >= 0, got " + warmup + " and " + largeWarmup);
    }
  }

  /** The parameters that set the counts, with OSU's defaults unless given. */
  public static List<ParamDef> params(int defIterations, int defWarmup, int defLarge, int defLargeWarmup) {
    return List.of(
        ParamDef.longIn("iterations", defIterations, 1, 100_000_000, "timed repetitions per message size up to 8 KiB"),
        ParamDef.longIn("warmup", defWarmup, 0, 100_000_000, "untimed repetitions before them"),
        ParamDef.longIn("large-iterations", defLarge, 1, 100_000_000, "timed repetitions per message size above 8 KiB"),
        ParamDef.longIn("large-warmup", defLargeWarmup, 0, 100_000_000, "untimed repetitions before them"));
  }

  public static Iterations from(Params p) {
    return new Iterations(p.intValue("iterations"), p.intValue("warmup"), p.intValue("large-iterations"),
        p.intValue("large-warmup"));
  }

  /** Timed calls for a message of {@code bytes}. */
  public int timed(long bytes) {
    return bytes > LARGE_MESSAGE_BYTES ? largeIterations : iterations;
  }

  /** Untimed calls for a message of {@code bytes}. */
  public int untimed(long bytes) {
    return bytes > LARGE_MESSAGE_BYTES ? largeWarmup : warmup;
  }
}
