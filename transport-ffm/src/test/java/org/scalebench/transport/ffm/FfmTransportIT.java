package org.scalebench.transport.ffm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every call of the FFM transport under real {@code mpirun} at 2 and 4 ranks, on Open MPI and on
 * MPICH (each launcher called by its full name, so that neither install shadows the other).
 */
class FfmTransportIT {
  @ParameterizedTest(name = "{0} x {1} ranks")
  @CsvSource({"openmpi, 2", "openmpi, 4", "mpich, 2", "mpich, 4"})
  void everyCallWorks(String flavour, int ranks) throws Exception {
    Path launcher = Path.of("/usr/bin/mpirun." + flavour);
    Assumptions.assumeTrue(Files.isExecutable(launcher), launcher + " is not installed (scripts/setup-mpich.sh)");
    List<String> cmd = new ArrayList<>(List.of(launcher.toString(), "-n", Integer.toString(ranks)));
    if (flavour.equals("openmpi")) {
      // shared memory only, as the local launcher does: no probing of network transports in MPI_Init
      cmd.addAll(List.of("--oversubscribe", "--bind-to", "none", "--mca", "btl", "self,vader", "--mca", "pml", "ob1"));
      if ("root".equals(System.getProperty("user.name"))) {
        cmd.add("--allow-run-as-root");
      }
    }
    cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--enable-native-access=ALL-UNNAMED", "-Xmx64m", "-cp", System.getProperty("scalebench.ffm.classes")
            + File.pathSeparator + System.getProperty("scalebench.ffm.testClasses"),
        FfmCheckMain.class.getName()));
    Path log = Files.createTempFile("ffm", ".log");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly); // no ranks left behind for later tests
      p.destroyForcibly();
      throw new AssertionError("mpirun did not finish in 120 s: " + Files.readString(log));
    }
    String out = Files.readString(log);
    assertEquals(0, p.exitValue(), out);
    String name = flavour.equals("openmpi") ? "OPEN_MPI" : "MPICH";
    for (int r = 0; r < ranks; r++) {
      assertTrue(out.contains("rank " + r + " of " + ranks + " ok " + name), out);
    }
  }
}
