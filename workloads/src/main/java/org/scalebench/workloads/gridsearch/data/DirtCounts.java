package org.scalebench.workloads.gridsearch.data;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** How many cells of each {@link Dirt} kind one load met. Not thread-safe. */
public final class DirtCounts {
  private final long[] counts = new long[Dirt.values().length];

  void add(Dirt dirt) {
    counts[dirt.ordinal()]++;
  }

  public long count(Dirt dirt) {
    return counts[dirt.ordinal()];
  }

  public Map<Dirt, Long> asMap() {
    Map<Dirt, Long> m = new EnumMap<>(Dirt.class);
    for (Dirt d : Dirt.values()) {
      m.put(d, counts[d.ordinal()]);
    }
    return m;
  }

  /** e.g. {@code "empty=12 placeholder=3 ..."}. */
  @Override
  public String toString() {
    return asMap().entrySet().stream()
        .map(e -> e.getKey().name().toLowerCase(Locale.ROOT).replace('_', '-') + "=" + e.getValue())
        .collect(Collectors.joining(" "));
  }
}
