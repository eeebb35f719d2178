package org.scalebench.workloads.comm;

import java.util.List;
import org.scalebench.api.ParamDef;
import org.scalebench.api.Params;

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
    return params("", "repetitions", defIterations, defWarmup, defLarge, defLargeWarmup);
  }

  /**
   * The same four parameters named {@code <prefix>iterations}, ... for a second kind of loop.
   *
   * @param noun what one timed call is, for the descriptions (e.g. {@code bandwidth rounds})
   */
  public static List<ParamDef> params(String prefix, String noun, int defIterations, int defWarmup, int defLarge,
      int defLargeWarmup) {
    return List.of(
        ParamDef.longIn(prefix + "iterations", defIterations, 1, 100_000_000, "timed " + noun + " per "
            + (prefix.isEmpty() ? "message size" : "size") + " up to 8 KiB"),
        ParamDef.longIn(prefix + "warmup", defWarmup, 0, 100_000_000, "untimed " + noun + " before them"),
        ParamDef.longIn(prefix + "large-iterations", defLarge, 1, 100_000_000, "timed " + noun + " per "
            + (prefix.isEmpty() ? "message size" : "size") + " above 8 KiB"),
        ParamDef.longIn(prefix + "large-warmup", defLargeWarmup, 0, 100_000_000, "untimed " + noun + " before them"));
  }

  public static Iterations from(Params p) {
    return from(p, "");
  }

  /** The counts of the parameters named with {@code prefix} ({@link #params(String, String, int, int, int, int)}). */
  public static Iterations from(Params p, String prefix) {
    return new Iterations(p.intValue(prefix + "iterations"), p.intValue(prefix + "warmup"),
        p.intValue(prefix + "large-iterations"), p.intValue(prefix + "large-warmup"));
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
