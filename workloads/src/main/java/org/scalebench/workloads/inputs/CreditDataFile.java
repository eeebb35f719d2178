package org.scalebench.workloads.inputs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scalebench.results.Checks;
import org.scalebench.workloads.gridsearch.GridSearchSettings;
import org.scalebench.workloads.gridsearch.data.CreditDataGenerator;

/**
 * The grid search's generated credit-score data as a file: the rows {@code data=generated rows=N
 * seed=S} makes in memory, which {@code data=FILE} reads with the credit-score preset.
 *
 * @param file the CSV file
 * @param rows {@link GridSearchSettings#MIN_GENERATED_ROWS} to {@link GridSearchSettings#MAX_GENERATED_ROWS}
 * @param seed the generator's seed
 */
public record CreditDataFile(Path file, int rows, long seed) implements InputRecipe {
  public CreditDataFile {
    Checks.notNull("file", file);
    if (rows < GridSearchSettings.MIN_GENERATED_ROWS || rows > GridSearchSettings.MAX_GENERATED_ROWS) {
      throw new IllegalArgumentException("rows must be between " + GridSearchSettings.MIN_GENERATED_ROWS + " and "
          + GridSearchSettings.MAX_GENERATED_ROWS + ", got " + rows);
    }
  }

  @Override
  public String generator() {
    return "scalebench data credit";
  }

  @Override
  public int generatorVersion() {
    return 1;
  }

  @Override
  public Map<String, Object> settings() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("rows", rows);
    s.put("seed", seed);
    return s;
  }

  @Override
  public List<Path> outputs() {
    return List.of(file);
  }

  @Override
  public void write() throws IOException {
    new CreditDataGenerator(seed).write(file, rows);
  }
}
