package org.scalebench.workloads.gridsearch.schedule;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.scalebench.api.mpi.BufferType;
import org.scalebench.api.mpi.MpiBlock;
import org.scalebench.api.mpi.MpiComm;
import org.scalebench.api.mpi.MpiException;
import org.scalebench.api.mpi.MpiStatus;
import org.scalebench.api.mpi.PhaseTimer;
import org.scalebench.results.PhaseKind;

/**
 * Rank 0 hands out tasks one at a time, most expensive first, so that fits of different cost even
 * out over the ranks (longest-processing-time-first list scheduling, Graham 1969: within 4/3 of the
 * optimal makespan when the estimates are right).
 *
 * <p>Protocol, on two tags: a worker sends reports (its finished results, possibly none) to rank 0;
 * rank 0 answers each report with exactly one task, or a stop when none is left. A worker keeps two
 * reports unanswered, so it already holds its next task when it finishes one. A worker ends after
 * two stops; rank 0 ends when it has sent every stop, by which time every result has arrived (each
 * travels on a report answered by a task or a stop).
 *
 * <p>With {@code dispatcher=training} rank 0 trains too, on a helper thread, while its main thread
 * keeps answering reports (only the main thread calls MPI), so a worker never waits for rank 0's
 * own fit. With {@code dispatcher=dedicated} rank 0 only dispatches. Nobody waits in a blocking MPI
 * call: Open MPI polls a blocking receive at full speed, which would take the core from the
 * training thread; waits poll {@code iProbe} with a {@value #POLL_MICROS} us pause instead.
 *
 * <p>Time blocked waiting for a task (workers: the poll is wait, the receive of the task after it
 * transfer), or with nothing to train and nothing to answer (rank 0, all wait), is {@link
 * GridSearchPhases#IDLE}; sending and receiving, with their serialization, is {@link
 * GridSearchPhases#DISPATCH}, one block of the timed communicator per report served or sent. Sends
 * are non-blocking ({@link PendingSends}).
 */
public final class DynamicSchedule implements Schedule {
  static final int TAG_REPORT = 7301;
  static final int TAG_TASK = 7302;
  static final int DEPTH = 2;
  static final long POLL_MICROS = 1000;

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
    return IntStream.range(0, tasks.size()).boxed()
        .sorted(Comparator.<Integer>comparingDouble(i -> -costs[i]).thenComparingInt(i -> i))
        .map(tasks::get).toList();
  }

  @Override
  public List<CombinationResult> run(List<Task> tasks, TaskRunner runner) throws MpiException {
    sends = new PendingSends();
    List<CombinationResult> results = comm.rank() == 0 ? dispatch(tasks, runner) : work(runner);
    MpiBlock finish = comm.block(GridSearchPhases.DISPATCH);
    sends.finish(finish); // this rung's last sends completed long ago unless a peer has not received yet
    finish.finish();
    return results;
  }

  private List<CombinationResult> dispatch(List<Task> tasks, TaskRunner runner) throws MpiException {
    Deque<Task> queue = new ArrayDeque<>(dispatchOrder(tasks, cost));
    List<CombinationResult> results = new ArrayList<>(tasks.size());
    int stopsToSend = DEPTH * (comm.size() - 1);
    int[] stops = {0};
    ExecutorService local = dedicated ? null : Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "rank0-trainer");
      t.setDaemon(true);
      return t;
    });
    Future<CombinationResult> training = null;
    timer.declare(GridSearchPhases.IDLE, PhaseKind.COMM); // a rank 0 that never waited still reports 0 s idle
    try {
      while (true) {
        if (training != null && training.isDone()) {
          CombinationResult result = get(training);
          TaskRunner.record(timer, result);
          results.add(result);
          training = null;
        }
        boolean served = serve(queue, results, stops);
        if (local != null && training == null && !queue.isEmpty()) {
          Task next = queue.poll();
          training = local.submit(() -> runner.run(next));
          continue;
        }
        if (training == null && queue.isEmpty() && stops[0] == stopsToSend) {
          return results;
        }
        if (!served) {
          long t0 = System.nanoTime();
          LockSupport.parkNanos(POLL_MICROS * 1000);
          if (training == null) { // nothing to train here: rank 0 waits for the workers
            long waited = System.nanoTime() - t0;
            timer.add(GridSearchPhases.IDLE, PhaseKind.COMM, waited, waited, 0);
          }
        }
      }
    } finally {
      if (local != null) {
        local.shutdownNow();
      }
    }
  }

  private static CombinationResult get(Future<CombinationResult> training) {
    try {
      return training.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while rank 0 trained", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r; // e.g. XGBoost rejecting a parameter: the rank fails with that message
      }
      throw new IllegalStateException("rank 0's fit failed: " + e.getCause(), e.getCause());
    }
  }

  /** Answers one waiting report, if there is one. */
  private boolean serve(Deque<Task> queue, List<CombinationResult> results, int[] stops) throws MpiException {
    MpiStatus report = comm.iProbe(MpiComm.ANY_SOURCE, TAG_REPORT);
    if (report == null) {
      return false;
    }
    MpiBlock step = comm.block(GridSearchPhases.DISPATCH);
    byte[] bytes = new byte[report.bytes()];
    step.recv(bytes, bytes.length, BufferType.BYTE, report.source(), TAG_REPORT);
    results.addAll(ResultBatch.fromBytes(bytes, bytes.length).results());
    Task next = queue.poll();
    int[] message = next == null ? new int[] {-1, 0, 0} : new int[] {next.combination(), next.rounds(), next.rung()};
    if (next == null) {
      stops[0]++;
    }
    sends.send(step, message, report.source(), TAG_TASK);
    step.finish();
    return true;
  }

  private List<CombinationResult> work(TaskRunner runner) throws MpiException {
    for (int i = 0; i < DEPTH; i++) {
      report(List.of());
    }
    int stops = 0;
    int[] message = new int[3];
    while (stops < DEPTH) {
      MpiBlock idle = comm.block(GridSearchPhases.IDLE);
      idle.poll(0, TAG_TASK, POLL_MICROS * 1000);
      idle.recv(message, message.length, BufferType.INT, 0, TAG_TASK);
      idle.finish();
      if (message[0] < 0) {
        stops++;
        continue;
      }
      CombinationResult result = runner.run(new Task(message[0], message[1], message[2]));
      TaskRunner.record(timer, result);
      report(List.of(result));
    }
    return List.of();
  }

  private void report(List<CombinationResult> results) throws MpiException {
    MpiBlock step = comm.block(GridSearchPhases.DISPATCH);
    byte[] bytes = new ResultBatch(results).toBytes();
    sends.send(step, bytes, 0, TAG_REPORT);
    step.finish();
  }
}
