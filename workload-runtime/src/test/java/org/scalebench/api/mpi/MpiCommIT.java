package org.scalebench.api.mpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scalebench.api.mpi.CommCheckWorkload.*;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.results.PhaseKind;
import org.scalebench.results.RankRecord;
import org.scalebench.results.RunStatus;
import org.scalebench.results.StoredRun;
import org.scalebench.runtime.RankJob;

/**
 * The timed communicator with real {@code mpirun}: {@link CommCheckWorkload} calls every public
 * method on 2 and 3 ranks and fails a rank on a wrong value; here, what the ranks recorded: each
 * phase's bytes (the documented logical count) and calls, and where time is wait, with and without
 * the barrier before collectives.
 */
class MpiCommIT {
  @TempDir Path dir;

  /** Bytes and calls of one phase at one rank. */
  record Counts(long bytes, long calls) {}

  private static long serialized(Serializable value) {
    return ObjectBytes.write(value, 0).length;
  }

  /** The root exchanges {@code n} with each other rank, the others {@code n}. */
  private static long rooted(int rank, int root, int size, long n) {
    return rank == root ? n * (size - 1) : n;
  }

  private static long vBytes(int rank, int size, int[] counts, int bytesPerElement) {
    long total = 0;
    for (int c : counts) {
      total += c;
    }
    return (rank == 0 ? total - counts[0] : counts[rank]) * bytesPerElement;
  }

  /** What {@link CommCheckWorkload} must leave at {@code rank} of {@code size}, phase by phase. */
  static Map<String, Counts> expected(int rank, int size) {
    Map<String, Counts> m = new TreeMap<>();
    long k4 = 4L * K;
    long k8 = 8L * K;
    m.put(SEND, new Counts(k4, 1));
    m.put(RECV, new Counts(k4, 1));
    m.put(SENDRECV, new Counts(8L * BIG * ((rank > 0 ? 1 : 0) + (rank < size - 1 ? 1 : 0)), 1));
    if (rank == 0) {
      m.put(RECV_ANY, new Counts(8L * (size - 1), size - 1));
      long sent = 0;
      long answers = 0;
      for (int r = 1; r < size; r++) {
        sent += serialized(objectTo(r));
        answers += serialized(objectAnswer(r));
      }
      m.put(SEND_OBJECT, new Counts(sent, size - 1));
      m.put(RECV_OBJECT, new Counts(answers, size - 1));
      m.put(PROBE_SEND, new Counts(12 + 16 + 7, 3));
    } else {
      m.put(SEND_TO_ZERO, new Counts(8, 1));
      m.put(RECV_OBJECT, new Counts(serialized(objectTo(rank)), 1));
      m.put(SEND_OBJECT, new Counts(serialized(objectAnswer(rank)), 1));
    }
    if (rank == 1) {
      m.put(PROBE, new Counts(0, 1));
      m.put(POLL, new Counts(0, 1));
      m.put(PROBE_RECV, new Counts(12 + 16 + 7, 3));
    }
    m.put(ISEND, new Counts(2 * k4, 2));
    m.put(IRECV, new Counts(2 * k4, 2));
    m.put(WAIT_ALL, new Counts(0, 1));
    m.put(BARRIER, new Counts(0, 1));
    m.put(BCAST, new Counts(rooted(rank, size - 1, size, k8), 1));
    m.put(BCAST_OBJECT, new Counts(rooted(rank, 0, size, 4 + serialized(broadcastList())), 1));
    m.put(SCATTER_ARRAY, new Counts(rooted(rank, 0, size, 8L * BIG), 1));
    m.put(SCATTER_DIRECT, new Counts(rooted(rank, 0, size, k8), 1));
    m.put(GATHER, new Counts(rooted(rank, 0, size, k4), 1));
    long objects = 0;
    for (int r = 1; r < size; r++) {
      objects += serialized(gathered(r)) + 4;
    }
    m.put(GATHER_OBJECTS, new Counts(rank == 0 ? objects : serialized(gathered(rank)) + 4, 1));
    m.put(SCATTERV_ARRAY, new Counts(vBytes(rank, size, arrayCounts(size), 8), 1));
    m.put(GATHERV_ARRAY, new Counts(vBytes(rank, size, arrayCounts(size), 8), 1));
    m.put(SCATTERV_DIRECT, new Counts(vBytes(rank, size, directCounts(size), 8), 1));
    m.put(GATHERV_DIRECT, new Counts(vBytes(rank, size, directCounts(size), 8), 1));
    m.put(REDUCE, new Counts(rooted(rank, 0, size, k8), 1));
    m.put(REDUCE_MAX, new Counts(rooted(rank, size - 1, size, k4), 1));
    m.put(ALL_REDUCE, new Counts(2 * k8, 1));
    m.put(ALL_GATHER, new Counts(2 * k4 * (size - 1), 1));
    m.put(ALL_TO_ALL, new Counts(2 * k4 * (size - 1), 1));
    m.put(LOOP, new Counts(ROUNDS * 2 * k4, 3L * ROUNDS));
    // bcast, isend + irecv; ranks 0 and 1 also one send and one receive of an int
    long mixedBytes = rooted(rank, 0, size, k8) + 2 * k4 + (rank <= 1 ? 8 : 0);
    m.put(BLOCK_MIXED, new Counts(mixedBytes, rank <= 1 ? 5 : 3));
    m.put(BLOCK_EMPTY, new Counts(0, 0));
    if (rank <= 1) {
      m.put(ALLOC_BLOCK, new Counts(ALLOC_SENDS, ALLOC_SENDS));
      m.put(ALLOC_PER_CALL, new Counts(ALLOC_TIMED_SENDS, ALLOC_TIMED_SENDS));
    }
    return m;
  }

