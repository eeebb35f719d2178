package org.scalebench.slurm;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.scalebench.results.BadInputException;
import org.scalebench.results.Checks;
import org.scalebench.results.LaunchSpec;
import org.scalebench.results.ResultJson;
import org.scalebench.results.StoreFormatException;

/**
 * The runs of one Slurm job array: {@code <store>/<study>/slurm/<array>.runs.jsonl}, a header line
 * then one line per array task, task {@code i} on line {@code i + 2}. A task's job turns its line into
 * the run directory and {@code launch.json} when it starts ({@code prepare-run}), so that generating
 * a study writes one table per array instead of a directory and a file per run: 10,000 runs are a
 * few files, not 20,000.
 *
 * <p>Format, version 1: line 1 is {@code {"schemaVersion":1,"format":"scalebench-array-runs","tasks":N}};
 * each further line is an {@link Task} as one line of JSON.
 */
public final class ArrayRuns {
  public static final int SCHEMA_VERSION = 1;
  public static final String FORMAT = "scalebench-array-runs";
  public static final String SUFFIX = ".runs.jsonl";

  private ArrayRuns() {}

  /**
   * The first line of a table.
   *
   * @param schemaVersion the format version, {@code 1..SCHEMA_VERSION}
   * @param format always {@link #FORMAT}, so that a wrong file is named as such
   * @param tasks the number of task lines that follow, {@code >= 1}
   */
  @JsonPropertyOrder({"schemaVersion", "format", "tasks"})
  public record Header(int schemaVersion, String format, int tasks) {
    public Header {
      Checks.schemaVersion(schemaVersion, SCHEMA_VERSION);
      if (!FORMAT.equals(format)) {
        throw new IllegalArgumentException("format must be " + FORMAT + ", got " + format);
      }
      Checks.atLeast("tasks", tasks, 1);
    }
  }

  /**
   * One array task: the run it performs.
   *
   * @param task the array index, {@code >= 0}
   * @param runDir the run directory, absolute
   * @param launch what its ranks do
   */
  @JsonPropertyOrder({"task", "runDir", "launch"})
  public record Task(int task, String runDir, LaunchSpec launch) {
    public Task {
      Checks.atLeast("task", task, 0);
      Checks.nonBlank("runDir", runDir);
      if (!Path.of(runDir).isAbsolute()) {
        throw new IllegalArgumentException("runDir must be absolute, got " + runDir);
      }
      Checks.notNull("launch", launch);
    }
  }

  /** The table's text: the header and one line per task, tasks numbered from 0 in list order. */
  public static String text(List<Task> tasks) {
    StringBuilder s = new StringBuilder(tasks.size() * 512);
    s.append(ResultJson.line(new Header(SCHEMA_VERSION, FORMAT, tasks.size()))).append('\n');
    for (int i = 0; i < tasks.size(); i++) {
      if (tasks.get(i).task() != i) {
        throw new IllegalArgumentException("task " + i + " is numbered " + tasks.get(i).task());
      }
      s.append(ResultJson.line(tasks.get(i))).append('\n');
    }
    return s.toString();
  }

  /** Task {@code index} of the table {@code file}, reading only as far as its line. */
  public static Task read(Path file, int index) throws IOException {
    if (index < 0) {
      throw new BadInputException("array task index must be at least 0, got " + index);
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String first = in.readLine();
      if (first == null) {
        throw new StoreFormatException(file + " is empty; expected a " + FORMAT + " table");
      }
      Header header = parse(file, 1, first, Header.class);
      if (index >= header.tasks()) {
        throw new BadInputException(file + " has " + header.tasks() + " task(s); there is no task " + index);
      }
      for (int i = 0; i < index; i++) {
        if (in.readLine() == null) {
          throw new StoreFormatException(file + " ends after " + (i + 1) + " line(s); its header promises "
              + header.tasks() + " task(s)");
        }
      }
      String line = in.readLine();
      if (line == null) {
        throw new StoreFormatException(file + " has no line for task " + index + "; its header promises "
            + header.tasks() + " task(s)");
      }
      Task task = parse(file, index + 2, line, Task.class);
      if (task.task() != index) {
        throw new StoreFormatException(file + " line " + (index + 2) + " holds task " + task.task() + ", not " + index);
      }
      return task;
    } catch (NoSuchFileException e) {
      throw new BadInputException("no array table " + file);
    }
  }

  private static <T> T parse(Path file, int lineNumber, String line, Class<T> type) {
    try {
      return ResultJson.mapper().readValue(line, type);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw ResultJson.formatError(file + " line " + lineNumber, e);
    }
  }
}
