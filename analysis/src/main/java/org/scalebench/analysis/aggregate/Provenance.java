package org.scalebench.analysis.aggregate;

import java.time.Instant;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.scalebench.results.RunMetadata;

/**
 * Where and with what the runs of a study ran, collected from every readable {@code run.json}.
 *
 * @param studies study names
 * @param gitCommits scalebench commits
 * @param hosts host names
 * @param javaVersions Java versions of the ranks
 * @param mpiVersions MPI library versions
 * @param launchers launchers ({@code mpirun}, {@code srun}, ...)
 * @param firstStart the earliest start, or null when no run had metadata
 * @param lastEnd the latest end, or null
 * @param oversubscribedRuns how many runs ran more ranks than cores
 */
public record Provenance(
    SortedSet<String> studies,
    SortedSet<String> gitCommits,
    SortedSet<String> hosts,
    SortedSet<String> javaVersions,
    SortedSet<String> mpiVersions,
    SortedSet<String> launchers,
    Instant firstStart,
    Instant lastEnd,
    int oversubscribedRuns) {

  public Provenance {
    studies = copy(studies);
    gitCommits = copy(gitCommits);
    hosts = copy(hosts);
    javaVersions = copy(javaVersions);
    mpiVersions = copy(mpiVersions);
    launchers = copy(launchers);
  }

  private static SortedSet<String> copy(Set<String> values) {
    return java.util.Collections.unmodifiableSortedSet(new TreeSet<>(values));
  }

  /** Collects provenance incrementally. */
  public static final class Builder {
    private final SortedSet<String> studies = new TreeSet<>();
    private final SortedSet<String> commits = new TreeSet<>();
    private final SortedSet<String> hosts = new TreeSet<>();
    private final SortedSet<String> javas = new TreeSet<>();
    private final SortedSet<String> mpis = new TreeSet<>();
    private final SortedSet<String> launchers = new TreeSet<>();
    private Instant first;
    private Instant last;
    private int oversubscribed;

    public Builder add(RunMetadata m) {
      studies.add(m.launch().study());
      commits.add(m.launch().gitCommit());
      hosts.addAll(m.hosts());
      addIfKnown(javas, m.javaVersion());
      addIfKnown(mpis, m.mpiVersion());
      launchers.add(m.launch().launcher());
      first = first == null || m.startedAt().isBefore(first) ? m.startedAt() : first;
      last = last == null || m.endedAt().isAfter(last) ? m.endedAt() : last;
      oversubscribed += m.launch().oversubscribed() ? 1 : 0;
      return this;
    }

    private static void addIfKnown(Set<String> set, String value) {
      if (value != null && !value.isBlank()) {
        set.add(value.strip());
      }
    }

    public Provenance build() {
      return new Provenance(studies, commits, hosts, javas, mpis, launchers, first, last, oversubscribed);
    }
  }
}
