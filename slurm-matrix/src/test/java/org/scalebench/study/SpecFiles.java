package org.scalebench.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes specs and profiles for tests. */
public final class SpecFiles {
  /** A profile like the test cluster's: 4 cores per node, 2 nodes, srun --mpi=pmix. */
  public static final String CLUSTER_PROFILE = """
      schemaVersion: 1
      name: cluster
      account: p200884
      partition: cpu
      qos: short
      time: 30m
      coresPerNode: 4
      memoryPerNodeMb: 8000
      maxNodes: 2
      modules:
        - env/release/2024.1
        - module load OpenMPI/4.1.6-GCC-13.2.0
      launch: srun --mpi=pmix
      sbatch:
        - --exclusive
      env:
        OMPI_MCA_btl: self,tcp
      """;

  private SpecFiles() {}

  /** Writes {@code profiles/cluster.yaml} and {@code study.yaml} under {@code dir}; returns the spec. */
  public static Path write(Path dir, String study) throws IOException {
    Files.createDirectories(dir.resolve("profiles"));
    Files.writeString(dir.resolve("profiles").resolve("cluster.yaml"), CLUSTER_PROFILE);
    Path spec = dir.resolve("study.yaml");
    Files.writeString(spec, study);
    return spec;
  }
}
