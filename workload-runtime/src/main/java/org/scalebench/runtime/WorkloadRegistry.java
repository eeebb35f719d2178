package org.scalebench.runtime;

import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.scalebench.api.ApiVersion;
import org.scalebench.api.Workload;
import org.scalebench.api.WorkloadApi;
import org.scalebench.results.BadInputException;
import org.scalebench.results.Suggest;

/**
 * The workloads of a run, by name: the built-in ones and those of the user's jars, each with where it
 * came from. All are found through {@link ServiceLoader}: a jar lists its implementations of {@link
 * Workload} in {@code META-INF/services/org.scalebench.api.Workload} (the built-in ones are in the
 * {@code workloads} module), so that the runtime depends on the contract only.
 *
 * <p>Every problem is one {@link BadInputException} before anything is launched: a jar that does
 * not exist or is not a jar ({@link WorkloadJar}), a listed class that cannot be loaded (missing
 * from the jar, or needing a class no jar has), one that is no {@code Workload}, lacks its {@link
 * ApiVersion} or was compiled against an API this runtime cannot run, one whose constructor fails,
 * and two workloads with one name (naming both origins).
 *
 * <p>The launcher loads the user's jars into a class loader of their own; the ranks have them on
 * their class path, where {@link #onClassPath()} finds them with the built-in ones.
 */
public final class WorkloadRegistry {
  /** The origin of a workload that came with scalebench (or sits on the class path of a rank). */
  public static final String BUILT_IN = "built-in";

  /**
   * A workload and where it came from.
   *
   * @param jar the user's jar it came from, or null for a built-in one
   */
  public record Found(Workload workload, Path jar) {
    /** {@code built-in} or the jar's path. */
    public String origin() {
      return jar == null ? BUILT_IN : jar.toString();
    }
  }

  private static volatile WorkloadRegistry classPath;

  private final List<Found> found;
  private final List<WorkloadJar> jars;

  private WorkloadRegistry(List<Found> found, List<WorkloadJar> jars) {
    this.found = List.copyOf(found);
    this.jars = List.copyOf(jars);
  }

  /** The workloads of this JVM's class path: the built-in ones, and at a rank also the user's jars. */
  public static WorkloadRegistry onClassPath() {
    WorkloadRegistry r = classPath;
    if (r == null) {
      r = load(WorkloadRegistry.class.getClassLoader(), List.of());
      classPath = r;
    }
    return r;
  }

  /**
   * The built-in workloads and those of {@code jars} (given twice, a jar counts once).
   *
   * @throws BadInputException naming the jar, the class and the problem
   */
  public static WorkloadRegistry withJars(List<Path> jars) {
    if (jars.isEmpty()) {
      return onClassPath();
    }
    Map<Path, WorkloadJar> opened = new LinkedHashMap<>();
    for (Path p : jars) {
      WorkloadJar jar = WorkloadJar.open(p);
      opened.putIfAbsent(jar.path(), jar);
    }
    List<URL> urls = new ArrayList<>();
    for (WorkloadJar jar : opened.values()) {
      try {
        urls.add(jar.path().toUri().toURL());
      } catch (MalformedURLException e) {
        throw new IllegalStateException(e);
      }
    }
    // kept open: the workloads it made are used for as long as this command runs
    URLClassLoader loader = new URLClassLoader("workload-jars", urls.toArray(URL[]::new),
        WorkloadRegistry.class.getClassLoader());
    List<WorkloadJar> list = List.copyOf(opened.values());
    for (WorkloadJar jar : list) {
      for (String name : jar.listed()) {
        checkListed(loader, jar, name);
      }
    }
    return load(loader, list);
  }

  /** A listed class loads, is a workload, and says an API version this runtime runs. */
  private static void checkListed(ClassLoader loader, WorkloadJar jar, String name) {
    String where = "workload jar " + jar.path() + " lists " + name + " (in " + WorkloadJar.SERVICES + ")";
    Class<?> type;
    try {
      type = Class.forName(name, false, loader);
    } catch (ClassNotFoundException e) {
      throw new BadInputException(where + ", but no jar has that class");
    } catch (LinkageError e) {
      throw new BadInputException(where + ", but it cannot be loaded: " + linkage(e));
    }
    if (!Workload.class.isAssignableFrom(type)) {
      throw new BadInputException(where + ", but it does not implement " + Workload.class.getName());
    }
    version(type, "workload jar " + jar.path());
  }

  /** Refuses a workload class without a usable {@link ApiVersion}. */
  private static void version(Class<?> type, String origin) {
    ApiVersion v;
    try {
      v = type.getAnnotation(ApiVersion.class);
    } catch (LinkageError e) {
      throw new BadInputException("workload " + type.getName() + " of " + origin + " cannot be loaded: " + linkage(e));
    }
    if (v == null) {
      throw new BadInputException("workload " + type.getName() + " of " + origin + " does not say which workload API "
          + "it was compiled against: annotate the class with @ApiVersion(WorkloadApi.VERSION)");
    }
    String why = WorkloadApi.incompatibility(v.value());
    if (why != null) {
      throw new BadInputException("workload " + type.getName() + " of " + origin + " cannot run here: " + why
          + "; rebuild it against org.scalebench:workload-api:" + WorkloadApi.VERSION);
    }
  }

