package org.scalebench.cli;

import org.scalebench.launch.LocalLauncher;
import org.scalebench.study.ClusterProfile;
import org.scalebench.study.MpiImplementation;
import org.scalebench.study.TransportChoice;
import picocli.CommandLine.Option;

/**
 * {@code --mpi} and {@code --transport} of the verbs that start ranks on this machine; given, they
 * win over a study profile's {@code mpi:} and {@code transport:}.
 */
public final class MpiOptions {
  @Option(names = "--mpi", paramLabel = "LIBRARY",
      description = "the MPI library, started by its own launcher (mpirun.openmpi, mpirun.mpich): "
          + "${COMPLETION-CANDIDATES} (default: the profile's, else openmpi)")
  MpiImplementation mpi;

  @Option(names = "--transport", paramLabel = "T",
      description = "how the ranks reach MPI: jni (the Open MPI Java bindings), ffm (java.lang.foreign on libmpi, "
          + "a JDK 22+), auto (ffm on MPICH or without mpi.jar, else jni): ${COMPLETION-CANDIDATES} "
          + "(default: the profile's, else auto)")
  TransportChoice transport;

  /** {@code options} on the chosen library and transport. */
  LocalLauncher.LocalOptions apply(LocalLauncher.LocalOptions options) {
    return apply(options, MpiImplementation.OPENMPI, TransportChoice.AUTO);
  }

  /** {@code options} on the chosen library and transport, the profile's where none was chosen. */
  LocalLauncher.LocalOptions apply(LocalLauncher.LocalOptions options, ClusterProfile profile) {
    return apply(options, profile.mpi(), profile.transport());
  }

  private LocalLauncher.LocalOptions apply(LocalLauncher.LocalOptions options, MpiImplementation defaultMpi,
      TransportChoice defaultTransport) {
    MpiImplementation m = mpi != null ? mpi : defaultMpi;
    LocalLauncher.LocalOptions o = options.mpi() == m ? options : options.withMpi(m);
    return o.withTransport(transport != null ? transport : defaultTransport);
  }
}
