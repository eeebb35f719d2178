package org.scalebench.transport.ffm;

import org.scalebench.api.mpi.MpiException;
import org.scalebench.api.mpi.MpiTransport;
import org.scalebench.runtime.RankMpi;

/** The rank's MPI on java.lang.foreign: transport {@code ffm}, on whichever library the launcher started. */
public final class FfmRankMpi implements RankMpi {
  /** Registered in {@code META-INF/services}. */
  public static final class Factory implements RankMpi.Factory {
    @Override
    public String name() {
      return "ffm";
    }

    @Override
    public RankMpi start() throws MpiException {
      try {
        return new FfmRankMpi(FfmMpi.init());
      } catch (RuntimeException e) {
        throw new MpiException(e.getMessage(), e);
      }
    }
  }

  private final FfmMpi mpi;
  private final FfmTransport world;

  private FfmRankMpi(FfmMpi mpi) {
    this.mpi = mpi;
    this.world = new FfmTransport(mpi);
  }

  @Override
  public MpiTransport world() {
    return world;
  }

  @Override
  public String libraryVersion() {
    return mpi.libraryVersion().lines().findFirst().orElse("unknown").replaceAll("\\s+", " ").strip();
  }

  @Override
  public String processorName() {
    return mpi.processorName();
  }

  @Override
  public void abort(int code) {
    mpi.abort(code);
  }

  @Override
  public void finish() throws MpiException {
    try {
      mpi.close();
    } catch (MpiError e) {
      throw new MpiException(e.getMessage(), e);
    }
  }
}
