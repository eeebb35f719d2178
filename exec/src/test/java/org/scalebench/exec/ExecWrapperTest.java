package org.scalebench.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.results.ExecCommand;

/**
 * The wrapper itself, compiled with this machine's C compiler and run as one rank would be (the rank
 * number in the environment, as mpirun sets it); the runs under real mpirun are integration tests.
 */
class ExecWrapperTest {
  @TempDir Path dir;

  @Test
  void theWrapperIsBuiltOnceUnderTheHashOfItsSource() {
    Path first = ExecWrapper.ensureBuilt(dir.resolve("bin"));
    assertTrue(Files.isExecutable(first));
    assertTrue(first.getFileName().toString().matches("scalebench-exec-[0-9a-f]{8}"), first.toString());
    assertEquals(first, ExecWrapper.ensureBuilt(dir.resolve("bin")));
  }

  @Test
  void argumentsReachTheProgramUnparsedAndItsEnvironmentTellsWhereToRecord() throws Exception {
    Path run = Files.createDirectories(dir.resolve("run"));
    Path work = Files.createDirectories(dir.resolve("work dir"));
    TreeMap<String, String> env = new TreeMap<>();
    env.put("GREETING", "a b;$(touch x)");
    // the program prints its arguments and environment one per line; a shell would split or run them
    ExecCommand cmd = new ExecCommand(List.of("sh", "-c",
        "printf '%s\\n' \"$@\" \"$GREETING\" \"$SCALEBENCH_RECORDS\" \"$SCALEBENCH_RANK\" \"$SCALEBENCH_CPUS_PER_TASK\" "
            + "\"$SCALEBENCH_OUTPUT_DIR\" \"$PWD\"", "prog", "it's", "two words", "$HOME", "*"),
        work.toString(), env);
    Result r = runAsRank(run, 3, 2, cmd);
    assertEquals(0, r.exit);
    assertEquals(List.of("it's", "two words", "$HOME", "*", "a b;$(touch x)",
        run.resolve("exec/rank-3.jsonl").toString(), "3", "2", run.resolve("output").toString(), work.toString()),
        r.stdout.lines().toList());
    assertTrue(Files.isDirectory(run.resolve("output")));
    assertTrue(Files.notExists(work.resolve("x")));
    RankExit exit = RankExit.read(RankExit.file(run, 3));
    assertEquals(3, exit.rank());
    assertTrue(exit.succeeded());
    assertTrue(exit.wallSeconds() >= 0 && exit.wallSeconds() < 60, exit.toString());
  }

  @Test
  void anExitStatusASignalAndAMissingProgramAreRecorded() throws Exception {
    Path run = Files.createDirectories(dir.resolve("run"));
    String cwd = dir.toString();
    assertEquals(3, runAsRank(run, 0, 1, new ExecCommand(List.of("sh", "-c", "exit 3"), cwd, Map.of())).exit);
    assertEquals("exited with status 3", RankExit.read(RankExit.file(run, 0)).failure("sh"));

    assertEquals(128 + 9, runAsRank(run, 1, 1, new ExecCommand(List.of("sh", "-c", "kill -9 $$"), cwd, Map.of())).exit);
    RankExit killed = RankExit.read(RankExit.file(run, 1));
    assertEquals(9, killed.signal());
    assertEquals("was ended by signal 9 (SIGKILL)", killed.failure("sh"));

    assertEquals(127, runAsRank(run, 2, 1, new ExecCommand(List.of("no-such-program-here"), cwd, Map.of())).exit);
    RankExit missing = RankExit.read(RankExit.file(run, 2));
    assertEquals("could not start no-such-program-here: No such file or directory", missing.failure("no-such-program-here"));
    assertNull(RankExit.read(RankExit.file(run, 0)).startError());
  }

  private record Result(int exit, String stdout) {}

  private Result runAsRank(Path run, int rank, int cpus, ExecCommand cmd) throws IOException, InterruptedException {
    Path wrapper = ExecWrapper.ensureBuilt(dir.resolve("bin"));
    List<String> argv = new ArrayList<>(ExecWrapper.argv(wrapper.toString(), run.toString(), cpus, cmd));
    ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(false);
    pb.environment().put("OMPI_COMM_WORLD_RANK", Integer.toString(rank));
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes());
    return new Result(p.waitFor(), out);
  }
}
