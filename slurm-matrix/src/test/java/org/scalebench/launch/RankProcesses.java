package org.scalebench.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The rank JVMs that mpirun started under a process, found through Linux's {@code /proc}. */
public final class RankProcesses {
  private RankProcesses() {}

  /** A rank JVM: its command line (read whole: ProcessHandle.Info cuts long ones short) runs RankMain. */
  public static boolean isRank(ProcessHandle p) {
    return p.info().command().map(c -> c.endsWith("/java")).orElse(false)
        && List.of(proc(p, "cmdline").split("\0")).contains(RankJvm.MAIN_CLASS);
  }

  /** The ranks running under {@code parent}. */
  public static List<ProcessHandle> under(ProcessHandle parent) {
    return parent.descendants().filter(RankProcesses::isRank).toList();
  }

  /** The rank JVMs anywhere on this machine whose command line has {@code argument} (a run folder, say). */
  public static List<ProcessHandle> anyWith(String argument) {
    return ProcessHandle.allProcesses().filter(RankProcesses::isRank)
        .filter(p -> List.of(proc(p, "cmdline").split("\0")).contains(argument)).toList();
  }

  /** The rank JVM that Open MPI started under {@code parent} as {@code rank}, once it runs. */
  public static ProcessHandle await(ProcessHandle parent, int rank, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      for (ProcessHandle p : under(parent)) {
        if (List.of(proc(p, "environ").split("\0")).contains("OMPI_COMM_WORLD_RANK=" + rank)) {
          return p;
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("rank " + rank + " did not start under process " + parent.pid() + " within " + limit);
  }

  /** True when {@code p} ignores SIGINT (a shell's background job does, and the JVM then keeps to it). */
  public static boolean ignoresSigint(ProcessHandle p) {
    for (String line : proc(p, "status").split("\n")) {
      if (line.startsWith("SigIgn:")) {
        return (Long.parseUnsignedLong(line.substring("SigIgn:".length()).strip(), 16) & (1L << 1)) != 0;
      }
    }
    return false;
  }

  /** A file of {@code /proc/<pid>/}, or empty when the process is gone. */
  private static String proc(ProcessHandle p, String file) {
    try {
      return new String(Files.readAllBytes(Path.of("/proc", Long.toString(p.pid()), file)), StandardCharsets.UTF_8);
    } catch (IOException gone) {
      return "";
    }
  }
}
