package org.scalebench.transport.ffm;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the MPI library of this process and its flavour. {@code MPI_Get_library_version(char *,
 * int *)} takes only pointers, so it can be called the same way on every ABI (and before
 * {@code MPI_Init}); its answer picks the table. The candidates come from {@code
 * SCALEBENCH_MPI_LIBRARY} when set, else from the launcher's environment (Open MPI's {@code
 * OMPI_*} or Hydra's {@code PMI_*} variables decide which library is tried first), else both.
 */
public final class LibraryProbe {
  /** {@code MPI_MAX_LIBRARY_VERSION_STRING} is 256 in Open MPI and 8192 in MPICH: room for both. */
  private static final int VERSION_BYTES = 8192;

  private LibraryProbe() {}

  /** What was found: the library file name, its version string and flavour, and the loaded library. */
  public record Found(String library, String version, MpiFlavour flavour, SymbolLookup lookup) {}

  /** The libraries to try, most likely first. */
  static List<String> candidates(Map<String, String> env) {
    Set<String> out = new LinkedHashSet<>();
    String explicit = env.get("SCALEBENCH_MPI_LIBRARY");
    if (explicit != null && !explicit.isBlank()) {
      out.add(explicit.strip());
      return List.copyOf(out);
    }
    boolean hydra = env.keySet().stream().anyMatch(k -> k.startsWith("PMI_") || k.startsWith("HYDRA_"))
        && env.keySet().stream().noneMatch(k -> k.startsWith("OMPI_"));
    List<MpiFlavour> order = hydra ? List.of(MpiFlavour.MPICH, MpiFlavour.OPEN_MPI)
        : List.of(MpiFlavour.OPEN_MPI, MpiFlavour.MPICH);
    order.forEach(f -> out.addAll(MpiAbi.of(f).libraries()));
    return List.copyOf(out);
  }

  /**
   * The first candidate that loads and names a known flavour.
   *
   * @throws IllegalStateException naming each library tried and why it was not taken
   */
  public static Found find(Map<String, String> env) {
    List<String> tried = new ArrayList<>();
    for (String library : candidates(env)) {
      Optional<Found> f = probe(library, tried);
      if (f.isPresent()) {
        return f.get();
      }
    }
    throw new IllegalStateException("no MPI library found for the FFM transport; tried " + String.join("; ", tried)
        + " (set SCALEBENCH_MPI_LIBRARY to the path of libmpi.so or libmpich.so)");
  }

  private static Optional<Found> probe(String library, List<String> tried) {
    SymbolLookup lookup;
    try {
      lookup = SymbolLookup.libraryLookup(library, Arena.global());
    } catch (IllegalArgumentException e) {
      tried.add(library + " (not found)");
      return Optional.empty();
    }
    Optional<MemorySegment> fn = lookup.find("MPI_Get_library_version");
    if (fn.isEmpty()) {
      tried.add(library + " (no MPI_Get_library_version: not an MPI-3 library)");
      return Optional.empty();
    }
    String version = version(fn.get());
    try {
      return Optional.of(new Found(library, version, MpiFlavour.ofLibraryVersion(version), lookup));
    } catch (IllegalArgumentException e) {
      tried.add(library + " (" + e.getMessage() + ")");
      return Optional.empty();
    }
  }

  private static String version(MemorySegment function) {
    MethodHandle mh = Linker.nativeLinker().downcallHandle(function,
        FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment text = arena.allocate(VERSION_BYTES);
      MemorySegment length = arena.allocate(ValueLayout.JAVA_INT);
      int rc = (int) mh.invokeExact(text, length);
      if (rc != 0) {
        throw new MpiError("MPI_Get_library_version", rc);
      }
      return text.getString(0).strip();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }
}
