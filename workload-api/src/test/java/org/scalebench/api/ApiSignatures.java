package org.scalebench.api;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The public signatures of the workload API, one line each, sorted: every public type of {@code
 * org.scalebench.api} and {@code org.scalebench.api.mpi} (nested ones too) with its supertypes, and
 * its public and protected constructors, methods and fields as {@code toGenericString} gives them
 * (generics, throws clauses and modifiers included).
 */
final class ApiSignatures {
  static final List<String> PACKAGES = List.of("org.scalebench.api", "org.scalebench.api.mpi");

  private ApiSignatures() {}

  static List<String> current() throws IOException, ClassNotFoundException {
    TreeSet<String> lines = new TreeSet<>();
    for (Class<?> type : apiTypes()) {
      if (!Modifier.isPublic(type.getModifiers())) {
        continue;
      }
      String name = type.getName();
      lines.add(name + " : " + type.toGenericString() + supertypes(type));
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (visible(c.getModifiers()) && !c.isSynthetic()) {
          lines.add(name + " : " + c.toGenericString());
        }
      }
      for (Method m : type.getDeclaredMethods()) {
        if (visible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
          lines.add(name + " : " + m.toGenericString());
        }
      }
      for (Field f : type.getDeclaredFields()) {
        if (visible(f.getModifiers()) && !f.isSynthetic()) {
          lines.add(name + " : " + f.toGenericString());
        }
      }
    }
    return List.copyOf(lines);
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static String supertypes(Class<?> type) {
    StringBuilder s = new StringBuilder();
    if (type.getGenericSuperclass() != null && type.getSuperclass() != Object.class) {
      s.append(" extends ").append(type.getGenericSuperclass().getTypeName());
    }
    var interfaces = type.getGenericInterfaces();
    if (interfaces.length > 0) {
      s.append(" implements");
      for (var i : interfaces) {
        s.append(' ').append(i.getTypeName());
      }
    }
    return s.toString();
  }

  /** Every class of the API packages in this module's output (nested and anonymous ones too). */
  private static List<Class<?>> apiTypes() throws IOException, ClassNotFoundException {
    Path root;
    try {
      root = Path.of(WorkloadApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<Class<?>> types = new ArrayList<>();
    for (String pkg : PACKAGES) {
      Path dir = root.resolve(pkg.replace('.', '/'));
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.sorted().toList()) {
          String file = f.getFileName().toString();
          if (file.endsWith(".class") && !file.equals("package-info.class")) {
            types.add(Class.forName(pkg + "." + file.substring(0, file.length() - ".class".length()), false,
                ApiSignatures.class.getClassLoader()));
          }
        }
      }
    }
    return types;
  }
}
