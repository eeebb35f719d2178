package org.scalebench.runtime;

import mpi.MPI;
import mpi.MPIException;
import org.scalebench.api.mpi.MpiException;
import org.scalebench.api.mpi.MpiTransport;

/** MPI on the Open MPI Java bindings ({@code mpi.jar} and its JNI library): transport {@code jni}. */
final class BindingsRankMpi implements RankMpi {
  /**
   * Registered in {@code META-INF/services}. It names no class of the bindings itself, so that
   * {@link java.util.ServiceLoader} can instantiate it on a build without {@code mpi.jar} (where the
   * ranks run on ffm) without failing to verify it.
   */
  public static final class Factory implements RankMpi.Factory {
    @Override
    public String name() {
      return "jni";
    }

    @Override
    public RankMpi start() throws MpiException {
      return BindingsRankMpi.init();
    }
  }

  static RankMpi init() throws MpiException {
    try {
      MPI.Init(new String[0]);
    } catch (MPIException e) {
      throw new MpiException("MPI_Init failed: " + e.getMessage(), e);
    }
    return new BindingsRankMpi();
  }

  private final MpiTransport world = new OpenMpiTransport(MPI.COMM_WORLD);

  @Override
  public MpiTransport world() {
    return world;
  }

  @Override
  public String libraryVersion() {
    String v = MPI.getLibVersion();
    return v == null ? "unknown" : v.lines().findFirst().orElse("unknown").strip();
  }

  @Override
  public String processorName() throws MpiException {
    try {
      return MPI.getProcessorName();
    } catch (MPIException e) {
      throw new MpiException(e.getMessage(), e);
    }
  }

  @Override
  public void abort(int code) {
    try {
      MPI.COMM_WORLD.abort(code);
    } catch (MPIException | RuntimeException ignored) {
      // the caller exits next
    }
  }

  @Override
  public void finish() throws MpiException {
    try {
      MPI.Finalize();
    } catch (MPIException e) {
      throw new MpiException(e.getMessage(), e);
    }
  }
}
