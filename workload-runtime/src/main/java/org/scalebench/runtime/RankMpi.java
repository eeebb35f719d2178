package org.scalebench.runtime;

import java.util.ServiceLoader;
import org.scalebench.api.mpi.MpiException;
import org.scalebench.api.mpi.MpiTransport;
import org.scalebench.results.BadInputException;

/**
 * MPI as the rank's main sees it: started ({@code MPI_Init}) by {@link #start}, the world
 * communicator as a {@link MpiTransport} for the timed communicator, the facts {@code run.json}
 * records, abort and finalize. One implementation per transport, found through {@link
 * ServiceLoader} by {@link Factory#name()}: {@code jni} (the Open MPI Java bindings, this module)
 * and {@code ffm} (java.lang.foreign on libmpi, module {@code transport-ffm}), so that this module
 * never loads the classes of the transport it does not use.
 */
public interface RankMpi {
  /** The world communicator. */
  MpiTransport world();

  /** The library's version, first line, e.g. {@code Open MPI v4.1.4} or {@code MPICH Version: 4.0.2}. */
  String libraryVersion();

  /** The host name MPI gives this rank ({@code MPI_Get_processor_name}). */
  String processorName() throws MpiException;

  /** Ends every rank of the job with {@code code}; returns only if the library does not end this process. */
  void abort(int code);

  /** {@code MPI_Finalize}. */
  void finish() throws MpiException;

  /** A transport by name, for {@link ServiceLoader}. */
  interface Factory {
    /** {@code jni} or {@code ffm}, as in {@code launch.json}. */
    String name();

    /** Calls {@code MPI_Init} and returns the started MPI. */
    RankMpi start() throws MpiException;
  }

  /**
   * Starts the transport called {@code name}.
   *
   * @throws BadInputException when no factory of that name is on the class path (with the ones that are)
   */
  static RankMpi start(String name) throws MpiException {
    java.util.List<String> known = new java.util.ArrayList<>();
    java.util.List<String> unusable = new java.util.ArrayList<>();
    java.util.Iterator<Factory> it = ServiceLoader.load(Factory.class, RankMpi.class.getClassLoader()).iterator();
    while (true) {
      Factory f;
      try {
        if (!it.hasNext()) {
          break;
        }
        f = it.next();
      } catch (java.util.ServiceConfigurationError | LinkageError e) {
        // the other transport may not load here: the FFM one's Java 22 classes on an older JVM, the
        // bindings' factory without mpi.jar; that must not stop the one asked for
        unusable.add(String.valueOf(e.getMessage()));
        continue;
      }
      if (f.name().equals(name)) {
        return f.start();
      }
      known.add(f.name());
    }
    throw new BadInputException("the ranks have no MPI transport '" + name + "' on their class path (they have "
        + known + ")" + ("ffm".equals(name) ? "; it is in the transport-ffm module, built with a JDK 22 or newer" : "")
        + (unusable.isEmpty() ? "" : "; not loadable here: " + String.join("; ", unusable)));
  }
}
