package org.scalebench.analysis.scaling;

/**
 * What a scaling curve counts as its processors {@code p}: the x axis of its charts, the {@code p}
 * of its ratios and of the scaling laws fitted to it.
 */
public enum Axis {
  /** MPI ranks: every point of the curve has the same cpus per task. */
  RANKS("ranks (MPI processes)", "rank", "ranks"),
  /**
   * Total cores, ranks x cpus per task: the curve holds points with different cpus per task, so
   * "2 ranks x 1 cpu" and "1 rank x 2 cpus" sit at the same 2 cores, side by side.
   */
  CORES("total cores (ranks x cpus per task)", "core", "cores");

  private final String title;
  private final String one;
  private final String many;

  Axis(String title, String one, String many) {
    this.title = title;
    this.one = one;
    this.many = many;
  }

  /** The axis title of a chart. */
  public String title() {
    return title;
  }

  /** {@code 1 rank}, {@code 4 cores}. */
  public String count(long n) {
    return n + " " + (n == 1 ? one : many);
  }

  /** {@code ranks} or {@code cores}. */
  public String unit() {
    return many;
  }
}
