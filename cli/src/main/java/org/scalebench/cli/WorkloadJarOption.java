package org.scalebench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scalebench.runtime.WorkloadRegistry;
import picocli.CommandLine.Option;

/** {@code --workload-jar JAR} (repeatable): the user's workload jars, for every verb that finds workloads. */
final class WorkloadJarOption {
  @Option(names = "--workload-jar", paramLabel = "JAR",
      description = "a jar with workloads of your own (built against org.scalebench:workload-api, listed in its "
          + "META-INF/services/org.scalebench.api.Workload); repeat for several; the ranks get it on their class path")
  List<Path> jars = new ArrayList<>();

  /** The jars as given. */
  List<Path> paths() {
    return List.copyOf(jars);
  }

  /** The built-in workloads and those of the jars, every bad jar one sentence before anything launches. */
  WorkloadRegistry registry() {
    return WorkloadRegistry.withJars(jars);
  }
}
