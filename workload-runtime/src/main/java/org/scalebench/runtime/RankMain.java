package org.scalebench.runtime;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import mpi.MPI;
import mpi.MPIException;
import org.scalebench.api.Params;
import org.scalebench.api.RankContext;
import org.scalebench.api.Workload;
import org.scalebench.api.mpi.BufferType;
import org.scalebench.api.mpi.DirectBuffers;
import org.scalebench.api.mpi.MpiCalls;
import org.scalebench.api.mpi.MpiComm;
import org.scalebench.api.mpi.MpiException;
import org.scalebench.api.mpi.PhaseTimer;
import org.scalebench.api.mpi.ReduceOp;
import org.scalebench.results.AtomicFiles;
import org.scalebench.results.BadInputException;
import org.scalebench.results.IoProblems;
import org.scalebench.results.LaunchSpec;
import org.scalebench.results.RunFiles;
import org.scalebench.results.RunLayout;
import org.scalebench.results.RunMetadata;
import org.scalebench.results.RunStatus;

/**
 * The program every rank runs: {@code java -cp scalebench.jar org.scalebench.runtime.RankMain
 * <run-dir>}. It reads {@code launch.json}, runs the workload, writes the rank's records, and rank 0
 * merges them and writes {@code run.json} last. A rank that fails writes its reason to {@code
 * failure-rank-<r>.txt} and aborts the job, so that no other rank waits forever in a collective.
 */
