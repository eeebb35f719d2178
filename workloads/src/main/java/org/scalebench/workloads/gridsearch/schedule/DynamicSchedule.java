package org.scalebench.workloads.gridsearch.schedule;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.function.ToDoubleFunction;
import mpi.MPI;
import mpi.MPIException;
import mpi.Status;
import org.scalebench.results.PhaseKind;
import org.scalebench.workloads.mpi.MpiComm;
import org.scalebench.workloads.mpi.PhaseTimer;

/**
 * Rank 0 hands out tasks one at a time, most expensive first, so that fits of different cost even
 * out over the ranks (longest-processing-time-first list scheduling, Graham 1969: within 4/3 of the
 * optimal makespan when the estimates are right).
 *
 * <p>Protocol, on two tags: a worker sends reports (its finished results, possibly none) to rank 0;
 * rank 0 answers each report with exactly one task, or a stop when none is left. A worker keeps
 * {@code depth} reports unanswered: with a dedicated dispatcher one (rank 0 answers at once), with a
 * training dispatcher two, so that a worker already holds its next task while rank 0 is busy with
 * its own fit. A worker ends after {@code depth} stops; rank 0 ends when it has sent every stop,
 * by which time every result has arrived (each travels on a report answered by a task or a stop).
 *
 * <p>Time blocked waiting for a task (workers) or for a report with nothing else to do (rank 0) is
 * recorded as {@link Schedule#IDLE_PHASE}, all of it wait; sending and receiving the messages as
 * {@code dispatch}. Sends are non-blocking ({@link PendingSends}): neither side stalls on a peer that is
 * busy training.
 */
public final class DynamicSchedule implements Schedule {
  static final int TAG_REPORT = 7301;
  static final int TAG_TASK = 7302;
  static final String DISPATCH_PHASE = "dispatch";

  private final MpiComm comm;
  private final boolean dedicated;
  private final ToDoubleFunction<Task> cost;
  private final PhaseTimer timer;
  private PendingSends sends;

  /**
   * @param dedicated rank 0 only dispatches (needs 2 or more ranks); else it trains too
   * @param cost the estimated cost of a task, for the most-expensive-first order
   */
  public DynamicSchedule(MpiComm comm, boolean dedicated, ToDoubleFunction<Task> cost) {
    if (dedicated && comm.size() < 2) {
      throw new IllegalArgumentException("a dedicated dispatcher needs at least 2 ranks, got " + comm.size());
    }
    this.comm = comm;
    this.dedicated = dedicated;
    this.cost = cost;
    this.timer = comm.timer();
  }

  /** The tasks in the order rank 0 hands them out: estimated cost descending, then task order. */
  public static List<Task> dispatchOrder(List<Task> tasks, ToDoubleFunction<Task> cost) {
    double[] costs = tasks.stream().mapToDouble(cost).toArray();
    return java.util.stream.IntStream.range(0, tasks.size()).boxed()
        .sorted(Comparator.<Integer>comparingDouble(i -> -costs[i]).thenComparingInt(i -> i))
        .map(tasks::get).toList();
  }

  private int depth() {
    return dedicated ? 1 : 2;
  }

  @Override
  public List<FitResult> run(List<Task> tasks, TaskRunner runner) throws MPIException {
    return comm.rank() == 0 ? dispatch(tasks, runner) : work(runner);
  }

  private List<FitResult> dispatch(List<Task> tasks, TaskRunner runner) throws MPIException {
    sends = new PendingSends(comm.raw());
    Deque<Task> queue = new ArrayDeque<>(dispatchOrder(tasks, cost));
    List<FitResult> results = new ArrayList<>(tasks.size());
    int workers = comm.size() - 1;
    int stopsToSend = depth() * workers;
    int[] stops = {0};
    if (!dedicated) {
      // hand every worker its first tasks before training: a worker must not wait out rank 0's first fit
      for (int i = 0; i < depth() * workers; i++) {
        serve(queue, results, stops, true);
      }
    }
    while (stops[0] < stopsToSend || (!dedicated && !queue.isEmpty())) {
      if (!dedicated) {
        while (serve(queue, results, stops, false)) {
          // answer every waiting worker before the next own fit
        }
        if (!queue.isEmpty()) {
          results.add(runner.run(queue.poll()));
          continue;
        }
      }
      serve(queue, results, stops, true);
    }
    finishSends();
    return results;
  }

  /** Answers one report; without {@code block}, only one already waiting. True when one was answered. */
  private boolean serve(Deque<Task> queue, List<FitResult> results, int[] stops, boolean block) throws MPIException {
    long t0 = System.nanoTime();
    Status status = block ? comm.raw().probe(MPI.ANY_SOURCE, TAG_REPORT) : comm.raw().iProbe(MPI.ANY_SOURCE,
        TAG_REPORT);
    if (block) {
      long waited = System.nanoTime() - t0;
      timer.add(IDLE_PHASE, PhaseKind.COMM, waited, waited, 0);
    }
    if (status == null) {
      return false;
    }
    long t1 = System.nanoTime();
    int source = status.getSource();
    int length = status.getCount(MPI.BYTE);
    byte[] bytes = new byte[length];
    comm.raw().recv(bytes, length, MPI.BYTE, source, TAG_REPORT);
    results.addAll(ResultBatch.fromBytes(bytes, length).results());
    Task next = queue.poll();
    int[] message = next == null ? new int[] {-1, 0, 0} : new int[] {next.combination(), next.rounds(), next.rung()};
    if (next == null) {
      stops[0]++;
    }
    sends.send(message, source, TAG_TASK);
    timer.add(DISPATCH_PHASE, PhaseKind.COMM, System.nanoTime() - t1, 0, length + 4L * message.length);
    return true;
  }

  private List<FitResult> work(TaskRunner runner) throws MPIException {
    sends = new PendingSends(comm.raw());
    for (int i = 0; i < depth(); i++) {
      report(List.of());
    }
    int stops = 0;
    int[] message = new int[3];
    while (stops < depth()) {
      long t0 = System.nanoTime();
      comm.raw().recv(message, message.length, MPI.INT, 0, TAG_TASK);
      long waited = System.nanoTime() - t0;
      timer.add(IDLE_PHASE, PhaseKind.COMM, waited, waited, 4L * message.length);
      if (message[0] < 0) {
        stops++;
        continue;
      }
      FitResult result = runner.run(new Task(message[0], message[1], message[2]));
      report(List.of(result));
    }
    finishSends();
    return List.of();
  }

  /** Waits for this rung's last sends (they completed long ago unless the peer has not received yet). */
  private void finishSends() throws MPIException {
    long t0 = System.nanoTime();
    sends.finish();
    timer.add(DISPATCH_PHASE, PhaseKind.COMM, System.nanoTime() - t0, 0, 0);
  }

  private void report(List<FitResult> results) throws MPIException {
    long t0 = System.nanoTime();
    byte[] bytes = new ResultBatch(results).toBytes();
    sends.send(bytes, 0, TAG_REPORT);
    timer.add(DISPATCH_PHASE, PhaseKind.COMM, System.nanoTime() - t0, 0, bytes.length);
  }
}
