package org.scalebench.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.scalebench.api.Workload;
import org.scalebench.results.BadInputException;
import org.scalebench.results.Suggest;

/**
 * Every workload on the class path, by name: the implementations of {@link Workload} that a jar lists
 * in {@code META-INF/services/org.scalebench.api.Workload} (the built-in ones are in the {@code
 * workloads} module). Found through {@link ServiceLoader}, so that the runtime depends on the
 * contract only and a workload module can be added without changing it.
 */
public final class WorkloadRegistry {
  private static volatile List<Workload> all;

  private WorkloadRegistry() {}

  /** The workloads of this class path in the order their jars list them. */
  public static List<Workload> all() {
    List<Workload> found = all;
    if (found == null) {
      found = load(WorkloadRegistry.class.getClassLoader());
      all = found;
    }
    return found;
  }

  /**
   * Loads the workloads {@code loader} sees; two with one name, or one that fails to load, end in a
   * {@link BadInputException} naming them.
   */
  static List<Workload> load(ClassLoader loader) {
    Map<String, Workload> byName = new LinkedHashMap<>();
    try {
      for (Workload w : ServiceLoader.load(Workload.class, loader)) {
        Workload earlier = byName.putIfAbsent(w.name(), w);
        if (earlier != null) {
          throw new BadInputException("two workloads are called '" + w.name() + "': "
              + earlier.getClass().getName() + " and " + w.getClass().getName());
        }
      }
    } catch (ServiceConfigurationError e) {
      throw new BadInputException("a workload could not be loaded: " + e.getMessage());
    }
    return List.copyOf(new ArrayList<>(byName.values()));
  }

  /** The workload called {@code name}, or a {@link BadInputException} listing the known ones. */
  public static Workload byName(String name) {
    for (Workload w : all()) {
      if (w.name().equals(name)) {
        return w;
      }
    }
    List<String> names = all().stream().map(Workload::name).toList();
    throw new BadInputException("unknown workload '" + name + "'" + Suggest.closest(String.valueOf(name), names)
        + "; known workloads: " + (names.isEmpty() ? "none on the class path" : String.join(", ", names)));
  }
}
