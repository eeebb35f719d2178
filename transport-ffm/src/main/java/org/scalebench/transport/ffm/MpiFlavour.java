package org.scalebench.transport.ffm;

import java.util.Locale;

/**
 * The MPI libraries whose binary interface this transport knows. Each has its own table of
 * handles and status layout ({@link OpenMpiAbi}, {@link MpichAbi}); which one a process has is read
 * from {@code MPI_Get_library_version} at run time.
 */
public enum MpiFlavour {
  /** Open MPI 4 and 5: handles are the addresses of {@code ompi_mpi_*} globals. */
  OPEN_MPI,
  /** MPICH 3 and 4 (and its derivatives with the same {@code mpi.h}): handles are integer constants. */
  MPICH;

  /** The flavour a library version string names, e.g. {@code "Open MPI v4.1.4, ..."} or {@code "MPICH Version: 4.0.2 ..."}. */
  public static MpiFlavour ofLibraryVersion(String version) {
    String v = version.strip().toLowerCase(Locale.ROOT);
    if (v.startsWith("open mpi")) {
      return OPEN_MPI;
    }
    if (v.startsWith("mpich")) {
      return MPICH;
    }
    throw new IllegalArgumentException("the MPI library '" + firstLine(version)
        + "' is neither Open MPI nor MPICH, the two whose ABI the FFM transport knows");
  }

  private static String firstLine(String s) {
    String t = s.strip();
    int nl = t.indexOf('\n');
    return nl < 0 ? t : t.substring(0, nl);
  }
}
