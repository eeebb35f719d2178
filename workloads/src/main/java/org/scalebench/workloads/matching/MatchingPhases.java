package org.scalebench.workloads.matching;

/** The phases of the matching workload, in one place. */
final class MatchingPhases {
  /** Rank 0 generating the name lists (compute). */
  static final String GENERATE = "generate";
  /** Rank 0 reading the two input files (io). */
  static final String READ = "read";
  /** Rank 0 giving every rank the lists (comm). */
  static final String BROADCAST = "broadcast";
  /** Preparing the strings and the tile grid (compute). */
  static final String PREPARE = "prepare";
  /** Finding pairs (compute; with tiles, the workers' share of the rank's wall time). */
  static final String COMPUTE = "compute";
  /** Tiles: the workers writing their part files (io). */
  static final String WRITE_PARTS = "write-parts";
  /** Tiles: the workers waiting for tiles (comm, all wait). */
  static final String IDLE = "idle";
  /** Tiles: requests and grants between the ranks' main threads and rank 0 (comm). */
  static final String DISPATCH = "dispatch";
  /** Tiles: gathering the outcomes and the part files' index at rank 0 (comm). */
  static final String GATHER_INDEX = "gather-index";
  /** Tiles: rank 0 merging the part files into pairs.csv, and writing the summary (io). */
  static final String MERGE = "merge";
  /** Broadcast: gathering the outcomes and the pairs at rank 0 (comm). */
  static final String GATHER = "gather";
  /** Broadcast: rank 0 writing pairs.csv and the summary (io). */
  static final String WRITE = "write";

  private MatchingPhases() {}
}