  private StoredRun run(int ranks, boolean barrierBeforeCollectives) throws IOException, InterruptedException {
    RankJob.Finished o = RankJob.run(dir.resolve(ranks + "-" + barrierBeforeCollectives), NAME, Map.of(), ranks,
        barrierBeforeCollectives);
    assertEquals(RunStatus.OK, o.run().state(), o.run().problem() + "\n" + o.stderr());
    assertEquals(0, o.exit(), o.stderr());
    return o.run();
  }

  private static void assertRecords(StoredRun run, int size, boolean barrierBeforeCollectives) {
    assertEquals(size, run.metadata().launch().ranks());
    for (int rank = 0; rank < size; rank++) {
      int r = rank;
      List<RankRecord> mine = run.records().stream().filter(x -> x.rank() == r).toList();
      Map<String, Counts> got = new TreeMap<>();
      mine.forEach(x -> got.put(x.phase(), new Counts(x.bytes(), x.calls())));
      // equal maps: also no phase the untimed view or the rank runtime's bookkeeping could have added
      assertEquals(expected(rank, size), got, "bytes and calls per phase at rank " + rank + " of " + size);
      for (RankRecord x : mine) {
        assertEquals(PhaseKind.COMM, x.kind(), x.toString());
        String where = x.phase() + " at rank " + rank + " of " + size + ", barrier " + barrierBeforeCollectives;
        if (List.of(BARRIER, PROBE, POLL, LOOP).contains(x.phase())) {
          assertTrue(x.waitSeconds() > 0, "a barrier or probe is wait: " + where);
        } else if (COLLECTIVES.contains(x.phase())) {
          assertTrue(barrierBeforeCollectives == x.waitSeconds() > 0, "the optional barrier is the wait: " + where);
        } else if (x.phase().equals(BLOCK_MIXED)) {
          assertTrue(rank <= 1 == x.waitSeconds() > 0, "a block's wait is its probes' and polls': " + where);
        } else {
          assertEquals(0, x.waitSeconds(), "no wait in point-to-point calls and blocks without barriers: " + where);
        }
      }
    }
  }

  @Test
  void everyCallOnTwoRanksWithoutTheBarrierBeforeCollectives() throws Exception {
    assertRecords(run(2, false), 2, false);
  }

  @Test
  void everyCallOnTwoRanksWithTheBarrierBeforeCollectivesCountsItAsWait() throws Exception {
    assertRecords(run(2, true), 2, true);
  }

  @Test
  void everyCallOnThreeRanksWithUnevenChunks() throws Exception {
    StoredRun run = run(3, false);
    assertRecords(run, 3, false);
    assertTrue(!run.metadata().hosts().isEmpty(), "the rank runtime's untimed host gather: " + run.metadata().hosts());
  }

}
