package org.scalebench.analysis.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Two-variant studies over 1, 2 and 4 ranks (one node, one cpu per rank), without noise or imbalance,
 * so every time is known: {@code T1 f + T1 (1 - f) / p + comm log2(p)} with {@code f = 0.1}.
 *
 * <ul>
 *   <li>{@link #execVsJava}: variant {@code java} runs the matching workload ({@code generate=6000}, T1
 *       100 s, comm 0.5 s: 100, 55.5, 33.5 s), variant {@code mpi4py} an uninstrumented exec program 3x
 *       slower everywhere (T1 300 s, comm 1.5 s: 300, 166.5, 100.5 s).
 *   <li>{@link #communicating}: the same {@code java}, and {@code mpi4py} an instrumented exec program
 *       that communicates 20x longer (comm 10 s: 100, 65, 52.5 s); at 4 ranks java spends 34 of 134
 *       rank seconds communicating (25.4%), mpi4py 110 of 210 (52.4%).
 *   <li>{@link #mixedCpus}: variants {@code a} and {@code b} of one workload with the same parameters at 1
 *       and 2 ranks x 1 and 2 cpus, {@code b} 3x slower everywhere.
 *   <li>{@link #noisy}: {@link #execVsJava} with 5% noise, so the ratios have intervals.
 * </ul>
 */
public final class VariantStudy {
  /** The exec variant's program, with an argument that needs quoting. */
  public static final List<String> COMMAND = List.of("/usr/bin/python3", "-u", "matching.py", "--left",
      "names left.txt", "--right", "it's.txt");
  public static final Map<String, String> JAVA_PARAMS = Map.of("generate", "6000");
  public static final int[] RANKS = {1, 2, 4};

  private VariantStudy() {}

  /** java vs an uninstrumented mpi4py 3x slower; returns the study directory. */
  public static Path execVsJava(Path root, int repetitions) throws IOException {
    SyntheticStore store = new SyntheticStore(root, "variants", 11);
    java(store, repetitions);
    store.variant("mpi4py").exec(COMMAND).instrumented(false).model(300, 0.1, 1.5, 0, 0);
    for (int p : RANKS) {
      store.point("exec", Map.of(), 1, p, repetitions);
    }
    return store.studyDir();
  }

  /** java vs an instrumented mpi4py that communicates 20x longer; returns the study directory. */
  public static Path communicating(Path root, int repetitions) throws IOException {
    SyntheticStore store = new SyntheticStore(root, "variants-comm", 12);
    java(store, repetitions);
    store.variant("mpi4py").exec(COMMAND).instrumented(true).model(100, 0.1, 10, 0, 0);
    for (int p : RANKS) {
      store.point("exec", Map.of(), 1, p, repetitions);
    }
    return store.studyDir();
  }

  /** Two variants of one workload and parameter set, 1 and 2 ranks x 1 and 2 cpus; returns the study directory. */
  public static Path mixedCpus(Path root, int repetitions) throws IOException {
    SyntheticStore store = new SyntheticStore(root, "variants-cpus", 13);
    Map<String, String> params = Map.of("n", "100");
    for (String variant : new String[] {"a", "b"}) {
      double scale = variant.equals("a") ? 1 : 3;
      store.variant(variant).model(100 * scale, 0.1, 0.5 * scale, 0, 0);
      for (int cpus : new int[] {1, 2}) {
        for (int ranks : new int[] {1, 2}) {
          store.point("sum", params, 1, ranks, cpus, repetitions);
        }
      }
    }
    return store.studyDir();
  }

  /** {@link #execVsJava} with 5% multiplicative noise; returns the study directory. */
  public static Path noisy(Path root, int repetitions) throws IOException {
    SyntheticStore store = new SyntheticStore(root, "variants-noisy", 14);
    store.variant("java").model(100, 0.1, 0.5, 0, 0.05);
    for (int p : RANKS) {
      store.point("matching", JAVA_PARAMS, 1, p, repetitions);
    }
    store.variant("mpi4py").exec(COMMAND).instrumented(false).model(300, 0.1, 1.5, 0, 0.05);
    for (int p : RANKS) {
      store.point("exec", Map.of(), 1, p, repetitions);
    }
    return store.studyDir();
  }

  private static void java(SyntheticStore store, int repetitions) throws IOException {
    store.variant("java").model(100, 0.1, 0.5, 0, 0).defaults(Map.of("threshold", "0.8"));
    for (int p : RANKS) {
      store.point("matching", JAVA_PARAMS, 1, p, repetitions);
    }
    store.defaults(Map.of());
  }
}
