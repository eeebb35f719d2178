package org.scalebench.workloads.inputs;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scalebench.results.AtomicFiles;
import org.scalebench.results.Checks;
import org.scalebench.workloads.matching.MatchingConfig;
import org.scalebench.workloads.matching.NameGenerator;
import org.scalebench.workloads.matching.NameLists;

/**
 * The matching workload's generated lists as files: {@code dir/left.txt} and {@code dir/right.txt},
 * one name per line, UTF-8, each line ended by {@code \n} (the workload's {@code lines} format, where
 * a name may hold commas). {@code left=dir/left.txt right=dir/right.txt} then reads the lists that
 * {@code generate=}, {@code left-size=}, {@code right-size=} and {@code seed=} make in memory.
 *
 * @param dir the folder of the two files
 * @param leftCount left names, 1 to {@link MatchingConfig#MAX_GENERATED}
 * @param rightCount right names, 1 to {@link MatchingConfig#MAX_GENERATED}
 * @param seed the generator's seed
 */
public record NameListFiles(Path dir, int leftCount, int rightCount, long seed) implements InputRecipe {
  public static final String LEFT = "left.txt";
  public static final String RIGHT = "right.txt";

  public NameListFiles {
    Checks.notNull("dir", dir);
    Checks.atLeast("leftCount", leftCount, 1);
    Checks.atLeast("rightCount", rightCount, 1);
    if (leftCount > MatchingConfig.MAX_GENERATED || rightCount > MatchingConfig.MAX_GENERATED) {
      throw new IllegalArgumentException("leftCount and rightCount must be at most " + MatchingConfig.MAX_GENERATED
          + ", got " + leftCount + " and " + rightCount);
    }
  }

  @Override
  public String generator() {
    return "scalebench data names";
  }

  @Override
  public int generatorVersion() {
    return 1;
  }

  @Override
  public Map<String, Object> settings() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("leftCount", leftCount);
    s.put("rightCount", rightCount);
    s.put("seed", seed);
    return s;
  }

  @Override
  public List<Path> outputs() {
    return List.of(dir.resolve(LEFT), dir.resolve(RIGHT));
  }

  @Override
  public void write() throws IOException {
    NameLists lists = new NameGenerator(seed).generate(leftCount, rightCount);
    writeLines(dir.resolve(LEFT), lists.left());
    writeLines(dir.resolve(RIGHT), lists.right());
  }

  private static void writeLines(Path file, List<String> names) throws IOException {
    try (AtomicFiles.Writer target = AtomicFiles.open(file)) {
      Writer out = new BufferedWriter(new OutputStreamWriter(target.stream(), StandardCharsets.UTF_8), 1 << 16);
      for (String name : names) {
        // a line break inside a name would split it into two strings of the lines format
        if (name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0) {
          throw new IllegalStateException("a generated name holds a line break: " + name);
        }
        out.write(name);
        out.write('\n');
      }
      out.flush();
      target.commit();
    }
  }
}
