package org.scalebench.transport.ffm;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.HashMap;
import java.util.Map;

/**
 * Downcall handles on one MPI library, with every handle parameter ({@code MPI_Comm},
 * {@code MPI_Datatype}, {@code MPI_Op}) typed {@code long} on the Java side whatever the library
 * uses underneath: Open MPI's pointers become {@code MemorySegment.ofAddress(long)}, MPICH's ints a
 * narrowing cast. So the calling code is one for both ABIs and every call is an {@code invokeExact}
 * the JIT can inline.
 *
 * <p>Functions that take a buffer exist twice: the plain downcall for native segments (direct
 * buffers, arena memory) and a {@linkplain Linker.Option#critical(boolean) critical} one with heap
 * access, so that a Java array is passed by address without a copy. A critical call keeps its
 * thread from reaching a safepoint until it returns; MPI calls that block on a peer therefore delay
 * a garbage collection of the rank's JVM by as long as they wait, which is the same trade the JNI
 * bindings make with {@code GetPrimitiveArrayCritical}.
 */
final class LibMpi {
  /** The kinds of parameter: a pointer, a C int, an MPI handle. */
  private enum Kind { P, I, H }

  /** The library of this process, for {@link Downcalls}; set once by {@link FfmMpi} before MPI_Init. */
  static volatile LibMpi active;

  private final MpiAbi abi;
  private final SymbolLookup lookup;
  private final Map<String, MethodHandle> plain = new HashMap<>();
  private final Map<String, MethodHandle> heap = new HashMap<>();
  private final Map<String, Long> handles = new HashMap<>();
  private final String library;

  private LibMpi(MpiAbi abi, SymbolLookup lookup, String library) {
    this.abi = abi;
    this.lookup = lookup;
    this.library = library;
    for (String name : abi.handles().keySet()) {
      Handle h = abi.handle(name);
      handles.put(name, h.isSymbol()
          ? lookup.find(h.symbol()).orElseThrow(() -> new IllegalStateException(library + " has no symbol "
              + h.symbol() + " for " + h.name() + " (is it " + abi.flavour() + "?)")).address()
          : (long) h.value());
    }
    define("MPI_Init", "PP", false);
    define("MPI_Finalize", "", false);
    define("MPI_Initialized", "P", false);
    define("MPI_Finalized", "P", false);
    define("MPI_Comm_rank", "HP", false);
    define("MPI_Comm_size", "HP", false);
    define("MPI_Abort", "HI", false);
    define("MPI_Get_library_version", "PP", false);
    define("MPI_Get_processor_name", "PP", false);
    define("MPI_Get_count", "PHP", false);
    define("MPI_Barrier", "H", false);
    define("MPI_Probe", "IIHP", false);
    define("MPI_Iprobe", "IIHPP", false);
    define("MPI_Wait", "PP", false);
    define("MPI_Waitall", "IPP", false);
    define("MPI_Test", "PPP", false);
    define("MPI_Isend", "PIHIIHP", false);
    define("MPI_Irecv", "PIHIIHP", false);
    define("MPI_Send", "PIHIIH", true);
    define("MPI_Recv", "PIHIIHP", true);
    define("MPI_Sendrecv", "PIHIIPIHIIHP", true);
    define("MPI_Bcast", "PIHIH", true);
    define("MPI_Scatter", "PIHPIHIH", true);
    define("MPI_Gather", "PIHPIHIH", true);
    define("MPI_Scatterv", "PPPHPIHIH", true);
    define("MPI_Gatherv", "PIHPPPHIH", true);
    define("MPI_Reduce", "PPIHHIH", true);
    define("MPI_Allreduce", "PPIHHH", true);
    define("MPI_Allgather", "PIHPIHH", true);
    define("MPI_Alltoall", "PIHPIHH", true);
    MemorySegment wtime = symbol("MPI_Wtime");
    plain.put("MPI_Wtime", Linker.nativeLinker().downcallHandle(wtime, FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE),
        Linker.Option.critical(false)));
  }

  /** The library {@code lookup} already loaded (by {@link LibraryProbe}), read with {@code abi}. */
  static LibMpi of(MpiAbi abi, SymbolLookup lookup, String library) {
    return new LibMpi(abi, lookup, library);
  }

  MpiAbi abi() {
    return abi;
  }

  /** The shared object that was loaded, e.g. {@code libmpi.so.40}. */
  String library() {
    return library;
  }

  /** The value of the predefined handle {@code name} as a Java long (an address or an int). */
  long handle(String name) {
    Long h = handles.get(name);
    if (h == null) {
      throw new IllegalArgumentException("no handle " + name + " in the " + abi.flavour() + " table");
    }
    return h;
  }

  /** The downcall of {@code function}; for buffer functions, the one for native segments. */
  MethodHandle call(String function) {
    MethodHandle mh = plain.get(function);
    if (mh == null) {
      throw new IllegalArgumentException("no downcall " + function);
    }
    return mh;
  }

  /** The downcall of buffer function {@code function} that may be given heap segments (Java arrays). */
  MethodHandle callWithHeap(String function) {
    MethodHandle mh = heap.get(function);
    if (mh == null) {
      throw new IllegalArgumentException("no heap-access downcall " + function);
    }
    return mh;
  }

  private MemorySegment symbol(String function) {
    return lookup.find(function).orElseThrow(() -> new IllegalStateException(library + " has no function " + function));
  }

  private void define(String function, String params, boolean buffers) {
    MemorySegment address = symbol(function);
    plain.put(function, adapt(address, params, Linker.Option.critical(false), false));
    if (buffers) {
      heap.put(function, adapt(address, params, Linker.Option.critical(true), true));
    }
  }

  private MethodHandle adapt(MemorySegment address, String params, Linker.Option option, boolean critical) {
    MemoryLayout handleLayout = abi.handleBytes() == 8 ? ValueLayout.ADDRESS : ValueLayout.JAVA_INT;
    MemoryLayout[] layouts = new MemoryLayout[params.length()];
    for (int i = 0; i < layouts.length; i++) {
      layouts[i] = switch (Kind.valueOf(String.valueOf(params.charAt(i)))) {
        case P -> ValueLayout.ADDRESS;
        case I -> ValueLayout.JAVA_INT;
        case H -> handleLayout;
      };
    }
    Linker linker = Linker.nativeLinker();
    MethodHandle mh = critical
        ? linker.downcallHandle(address, FunctionDescriptor.of(ValueLayout.JAVA_INT, layouts), option)
        : linker.downcallHandle(address, FunctionDescriptor.of(ValueLayout.JAVA_INT, layouts));
    for (int i = 0; i < layouts.length; i++) {
      if (params.charAt(i) != 'H') {
        continue;
      }
      if (abi.handleBytes() == 8) {
        mh = MethodHandles.filterArguments(mh, i, OF_ADDRESS);
      } else {
        mh = MethodHandles.explicitCastArguments(mh, mh.type().changeParameterType(i, long.class));
      }
    }
    return mh;
  }

  private static final MethodHandle OF_ADDRESS;

  static {
    try {
      OF_ADDRESS = MethodHandles.lookup().findStatic(MemorySegment.class, "ofAddress",
          MethodType.methodType(MemorySegment.class, long.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
