/**
 * Communication micro-benchmarks in the manner of the OSU Micro-Benchmarks (OMB, and its Java
 * port OMB-J): ping-pong latency, windowed bandwidth, collectives over a range of message sizes,
 * and the seed's example 3 (serialized objects against primitive buffers).
 *
 * <p>Shared pieces live here: message sizes and iteration counts ({@link
 * org.scalebench.workloads.comm.CommParams}, {@link org.scalebench.workloads.comm.Iterations}),
 * the two kinds of MPI buffer ({@link org.scalebench.workloads.comm.MessageBuffer}: Java arrays,
 * which the Open MPI Java bindings copy through a temporary native buffer, and direct buffers,
 * which they pass by address), the heap check done before launch ({@link
 * org.scalebench.workloads.comm.HeapBudget}) and the result tables ({@link
 * org.scalebench.workloads.comm.ResultTable}).
 *
 * <p>Timing follows OSU: a loop of {@code warmup + iterations} calls per message size, the warm-up
 * not counted, {@code System.nanoTime} around the timed part; sizes above {@link
 * org.scalebench.workloads.comm.Iterations#LARGE_MESSAGE_BYTES} use the (smaller) large counts.
 * Each loop is one block of the timed communicator ({@link org.scalebench.api.mpi.MpiBlock}),
 * recorded once in the rank's {@link org.scalebench.api.mpi.PhaseTimer}: one phase per test and
 * buffer kind ({@link org.scalebench.workloads.comm.CommPhases#of}), with the bytes this rank
 * sent plus received and its calls; the warm-up in its own block.
 */
package org.scalebench.workloads.comm;
