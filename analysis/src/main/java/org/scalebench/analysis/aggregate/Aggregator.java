package org.scalebench.analysis.aggregate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.scalebench.analysis.text.Numbers;
import org.scalebench.results.PhaseKind;
import org.scalebench.results.RunStatus;
import org.scalebench.results.StoredRun;

/**
 * Groups complete runs by {@link PointKey} and summarises each point; everything else becomes a
 * {@link SkippedRun} with its reason.
 */
public final class Aggregator {
  private final Bootstrap bootstrap;

  public Aggregator(Bootstrap bootstrap) {
    this.bootstrap = bootstrap;
  }

  public Aggregator() {
    this(new Bootstrap());
  }

  public StudyAggregate aggregate(Path studyDir, List<StoredRun> runs) {
    Map<PointKey, List<RunBreakdown>> groups = new TreeMap<>();
    List<SkippedRun> skipped = new ArrayList<>();
    Provenance.Builder provenance = new Provenance.Builder();
    Map<String, SortedSet<String>> given = new TreeMap<>();
    for (StoredRun run : runs) {
      if (run.metadata() != null) {
        provenance.add(run.metadata());
        given.computeIfAbsent(run.metadata().launch().seriesLabel(), w -> new TreeSet<>())
            .addAll(run.metadata().launch().params().keySet());
      }
      if (!run.isComplete()) {
        skipped.add(new SkippedRun(run.dir(), run.state(),
            run.problem() == null ? "the run is " + run.state().name().toLowerCase(Locale.ROOT) : run.problem(),
            run.metadata() == null ? null : PointKey.of(run.metadata())));
        continue;
      }
      if (!(run.metadata().wallSeconds() > 0)) {
        skipped.add(new SkippedRun(run.dir(), RunStatus.OK, "wall time is " + Numbers.sig(run.metadata().wallSeconds())
            + " s; a run that took no time cannot be timed", PointKey.of(run.metadata())));
        continue;
      }
      groups.computeIfAbsent(PointKey.of(run.metadata()), k -> new ArrayList<>()).add(RunBreakdown.of(run));
    }
    // points are independent and each bootstrap is seeded on its own: parallel is deterministic
    List<PointStats> points = groups.entrySet().parallelStream()
        .map(e -> summarise(e.getKey(), e.getValue())).toList();
    TreeSet<PointKey> missing = new TreeSet<>();
    for (SkippedRun s : skipped) {
      if (s.point() != null && !groups.containsKey(s.point())) {
        missing.add(s.point());
      }
    }
    return new StudyAggregate(studyDir, points, skipped, List.copyOf(missing), provenance.build(),
        runs.size(), given);
  }

  private PointStats summarise(PointKey key, List<RunBreakdown> runs) {
    int n = runs.size();
    double[] wall = new double[n];
    double[] imbalance = new double[n];
    double[] comm = new double[n];
    double[] waitShare = new double[n];
    Map<String, double[]> phases = new LinkedHashMap<>();
    Map<String, PhaseKind> kinds = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      RunBreakdown r = runs.get(i);
      wall[i] = r.wallSeconds();
      imbalance[i] = r.loadImbalance();
      comm[i] = r.commFraction();
      waitShare[i] = r.waitShareOfComm();
      int index = i;
      r.phaseSeconds().forEach((phase, seconds) -> {
        // a phase missing from some repetitions counts as 0 s there
        phases.computeIfAbsent(phase, k -> new double[n])[index] = seconds;
        kinds.putIfAbsent(phase, r.phaseKinds().get(phase));
      });
    }
    List<PhaseSummary> phaseSummaries = new ArrayList<>();
    phases.forEach((phase, values) ->
        phaseSummaries.add(new PhaseSummary(phase, kinds.get(phase), Summary.of(values, bootstrap))));
    if (!PointStats.instrumented(key, phaseSummaries)) {
      // a process's whole wall time says nothing about compute balance or communication
      return new PointStats(key, runs, Summary.of(wall, bootstrap), phaseSummaries, null, null, null);
    }
    return new PointStats(key, runs, Summary.of(wall, bootstrap), phaseSummaries,
        summariseFinite(imbalance), summariseFinite(comm), summariseFinite(waitShare));
  }

  /** Summary of the finite values, or null when there are none (nothing recorded). */
  private Summary summariseFinite(double[] values) {
    double[] finite = java.util.Arrays.stream(values).filter(Double::isFinite).toArray();
    return finite.length == 0 ? null : Summary.of(finite, bootstrap);
  }
}