  private static String linkage(LinkageError e) {
    if (e instanceof NoClassDefFoundError) {
      return "it needs class " + e.getMessage().replace('/', '.') + ", which none of the jars has (give the jar "
          + "that has it with --workload-jar too, or package the workload with its dependencies)";
    }
    if (e instanceof UnsupportedClassVersionError) {
      return "it was compiled for a newer Java than this one (" + System.getProperty("java.version") + "): "
          + e.getMessage();
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  private static WorkloadRegistry load(ClassLoader loader, List<WorkloadJar> jars) {
    Map<String, Found> byName = new LinkedHashMap<>();
    Iterator<ServiceLoader.Provider<Workload>> providers = ServiceLoader.load(Workload.class, loader).stream()
        .iterator();
    while (true) {
      ServiceLoader.Provider<Workload> provider;
      try {
        if (!providers.hasNext()) {
          break;
        }
        provider = providers.next();
      } catch (ServiceConfigurationError e) {
        throw new BadInputException("a workload could not be loaded: " + e.getMessage());
      }
      Class<? extends Workload> type = provider.type();
      Path jar = jarOf(type, jars);
      String origin = jar == null ? "the built-in workloads" : "workload jar " + jar;
      version(type, origin);
      Workload w;
      String name;
      try {
        w = provider.get();
        name = w.name();
        // called now, so that a class they need and no jar has shows before any launch
        w.params();
        w.summary();
      } catch (ServiceConfigurationError e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        throw new BadInputException("workload " + type.getName() + " of " + origin + " could not be made: "
            + (cause instanceof LinkageError l ? linkage(l) : cause.getClass().getSimpleName() + ": "
                + cause.getMessage()));
      } catch (LinkageError e) {
        throw new BadInputException("workload " + type.getName() + " of " + origin + " cannot be loaded: "
            + linkage(e));
      } catch (RuntimeException e) {
        throw new BadInputException("workload " + type.getName() + " of " + origin + " failed to describe itself: "
            + e.getClass().getSimpleName() + ": " + e.getMessage());
      }
      Found f = new Found(w, jar);
      Found earlier = byName.putIfAbsent(name, f);
      if (earlier != null) {
        throw new BadInputException("two workloads are called '" + name + "': " + describe(earlier) + " and "
            + describe(f) + "; rename one or leave one jar out");
      }
    }
    return new WorkloadRegistry(new ArrayList<>(byName.values()), jars);
  }

  private static String describe(Found f) {
    return f.workload().getClass().getName() + " (" + f.origin() + ")";
  }

  /** The user's jar {@code type} was loaded from, or null when it is not one of them. */
  private static Path jarOf(Class<?> type, List<WorkloadJar> jars) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return null;
    }
    try {
      Path location = Path.of(source.getLocation().toURI()).toAbsolutePath().normalize();
      return jars.stream().map(WorkloadJar::path).filter(location::equals).findFirst().orElse(null);
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  /** Every workload with its origin, built-in ones first, each jar's in the order it lists them. */
  public List<Found> all() {
    return found;
  }

  /** The workloads alone, in the order of {@link #all()}. */
  public List<Workload> workloads() {
    return found.stream().map(Found::workload).toList();
  }

  /** The user's jars, absolute, each once, in the order given: what the ranks need on their class path. */
  public List<Path> jars() {
    return jars.stream().map(WorkloadJar::path).toList();
  }

  /**
   * The user's jars that list no workload: libraries the others need, or a jar whose {@code
   * META-INF/services/org.scalebench.api.Workload} was forgotten.
   */
  public List<Path> jarsWithoutWorkloads() {
    return jars.stream().filter(j -> j.listed().isEmpty()).map(WorkloadJar::path).toList();
  }

  /** The workload called {@code name}, or a {@link BadInputException} listing the known ones. */
  public Workload byName(String name) {
    for (Found f : found) {
      if (f.workload().name().equals(name)) {
        return f.workload();
      }
    }
    List<String> names = found.stream().map(f -> f.workload().name()).toList();
    StringBuilder s = new StringBuilder("unknown workload '" + name + "'" + Suggest.closest(String.valueOf(name), names)
        + "; known workloads: " + (names.isEmpty() ? "none on the class path" : String.join(", ", names)));
    for (Path jar : jarsWithoutWorkloads()) {
      s.append("; workload jar ").append(jar).append(" lists no workload (no ").append(WorkloadJar.SERVICES)
          .append(')');
    }
    throw new BadInputException(s.toString());
  }
}