public final class RankMain {
  private RankMain() {}

  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: RankMain <run-dir>  (a directory with launch.json, written by a launcher)");
      System.exit(2);
    }
    Path runDir = Path.of(args[0]);
    int rank = -1;
    PhaseTimer timer = new PhaseTimer();
    String host = "unknown";
    try {
      LaunchSpec spec = LaunchSpec.read(runDir);
      MPI.Init(new String[0]);
      rank = MPI.COMM_WORLD.getRank();
      host = hostName();
      int exit = runRank(runDir, spec, rank, host, timer);
      MPI.Finalize();
      System.exit(exit);
    } catch (Throwable e) {
      fail(runDir, rank, host, timer, e);
    }
  }

  private static int runRank(Path runDir, LaunchSpec spec, int rank, String host, PhaseTimer timer)
      throws Exception {
    MpiComm comm = new MpiComm(new OpenMpiTransport(MPI.COMM_WORLD), timer, spec.barrierBeforeCollectives());
    if (comm.size() != spec.ranks()) {
      throw new BadInputException("the job started " + comm.size() + " ranks but point " + spec.pointId()
          + " asks for " + spec.ranks());
    }
    Workload workload = WorkloadRegistry.onClassPath().byName(spec.workload());
    // rank 0 checks once per job (some checks read whole input files); a failure there aborts every rank
    Params params = rank == 0 ? WorkloadCheck.check(workload, spec.params(), comm.size(), WorkloadCheck.Site.RANK)
        : Params.resolve(workload, spec.params());
    Path output = runDir.resolve(RunLayout.OUTPUT);
    if (rank == 0) {
      Files.createDirectories(output);
    }
    PrintStream out = rank == 0 ? System.out : new PrintStream(PrintStream.nullOutputStream());
    RankContext context = new RankContext(comm, params, host, spec.cpusPerTask(), output, out);

    MpiCalls bookkeeping = comm.untimed(); // the harness's own messages are not the workload's
    bookkeeping.barrier();
    Instant startedAt = Instant.now();
    long t0 = System.nanoTime();
    workload.run(context);
    double[] wall = {(System.nanoTime() - t0) / 1e9};
    out.flush();

    RunFiles.writeRankPart(runDir, rank, timer.records(rank, host));
    double[] maxWall = new double[1];
    bookkeeping.reduce(wall, maxWall, 1, BufferType.DOUBLE, ReduceOp.MAX, 0);
    List<String> hosts = gatherHosts(bookkeeping, host);
    bookkeeping.barrier(); // every part is on disk before rank 0 merges
    if (rank == 0) {
      RunFiles.mergeRankParts(runDir);
      Instant endedAt = startedAt.plusNanos((long) (maxWall[0] * 1e9));
      RunMetadata metadata = RunMetadata.from(spec, params.asMap(), hosts, mpiVersion(), startedAt, endedAt,
          maxWall[0], RunStatus.OK, null);
      RunFiles.writeRunJson(runDir, metadata);
    }
    return 0;
  }

  /** A host name's UTF-8 bytes in the host gather; DNS names have at most 253. */
  static final int HOST_BYTES = 256;

  /**
   * The ranks' hosts, in rank order without repeats, at rank 0 (empty elsewhere). Untimed: bookkeeping
   * of the harness, not the workload's communication. Fixed-size UTF-8 slots in a direct buffer rather
   * than Java serialization, whose first use (object streams, the serial filter's security
   * properties, a logger) cost a cold rank about 0.1 s.
   */
  private static List<String> gatherHosts(MpiCalls comm, String host) throws MpiException {
    if (comm.size() == 1) {
      return List.of(host);
    }
    byte[] mine = host.getBytes(StandardCharsets.UTF_8);
    ByteBuffer send = DirectBuffers.bytes(HOST_BYTES);
    send.put(mine, 0, Math.min(mine.length, HOST_BYTES));
    ByteBuffer all = DirectBuffers.bytes(comm.rank() == 0 ? HOST_BYTES * comm.size() : HOST_BYTES);
    comm.gather(send, all, HOST_BYTES, BufferType.BYTE, 0);
    if (comm.rank() != 0) {
      return List.of();
    }
    LinkedHashSet<String> hosts = new LinkedHashSet<>();
    byte[] slot = new byte[HOST_BYTES];
    for (int r = 0; r < comm.size(); r++) {
      all.position(r * HOST_BYTES);
      all.get(slot);
      int length = 0;
      while (length < HOST_BYTES && slot[length] != 0) {
        length++;
      }
      hosts.add(new String(slot, 0, length, StandardCharsets.UTF_8));
    }
    return new ArrayList<>(hosts);
  }

  /** The Slurm node name where there is one (emulated nodes share a host name), else MPI's. */
  static String hostName() throws MPIException {
    String node = System.getenv("SLURMD_NODENAME");
    return node != null && !node.isBlank() ? node : MPI.getProcessorName();
  }

  static String mpiVersion() {
    String v = MPI.getLibVersion();
    if (v == null) {
      return "unknown";
    }
    String first = v.lines().findFirst().orElse("unknown").strip();
    int comma = first.indexOf(',');
    return comma > 0 ? first.substring(0, comma) : first;
  }

  private static void fail(Path runDir, int rank, String host, PhaseTimer timer, Throwable e) {
    Optional<IOException> io = IoProblems.find(e);
    String sentence = e instanceof BadInputException || e instanceof org.scalebench.results.StoreFormatException
        ? e.getMessage()
        : io.isPresent() ? IoProblems.describe(io.get()) // a full disk in words, with the path
        : e.getClass().getSimpleName() + ": " + e.getMessage();
    String who = rank >= 0 ? "rank " + rank : "a rank";
    System.err.println("scalebench: " + who + " failed: " + sentence);
    if (!(e instanceof BadInputException)) {
      e.printStackTrace(); // goes to the run's log, not the user's terminal
    }
    try {
      if (rank >= 0) {
        AtomicFiles.writeString(RunLayout.failureFile(runDir, rank), who + ": " + sentence + "\n");
        RunFiles.writeRankPart(runDir, rank, timer.records(rank, host));
      }
    } catch (IOException | RuntimeException ignored) {
      // the launcher still marks the run failed from the exit code
    }
    System.err.flush();
    try {
      if (rank >= 0) {
        MPI.COMM_WORLD.abort(rank == 0 ? 3 : 4);
      }
    } catch (Throwable ignored) {
      // fall through to exit
    }
    System.exit(rank >= 0 ? 3 : 2);
  }
}
