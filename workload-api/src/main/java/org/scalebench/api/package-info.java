/**
 * The workload API, a stable API, version 1.0 ({@link org.scalebench.api.WorkloadApi#VERSION}):
 * what a workload is written against, published as {@code org.scalebench:workload-api:1.0} for
 * user projects to depend on with scope {@code provided}.
 *
 * <p>A workload is a class implementing {@link org.scalebench.api.Workload}, annotated {@code
 * @ApiVersion(WorkloadApi.VERSION)}, with a public no-argument constructor, listed in its jar's
 * {@code META-INF/services/org.scalebench.api.Workload}. scalebench finds it through {@link
 * java.util.ServiceLoader} (built-in, or from a jar given with {@code --workload-jar} or a study's
 * {@code jars:}), checks its parameters before anything is launched, and runs {@link
 * org.scalebench.api.Workload#run} once on every rank of the MPI job with a {@link
 * org.scalebench.api.RankContext}.
 *
 * <p><b>Threads.</b> Each rank is one JVM; {@code run} is called on its main thread, the only one
 * that may call the communicator. Worker threads (up to {@code RankContext.cpus()}) compute and hand
 * their results to it. Nothing in this API is thread-safe unless it says so.
 *
 * <p><b>What is recorded.</b> Every communicator call adds to a phase of the rank's {@link
 * org.scalebench.api.mpi.PhaseTimer} as communication ({@code comm}: seconds, of which waiting,
 * bytes, calls); a workload times its own local work and file access with {@code timer().compute}
 * and {@code timer().io}. The runtime writes these records ({@code ranks.jsonl}) and {@code
 * run.json}; the workload writes only its results: rank 0 prints to {@code RankContext.out()} and
 * writes files into {@code RankContext.outputDir()}.
 *
 * <p><b>Stability.</b> Public signatures of {@code org.scalebench.api} and {@code
 * org.scalebench.api.mpi} change only with the version (a unit test holds them to a signature file);
 * everything else of scalebench ({@code org.scalebench.runtime}, the launchers) is not API.
 */
package org.scalebench.api;
