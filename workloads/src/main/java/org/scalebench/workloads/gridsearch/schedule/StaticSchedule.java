package org.scalebench.workloads.gridsearch.schedule;

import java.util.ArrayList;
import java.util.List;
import org.scalebench.api.mpi.BufferType;
import org.scalebench.api.mpi.MpiComm;
import org.scalebench.api.mpi.MpiException;

/**
 * The seed's way: rank 0 scatters the task list in contiguous blocks (rank r gets tasks {@code
 * [r*n/size, (r+1)*n/size)}, the first {@code n % size} ranks one more), every rank trains its block,
 * waits for the others ({@link GridSearchPhases#IDLE}) and the results are gathered at rank 0. When the
 * cost grows along the grid order, the block of deep models makes one rank the straggler
 * (measured: 72 s against 165 s for 216 fits on 2 ranks).
 */
public final class StaticSchedule implements Schedule {
  private final MpiComm comm;

  public StaticSchedule(MpiComm comm) {
    this.comm = comm;
  }

  /** How many tasks each rank gets: contiguous blocks differing by at most one. */
  static int[] blockCounts(int tasks, int ranks) {
    int[] counts = new int[ranks];
    for (int r = 0; r < ranks; r++) {
      counts[r] = tasks / ranks + (r < tasks % ranks ? 1 : 0);
    }
    return counts;
  }

  @Override
  public List<CombinationResult> run(List<Task> tasks, TaskRunner runner) throws MpiException {
    int size = comm.size();
    int[] counts = blockCounts(tasks.size(), size);
    int[] displs = new int[size];
    for (int r = 1; r < size; r++) {
      displs[r] = displs[r - 1] + counts[r - 1];
    }
    int[] all = new int[tasks.size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    int[] mine = new int[counts[comm.rank()]];
    comm.scatterv(comm.rank() == 0 ? all : new int[0], counts, displs, mine, BufferType.INT, 0,
        GridSearchPhases.SCATTER_TASKS);
    List<CombinationResult> results = new ArrayList<>(mine.length);
    for (int i : mine) {
      CombinationResult result = runner.run(tasks.get(i));
      TaskRunner.record(comm.timer(), result);
      results.add(result);
    }
    comm.barrier(GridSearchPhases.IDLE);
    List<ResultBatch> gathered = comm.gatherObjects(new ResultBatch(results), ResultBatch.class, 0,
        GridSearchPhases.GATHER_RESULTS);
    List<CombinationResult> out = new ArrayList<>();
    if (gathered != null) {
      gathered.forEach(b -> out.addAll(b.results()));
    }
    return out;
  }
}
