package org.scalebench.study;

import java.util.List;

/**
 * The MPI library a job starts with (a profile's {@code mpi:}, a run's {@code --mpi}), and its launcher. Each launcher is called by its full
 * name ({@code mpirun.openmpi}, {@code mpirun.mpich}), so that installing one library next to the
 * other changes neither; a plain {@code mpirun} is taken for Open MPI only when no
 * {@code mpirun.openmpi} exists (a site's own build).
 */
public enum MpiImplementation {
  OPENMPI(List.of("mpirun.openmpi", "mpirun"), "install Open MPI (scripts/setup-mpi.sh does it) or load your MPI module"),
  MPICH(List.of("mpirun.mpich", "mpiexec.hydra"), "install MPICH (scripts/setup-mpich.sh does it) or load your MPI module");

  private final List<String> launchers;
  private final String remedy;

  MpiImplementation(List<String> launchers, String remedy) {
    this.launchers = launchers;
    this.remedy = remedy;
  }

  /** The launcher names tried, in order. */
  public List<String> launchers() {
    return launchers;
  }

  /** What to do when none of {@link #launchers()} is on the PATH. */
  public String remedy() {
    return remedy;
  }

  /** The name a profile or option uses: {@code openmpi} or {@code mpich}. */
  public String optionName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
