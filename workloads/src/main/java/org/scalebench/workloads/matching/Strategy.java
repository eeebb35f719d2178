package org.scalebench.workloads.matching;

import java.util.Locale;

/** How the all-pairs grid is spread over the ranks. */
public enum Strategy {
  /**
   * The seed's program: every rank takes a static block of left strings against all right strings,
   * and rank 0 gathers every match (gatherv) and writes them. Rank 0 holds the whole result.
   */
  BROADCAST,
  /**
   * The grid is cut into tiles that rank 0 hands out on request; every rank streams its matches to
   * part files and rank 0 merges them. No rank holds the whole result.
   */
  TILES;

  /** The parameter value, e.g. {@code tiles}. */
  public String paramValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Strategy parse(String text) {
    return valueOf(text.strip().toUpperCase(Locale.ROOT));
  }
}
