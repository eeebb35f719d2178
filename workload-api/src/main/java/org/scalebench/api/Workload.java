package org.scalebench.api;

import java.util.List;

/**
 * An MPI program of the suite, built in or from a user's jar. Every rank calls {@link #run} with the
 * same parameters; rank 0 prints the result and writes the files of {@code output/}.
 * Implementations time their phases through the context's communicator and timer, so that the store
 * knows where each rank's time went.
 *
 * <p>An implementation has a public no-argument constructor (the launcher and every rank make one
 * instance through {@link java.util.ServiceLoader}), is annotated {@code
 * @ApiVersion(WorkloadApi.VERSION)}, and keeps no state between runs. {@link #name}, {@link
 * #summary}, {@link #params}, {@link #minRanks} and {@link #validate} are also called outside MPI
 * (by {@code scalebench workloads} and before a launch): they must not call MPI, and should be
 * quick.
 */
public interface Workload {
  /** The name used with {@code --workload}, a path-safe token. */
  String name();

  /** One line for {@code --help} and the report. */
  String summary();

  /** The parameters this workload accepts, with defaults. */
  List<ParamDef> params();

  /**
   * The smallest number of ranks the workload can run on (1 unless it needs a partner).
   */
  default int minRanks() {
    return 1;
  }

  /**
   * Checks what cannot be checked per parameter (e.g. a combination, or against the rank count)
   * before anything is launched.
   *
   * @throws org.scalebench.results.BadInputException naming the problem
   */
  default void validate(Params params, int ranks) {}

  /**
   * The check rank 0 makes once per job before the timed run (the launcher has made {@link
   * #validate} already, possibly on another machine and with other files in sight). By default the
   * same; a workload whose {@code validate} reads whole inputs that its run reads again anyway
   * checks only its parameters here, so that rank 0 does not read them twice.
   */
  default void validateAtRank(Params params, int ranks) {
    validate(params, ranks);
  }

  /**
   * Runs on every rank, on its main thread, between the runtime's barrier and its record of the
   * rank's phases. Returning normally on every rank makes the run complete; an exception on any rank
   * fails the run with its class and message (a {@link org.scalebench.results.BadInputException}
   * with its message alone) and aborts the other ranks.
   */
  void run(RankContext context) throws Exception;
}
