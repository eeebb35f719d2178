package org.scalebench.transport.ffm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each ABI table against the installed {@code mpi.h}: a C program generated from the table is
 * compiled with that library's own {@code mpicc} and prints what the header says (sizes, offsets,
 * constants, and for Open MPI whether each handle is the address of the global the table names);
 * every line must match the table.
 */
class AbiTableIT {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(MpiFlavour.class)
  void theTableMatchesTheInstalledHeader(MpiFlavour flavour) throws Exception {
    Path mpicc = Path.of(flavour == MpiFlavour.OPEN_MPI ? "/usr/bin/mpicc.openmpi" : "/usr/bin/mpicc.mpich");
    Assumptions.assumeTrue(Files.isExecutable(mpicc), mpicc + " is not installed (scripts/setup-mpich.sh)");
    MpiAbi abi = MpiAbi.of(flavour);
    Map<String, String> expected = expected(abi);
    Path source = dir.resolve("abi_probe.c");
    Files.writeString(source, probe(abi));
    Path binary = dir.resolve("abi_probe");
    run(List.of(mpicc.toString(), "-o", binary.toString(), source.toString()));
    Map<String, String> actual = new TreeMap<>();
    for (String line : run(List.of(binary.toString())).split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        actual.put(line.substring(0, eq), line.substring(eq + 1).strip());
      }
    }
    assertEquals(new TreeMap<>(expected), actual, flavour + " table vs " + mpicc + "'s mpi.h");
  }

  /** What the probe must print for {@code abi}. */
  static Map<String, String> expected(MpiAbi abi) {
    Map<String, String> e = new LinkedHashMap<>();
    for (String type : List.of("MPI_Comm", "MPI_Datatype", "MPI_Op", "MPI_Request")) {
      e.put("sizeof(" + type + ")", Integer.toString(abi.handleBytes()));
    }
    e.put("MPI_ANY_SOURCE", Integer.toString(abi.anySource()));
    e.put("MPI_ANY_TAG", Integer.toString(abi.anyTag()));
    e.put("MPI_PROC_NULL", Integer.toString(abi.procNull()));
    e.put("MPI_STATUS_IGNORE", Long.toString(abi.statusIgnore()));
    e.put("sizeof(MPI_Status)", Integer.toString(abi.statusBytes()));
    e.put("offsetof(MPI_SOURCE)", Integer.toString(abi.sourceOffset()));
    e.put("offsetof(MPI_TAG)", Integer.toString(abi.tagOffset()));
    e.put("offsetof(MPI_ERROR)", Integer.toString(abi.errorOffset()));
    for (Handle h : abi.handles().values()) {
      e.put(h.name(), h.isSymbol() ? "&" + h.symbol() : Integer.toString(h.value()));
    }
    return e;
  }

  static String probe(MpiAbi abi) {
    StringBuilder c = new StringBuilder("""
        #include <mpi.h>
        #include <stddef.h>
        #include <stdint.h>
        #include <stdio.h>
        int main(void) {
        """);
    for (String type : List.of("MPI_Comm", "MPI_Datatype", "MPI_Op", "MPI_Request")) {
      c.append("  printf(\"sizeof(").append(type).append(")=%zu\\n\", sizeof(").append(type).append("));\n");
    }
    c.append("""
          printf("MPI_ANY_SOURCE=%d\\n", MPI_ANY_SOURCE);
          printf("MPI_ANY_TAG=%d\\n", MPI_ANY_TAG);
          printf("MPI_PROC_NULL=%d\\n", MPI_PROC_NULL);
          printf("MPI_STATUS_IGNORE=%ld\\n", (long) (intptr_t) MPI_STATUS_IGNORE);
          printf("sizeof(MPI_Status)=%zu\\n", sizeof(MPI_Status));
          printf("offsetof(MPI_SOURCE)=%zu\\n", offsetof(MPI_Status, MPI_SOURCE));
          printf("offsetof(MPI_TAG)=%zu\\n", offsetof(MPI_Status, MPI_TAG));
          printf("offsetof(MPI_ERROR)=%zu\\n", offsetof(MPI_Status, MPI_ERROR));
        """);
    for (Handle h : abi.handles().values()) {
      if (h.isSymbol()) {
        // prints the symbol's name only when the handle is that global's address
        c.append("  printf(\"").append(h.name()).append("=%s\\n\", (void *) ").append(h.name()).append(" == (void *) &")
            .append(h.symbol()).append(" ? \"&").append(h.symbol()).append("\" : \"another address\");\n");
      } else {
        c.append("  printf(\"").append(h.name()).append("=%d\\n\", (int) ").append(h.name()).append(");\n");
      }
    }
    return c.append("  return 0;\n}\n").toString();
  }

  private String run(List<String> cmd) throws Exception {
    Path log = dir.resolve("log.txt");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "did not finish: " + cmd);
    String out = Files.readString(log);
    assertEquals(0, p.exitValue(), cmd + ": " + out);
    return out;
  }
}
