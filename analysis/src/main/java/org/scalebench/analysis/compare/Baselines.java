package org.scalebench.analysis.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.scalebench.results.AtomicFiles;
import org.scalebench.results.BadInputException;
import org.scalebench.results.Names;
import org.scalebench.results.ResultJson;
import org.scalebench.results.RunLayout;

/**
 * The committed baselines: {@code <root>/<name>/baseline.json} plus the data ({@code jmh.json}, or
 * {@code study/} with each run's {@code run.json}, {@code ranks.jsonl} and {@code launch.json}; logs
 * and workload output are not kept).
 *
 * <p>{@link #update} builds the new baseline in a hidden sibling directory, then swaps it in with two
 * renames (old aside, new in place) and deletes the old one: a reader sees the complete old baseline
 * or the complete new one, or, between the two renames, none (a missing baseline is a loud error,
 * never a silently wrong comparison). An interrupted update leaves only hidden {@code .<name>.*}
 * directories, which nothing reads.
 */
public final class Baselines {
  private Baselines() {}

  /** Reads {@code <dir>/baseline.json}. */
  public static BaselineManifest readManifest(Path dir) {
    Path file = dir.resolve(BaselineManifest.FILE);
    try {
      return ResultJson.mapper().readValue(file.toFile(), BaselineManifest.class);
    } catch (IOException | IllegalArgumentException e) {
      throw new BadInputException("cannot read the baseline manifest " + file + ": " + firstLine(e.getMessage()));
    }
  }

  /**
   * Replaces (or creates) the baseline {@code name} under {@code root} with a copy of {@code from}.
   *
   * @param from a JMH result file or a study directory; validated by reading it before anything is written
   * @param commit the commit that measured it
   * @param note free text for the manifest, or null
   * @return the manifest written
   */
  public static BaselineManifest update(Path root, String name, Path from, String commit, String note, Clock clock)
      throws IOException {
    if (!Names.isToken(name)) {
      throw new BadInputException("baseline name '" + name + "' must be letters, digits, '.', '_' or '-'");
    }
    CompareInput input = CompareInput.resolve(from);
    if (input.manifest() != null) {
      throw new BadInputException(from + " is already a baseline; give the JMH file or study directory itself");
    }
    Map<String, String> settings = new LinkedHashMap<>();
    if (input.kind() == InputKind.JMH) {
      JmhResults.read(input.data(), Set.of()); // validates
      settings.putAll(jmhSettings(input.data()));
    } else {
      StudyResults study = StudyResults.read(input.data(), org.scalebench.results.Scaling.STRONG,
          Set.of(), new org.scalebench.analysis.aggregate.Bootstrap());
      settings.put("points", Integer.toString(study.points().size()));
      settings.put("skippedRuns", Integer.toString(study.skippedRuns()));
    }
    Files.createDirectories(root);
    String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong());
    Path staging = root.resolve("." + name + ".new-" + suffix);
    Path target = root.resolve(name);
    Path old = root.resolve("." + name + ".old-" + suffix);
    try {
      Files.createDirectories(staging);
      String data;
      if (input.kind() == InputKind.JMH) {
        data = BaselineManifest.JMH_DATA;
        AtomicFiles.write(staging.resolve(data), Files.readAllBytes(input.data()));
      } else {
        data = BaselineManifest.STUDY_DATA;
        copyStudy(input.data(), staging.resolve(data));
      }
      BaselineManifest manifest = new BaselineManifest(BaselineManifest.FORMAT, BaselineManifest.SCHEMA_VERSION,
          name, input.kind().label(), data, from.toString(), commit == null || commit.isBlank() ? "unknown" : commit,
          Machine.current(), Instant.now(clock).truncatedTo(ChronoUnit.SECONDS), settings, note);
      AtomicFiles.writeString(staging.resolve(BaselineManifest.FILE), ResultJson.pretty(manifest));
      boolean replaced = Files.exists(target);
      if (replaced) {
        move(target, old);
      }
      move(staging, target);
      if (replaced) {
        deleteTree(old);
      }
      return manifest;
    } finally {
      if (Files.exists(staging)) {
        deleteTree(staging);
      }
    }
  }

  /** The JMH run's settings from the first entry, for the manifest. */
  static Map<String, String> jmhSettings(Path file) throws IOException {
    JsonNode first = ResultJson.mapper().readTree(file.toFile()).get(0);
    Map<String, String> s = new LinkedHashMap<>();
    for (String field : new String[] {"jmhVersion", "jdkVersion", "vmName", "vmVersion", "forks", "warmupIterations",
        "warmupTime", "measurementIterations", "measurementTime", "threads"}) {
      JsonNode v = first.get(field);
      if (v != null && v.isValueNode()) {
        s.put(field, v.asText());
      }
    }
    return s;
  }

  /** Copies the runs' records (run.json, ranks.jsonl, launch.json) of a study directory. */
  private static void copyStudy(Path study, Path target) throws IOException {
    Set<String> kept = Set.of(RunLayout.RUN_JSON, RunLayout.RANKS_JSONL, "launch.json");
    try (Stream<Path> files = Files.walk(study)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Path rel = study.relativize(f);
        if (Files.isRegularFile(f) && kept.contains(f.getFileName().toString()) && rel.getNameCount() == 3) {
          Path dest = target.resolve(rel.toString());
          Files.createDirectories(dest.getParent());
          Files.copy(f, dest, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
