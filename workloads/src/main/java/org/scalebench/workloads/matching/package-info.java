/**
 * The string-matching kernel of the all-pairs workload: every left string against every right
 * string, keeping the pairs whose similarity reaches a threshold.
 *
 * <p>Per tile of the grid an MPI rank calls {@link org.scalebench.workloads.matching.PairFinder#findPairs}
 * with a {@link org.scalebench.workloads.matching.Tile} and a {@link
 * org.scalebench.workloads.matching.PairSink}; the strings are {@link
 * org.scalebench.workloads.matching.PreparedString}s (code points and a character bag, built once).
 * The default metric is python-Levenshtein's {@code ratio} ({@link
 * org.scalebench.workloads.matching.SimilarityMetric#INDEL_RATIO}), computed with the bit-parallel LCS of
 * Allison and Dix (1986) / Hyyrö (2004); the second metric, Levenshtein similarity, uses Myers'
 * (1999) bit-vector algorithm. Input comes from {@link org.scalebench.workloads.matching.NameReader}
 * or {@link org.scalebench.workloads.matching.NameGenerator}, output goes to {@link
 * org.scalebench.workloads.matching.PairsCsvWriter}.
 *
 * <p>The MPI side is {@link org.scalebench.workloads.matching.MatchingWorkload} ({@code --workload
 * matching}): rank 0 reads or generates the lists and broadcasts them as packed UTF-8 ({@link
 * org.scalebench.workloads.matching.PackedStrings}); then either the seed's static blocks with a
 * gatherv of packed results ({@code strategy=broadcast}), or dynamic tiles ({@link
 * org.scalebench.workloads.matching.TileGrid}) handed out by rank 0 while its own worker threads
 * compute, matches streamed to per-worker {@link org.scalebench.workloads.matching.PartFile}s,
 * and a streaming k-way merge at rank 0 ({@link org.scalebench.workloads.matching.PartsMerger},
 * {@code strategy=tiles}). Inside a rank, {@code cpus-per-task} worker threads compute; only the
 * main thread calls MPI.
 */
package org.scalebench.workloads.matching;
