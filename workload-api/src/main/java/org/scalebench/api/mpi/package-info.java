/**
 * The timed communicator of the workload API (stable API, version 1.0, see {@link
 * org.scalebench.api.WorkloadApi}): {@link org.scalebench.api.mpi.MpiComm} and its views ({@link
 * org.scalebench.api.mpi.MpiBlock}, {@link org.scalebench.api.mpi.MpiCalls}), requests, statuses,
 * element types and the {@link org.scalebench.api.mpi.PhaseTimer} that records a rank's time.
 * Errors of the library underneath arrive as {@link org.scalebench.api.mpi.MpiException}. No type
 * of an MPI binding appears here: the rank runtime puts a {@link
 * org.scalebench.api.mpi.MpiTransport} underneath (today the Open MPI Java bindings).
 */
package org.scalebench.api.mpi;
