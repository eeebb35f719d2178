package org.scalebench.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The Python side's own tests (examples/mpi4py/test_*.py: the phases helper, and the matching and
 * grid search programs, some under real mpirun at 1 and 2 ranks), run with Debian's python3 as part
 * of the suite.
 */
class Mpi4pyExamplesIT {
  @Test
  void thePythonTestsPass() throws Exception {
    Path python = Path.of("/usr/bin/python3");
    Assumptions.assumeTrue(Files.isExecutable(python), "no /usr/bin/python3");
    Path examples = Path.of(System.getProperty("scalebench.root"), "examples", "mpi4py").toAbsolutePath().normalize();
    Process p = new ProcessBuilder(python.toString(), "-m", "unittest", "discover", "-s", examples.toString(), "-p",
        "test_*.py").directory(examples.toFile()).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the Python tests did not finish within 10 minutes");
    assertEquals(0, p.exitValue(), log);
    assertTrue(log.lines().anyMatch(l -> l.startsWith("OK")), log);
  }
}
