package org.scalebench.workloads.gridsearch.schedule;

/**
 * The phases of the grid search, in one place. Here, in the lowest package that records phases,
 * so that the workload and its schedules both see them without a package cycle.
 */
public final class GridSearchPhases {
  /** Producing generated data in memory (compute). */
  public static final String GENERATE_DATA = "generate-data";
  /** Reading the data file (io). */
  public static final String READ_DATA = "read-data";
  /** Parsing and cleaning the data (compute). */
  public static final String CLEAN_DATA = "clean-data";
  /** Rank 0 broadcasting the cleaned matrix with {@code load=broadcast} (comm). */
  public static final String BCAST_DATA = "bcast-data";
  /** The stratified train/test split (compute). */
  public static final String SPLIT = "split";
  /** Building XGBoost's matrices (compute). */
  public static final String BUILD_DMATRIX = "build-dmatrix";
  /** Rank 0 broadcasting the next rung's tasks of successive halving (comm). */
  public static final String BCAST_RUNG = "bcast-rung";
  /** The fits, each its fit seconds (compute). */
  public static final String TRAIN = "train";
  /** A rank waiting for work or for the other ranks (comm, all of it wait). */
  public static final String IDLE = "idle";
  /** The dynamic schedule's reports and tasks (comm). */
  public static final String DISPATCH = "dispatch";
  /** The static schedule scattering task ids (comm). */
  public static final String SCATTER_TASKS = "scatter-tasks";
  /** The static schedule gathering the results at rank 0 (comm). */
  public static final String GATHER_RESULTS = "gather-results";
  /** Rank 0 writing {@code grid.csv} (io). */
  public static final String WRITE_OUTPUT = "write-output";

  private GridSearchPhases() {}
}
