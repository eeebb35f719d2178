package org.scalebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchCommandTest {
  @TempDir Path dir;

  @Test
  void aMissingBenchmarksJarIsBadInputWithTheBuildCommand() {
    CommandLineTest.Result r = CommandLineTest.run("bench", "--quick", "--jar", dir.resolve("none.jar").toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().startsWith("scalebench: no benchmarks jar at "), r.err());
    assertTrue(r.err().contains("-pl bench -am package"), r.err());
  }

  @Test
  void quickModeIsShortFailsOnErrorsAndWritesJson() {
    BenchCommand c = new BenchCommand();
    new CommandLine(c).parseArgs("--quick", "--include", "ScalingFitBenchmark", "--", "-p", "repetitions=8");
    List<String> cmd = c.command(Path.of("b.jar"), Path.of("/tmp/out.json"));
    String line = String.join(" ", cmd);
    assertTrue(line.contains("-jar b.jar ScalingFitBenchmark -f 1 -wi 5 -w 500ms -i 20 -r 200ms"), line);
    assertTrue(line.contains("-foe true -rf json -rff /tmp/out.json -p repetitions=8"), line);
    assertFalse(line.contains("ignoreLock"), line);
  }

  @Test
  void theFullRunHasForksAndLongerIterations() {
    BenchCommand c = new BenchCommand();
    new CommandLine(c).parseArgs("--ignore-lock");
    String line = String.join(" ", c.command(Path.of("b.jar"), Path.of("o.json")));
    assertTrue(line.contains("-Djmh.ignoreLock=true -jar b.jar " + BenchCommand.DEFAULT_INCLUDE + " -f 2 -wi 3"), line);
  }
}
