package org.scalebench.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The example workload of {@code examples/jacobi}, built the way its README says, once per test JVM:
 * the workload API installed into the local Maven repository ({@code ./mvnw install -pl
 * workload-api -am}: the outer build's {@code verify} does not install, so on a clean clone nothing
 * else puts it there), then the example's own build with the repository's wrapper.
 */
final class ExampleWorkload {
  static final String JAR = "target/jacobi-workload-1.0.jar";
  private static Path built;

  private ExampleWorkload() {}

  static Path dir() {
    return CliProcess.repositoryRoot().resolve("examples/jacobi");
  }

  /** The example's jar, built now if this JVM has not built it yet. */
  static synchronized Path jar() throws IOException, InterruptedException {
    if (built == null) {
      Path root = CliProcess.repositoryRoot();
      // no -o: on a clean machine the install plugin may not have been resolved by the outer build yet
      maven(root, "-B", "-q", "-DskipSetup", "-DskipTests", "-pl", "workload-api", "-am", "install");
      maven(root, "-B", "-q", "-f", dir().resolve("pom.xml").toString(), "clean", "package");
      built = dir().resolve(JAR);
      if (!Files.isRegularFile(built)) {
        throw new AssertionError("the example's build made no " + built);
      }
    }
    return built;
  }

  private static void maven(Path root, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(root.resolve("mvnw").toString()));
    cmd.addAll(List.of(args));
    Path log = Files.createTempFile("example-build", ".log");
    Process p = new ProcessBuilder(cmd).directory(root.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      throw new AssertionError(String.join(" ", cmd) + " did not finish in 10 minutes");
    }
    if (p.exitValue() != 0) {
      throw new AssertionError(String.join(" ", cmd) + " failed:\n" + Files.readString(log));
    }
    Files.deleteIfExists(log);
  }
}
