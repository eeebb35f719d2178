/**
 * The string-matching kernel of the all-pairs workload: every left string against every right
 * string, keeping the pairs whose similarity reaches a threshold.
 *
 * <p>Per tile of the grid an MPI rank calls {@link org.scalebench.workloads.matching.PairFinder#findPairs}
 * with a {@link org.scalebench.workloads.matching.Tile} and a {@link
 * org.scalebench.workloads.matching.PairSink}; the strings are {@link
 * org.scalebench.workloads.matching.PreparedString}s (code points and a character bag, built once).
 * The default metric is python-Levenshtein's {@code ratio} ({@link
 * org.scalebench.workloads.matching.Metric#INDEL_RATIO}), computed with the bit-parallel LCS of
 * Allison and Dix (1986) / Hyyrö (2004); the second metric, Levenshtein similarity, uses Myers'
 * (1999) bit-vector algorithm. Input comes from {@link org.scalebench.workloads.matching.NameReader}
 * or {@link org.scalebench.workloads.matching.NameGenerator}, output goes to {@link
 * org.scalebench.workloads.matching.PairsCsvWriter}.
 */
package org.scalebench.workloads.matching;
