package org.scalebench.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds the workload API to its version: the public signatures must equal {@code
 * api-signatures-<WorkloadApi.VERSION>.txt}, and a newer minor version must keep every signature
 * of the older ones of its major version. {@code -Dscalebench.api.regenerate=true} writes the file of
 * the current version instead.
 */
class ApiSignaturesTest {
  static final Path RESOURCES = Path.of("src/test/resources");
  static final String REGENERATE = "scalebench.api.regenerate";

  static Path file(String version) {
    return RESOURCES.resolve("api-signatures-" + version + ".txt");
  }

  @Test
  void publicSignaturesMatchTheFileOfThisVersion() throws Exception {
    List<String> now = ApiSignatures.current();
    Path file = file(WorkloadApi.VERSION);
    if (Boolean.getBoolean(REGENERATE)) {
      Files.writeString(file, String.join("\n", now) + "\n", StandardCharsets.UTF_8);
      return;
    }
    String how = "bump WorkloadApi.VERSION (a minor version for additions, a major one otherwise) together "
        + "with <version> in workload-api/pom.xml and workload-api.version in the root pom, then regenerate: "
        + "./mvnw -o -q -DskipSetup -pl workload-api test -Dtest=ApiSignaturesTest -D" + REGENERATE + "=true";
    if (!Files.exists(file)) {
      fail("no signature file " + file + " for workload API " + WorkloadApi.VERSION + "; if the version is new, "
          + "regenerate: ./mvnw -o -q -DskipSetup -pl workload-api test -Dtest=ApiSignaturesTest -D" + REGENERATE
          + "=true");
    }
    List<String> committed = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> added = new ArrayList<>(now);
    added.removeAll(committed);
    List<String> removed = new ArrayList<>(committed);
    removed.removeAll(now);
    if (!added.isEmpty() || !removed.isEmpty()) {
      fail("the public signatures of the workload API changed, but its version is still " + WorkloadApi.VERSION
          + " (" + file + "): " + how + "\nadded:\n  " + String.join("\n  ", added) + "\nremoved:\n  "
          + String.join("\n  ", removed));
    }
  }

  @Test
  void aMinorVersionKeepsEverySignatureOfTheOlderOnesOfItsMajorVersion() throws Exception {
    String[] mine = WorkloadApi.VERSION.split("\\.");
    List<String> now = ApiSignatures.current();
    try (Stream<Path> files = Files.list(RESOURCES)) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        if (!name.matches("api-signatures-\\d+\\.\\d+\\.txt")) {
          continue;
        }
        String[] v = name.substring("api-signatures-".length(), name.length() - 4).split("\\.");
        if (v[0].equals(mine[0]) && Integer.parseInt(v[1]) < Integer.parseInt(mine[1])) {
          List<String> missing = new ArrayList<>(Files.readAllLines(f, StandardCharsets.UTF_8));
          missing.removeAll(now);
          assertTrue(missing.isEmpty(), "workload API " + WorkloadApi.VERSION + " is a minor version after "
              + String.join(".", v) + " but lost (a major version is needed):\n  " + String.join("\n  ", missing));
        }
      }
    }
  }

  @Test
  void noTypeOfAnMpiBindingAppearsInTheApi() throws Exception {
    for (String line : ApiSignatures.current()) {
      assertTrue(!line.contains(" mpi.") && !line.contains("(mpi.") && !line.contains(",mpi."), line);
    }
  }

  @Test
  void theArtifactVersionIsTheApiVersion() throws IOException {
    Properties p = new Properties();
    try (InputStream in = WorkloadApi.class.getResourceAsStream("/workload-api.properties")) {
      p.load(in);
    }
    assertEquals(WorkloadApi.VERSION, p.getProperty("artifact.version"),
        "workload-api/pom.xml's <version> must be WorkloadApi.VERSION");
  }

  @Test
  void aWorkloadOfThisOrAnOlderMinorVersionRuns() {
    assertNull(WorkloadApi.incompatibility(WorkloadApi.VERSION));
    assertNull(WorkloadApi.incompatibility("1.0"));
  }

  @Test
  void aWorkloadOfANewerMinorOrAnotherMajorVersionIsRefusedInWords() {
    assertEquals("it was compiled against workload API 1.9, and this scalebench implements 1.0 (a newer minor "
        + "version may use what this one lacks)", WorkloadApi.incompatibility("1.9"));
    assertEquals("it was compiled against workload API 2.0, and this scalebench implements 1.0 (another major "
        + "version)", WorkloadApi.incompatibility("2.0"));
    assertEquals("its API version 'x' is not of the form MAJOR.MINOR", WorkloadApi.incompatibility("x"));
  }
}
