package org.scalebench.analysis.compare;

import java.nio.file.Files;
import java.nio.file.Path;
import org.scalebench.results.BadInputException;

/**
 * A compare argument resolved to its data: a JMH result file, a study directory, or a baseline
 * directory (with {@code baseline.json}) holding either.
 *
 * @param given the path as given
 * @param kind what the data is
 * @param data the JMH file or study directory itself
 * @param manifest the baseline manifest when {@code given} is a baseline, else null
 */
public record CompareInput(Path given, InputKind kind, Path data, BaselineManifest manifest) {

  /** Resolves {@code path}; a missing path or a JSON file that is not JMH's is bad input. */
  public static CompareInput resolve(Path path) {
    if (!Files.exists(path)) {
      throw new BadInputException("no such file or directory: " + path);
    }
    if (Files.isDirectory(path) && Files.isRegularFile(path.resolve(BaselineManifest.FILE))) {
      BaselineManifest m = Baselines.readManifest(path);
      Path data = path.resolve(m.data());
      if (!Files.exists(data)) {
        throw new BadInputException("the baseline " + path + " names " + m.data() + ", which is missing");
      }
      return new CompareInput(path, m.inputKind(), data, m);
    }
    if (Files.isDirectory(path)) {
      return new CompareInput(path, InputKind.STUDY, path, null);
    }
    if (!JmhResults.looksLikeJmh(path)) {
      throw new BadInputException(path + " is not a JMH result file (-rf json: an array of benchmarks with "
          + "primaryMetric); give a JMH JSON file, a study directory or a baseline directory");
    }
    return new CompareInput(path, InputKind.JMH, path, null);
  }
}
