package org.scalebench.study;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import org.scalebench.results.Checks;
import org.scalebench.results.Names;
import org.scalebench.results.Scaling;

/**
 * A study as read from {@code study.yaml}: immutable and validated (see {@link StudyReader}).
 *
 * @param schemaVersion the spec format version, {@code 1..SCHEMA_VERSION}
 * @param name the study name: the store folder {@code results/runs/<name>}, a token
 * @param variants what runs at every point: one unnamed variant (the spec's {@code workload:} and
 *     {@code params:}) or several named ones ({@code variants:}), in the spec's order, names unique
 * @param matrix the resource axes
 * @param scaling strong or weak
 * @param weak how weak scaling grows parameters (empty for strong scaling)
 * @param repetitions runs per point, {@code >= 1}
 * @param timeLimit the time limit of one run
 * @param barrier time a barrier before each collective (splits wait from transfer)
 * @param profile the cluster profile
 * @param source the file the spec was read from (for messages and the collect job), or null
 * @param jars the user's workload jars, absolute, each once: the profile's {@code jars:}, then the
 *     spec's, then those given on the command line ({@link #withJars}); on every rank's class path
 * @param data the study's input steps ({@code data:}): argument lists of {@code scalebench data},
 *     run in the spec's folder before the first run, each a no-op when its output is up to date
 */
public record StudySpec(int schemaVersion, String name, List<StudyVariant> variants, MatrixSpec matrix, Scaling scaling,
    WeakRule weak, int repetitions, Duration timeLimit, boolean barrier, ClusterProfile profile, Path source,
    List<Path> jars, List<List<String>> data) {

  /** 2 added {@code variants}, the exec workload's {@code command}, {@code workingDirectory}, {@code env}, and {@code data}. */
  public static final int SCHEMA_VERSION = 2;

  public StudySpec {
    Checks.schemaVersion(schemaVersion, SCHEMA_VERSION);
    Names.checkToken("study", name);
    if (variants == null || variants.isEmpty()) {
      throw new IllegalArgumentException("a study needs a workload or at least one variant");
    }
    variants = List.copyOf(variants);
    if (variants.size() > 1) {
      Set<String> names = new HashSet<>();
      for (StudyVariant v : variants) {
        if (v.name() == null || !names.add(v.name())) {
          throw new IllegalArgumentException("the variants of a study need distinct names, got "
              + variants.stream().map(StudyVariant::name).toList());
        }
      }
    }
    if (matrix == null || scaling == null || profile == null || timeLimit == null) {
      throw new IllegalArgumentException("matrix, scaling, timeLimit and profile must be set");
    }
    weak = weak == null ? WeakRule.NONE : weak;
    if (scaling == Scaling.STRONG && !weak.growth().isEmpty()) {
      throw new IllegalArgumentException("weak growth rules need scaling: weak");
    }
    Checks.atLeast("repetitions", repetitions, 1);
    jars = jars == null ? List.of() : jars.stream().map(p -> p.toAbsolutePath().normalize()).distinct().toList();
    data = data == null ? List.of() : data.stream().map(List::copyOf).toList();
  }

  /** A study of one workload (one unnamed variant), without workload jars of its own (those of its profile only). */
  public StudySpec(int schemaVersion, String name, String workload, SortedMap<String, List<String>> params,
      MatrixSpec matrix, Scaling scaling, WeakRule weak, int repetitions, Duration timeLimit, boolean barrier,
      ClusterProfile profile, Path source) {
    this(schemaVersion, name, List.of(new StudyVariant(null, workload, params, null)), matrix, scaling, weak, repetitions,
        timeLimit, barrier, profile, source, profile == null ? List.of() : profile.jars(), List.of());
  }

  /** This spec with {@code more} workload jars after its own (given twice, a jar counts once). */
  public StudySpec withJars(List<Path> more) {
    List<Path> all = new ArrayList<>(jars);
    all.addAll(more);
    return new StudySpec(schemaVersion, name, variants, matrix, scaling, weak, repetitions, timeLimit, barrier,
        profile, source, all, data);
  }

  /** This spec as if read from {@code file} (the collect job names it). */
  public StudySpec withSource(Path file) {
    return new StudySpec(schemaVersion, name, variants, matrix, scaling, weak, repetitions, timeLimit, barrier,
        profile, file, jars, data);
  }

  /** True when the study compares several variants. */
  public boolean hasVariants() {
    return variants.size() > 1 || variants.get(0).name() != null;
  }

  /** What the study runs, for messages: e.g. {@code matching} or {@code java, mpi4py}. */
  public String whatRuns() {
    return String.join(", ", variants.stream().map(StudyVariant::label).toList());
  }
}
