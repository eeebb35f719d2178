package org.scalebench.workloads.inputs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.scalebench.results.AtomicFiles;
import org.scalebench.results.ResultJson;

/**
 * Writes a recipe's files unless they are already there with the same settings. Next to each
 * output {@code F} lies {@code F.data.json}: {@code {"schemaVersion":1,"generator":...,
 * "generatorVersion":..., <settings>}}. The outputs are kept when every one of them exists and
 * every record holds exactly the settings asked for; otherwise the records are deleted first, the
 * outputs written atomically, then the records, so a record only ever describes a complete output
 * (an interrupted rewrite leaves outputs without records, which the next call writes again).
 */
public final class GeneratedInputs {
  /** The schema of the {@code .data.json} records. */
  public static final int SCHEMA_VERSION = 1;
  /** The suffix of the record next to each output. */
  public static final String RECORD_SUFFIX = ".data.json";

  private GeneratedInputs() {}

  /** What {@link #ensure} did. */
  public enum Outcome { KEPT, WRITTEN }

  /**
   * Writes {@code recipe}'s outputs and their records, or keeps them.
   *
   * @param force write even when the outputs are there with the same settings
   */
  public static Outcome ensure(InputRecipe recipe, boolean force) throws IOException {
    ObjectNode wanted = record(recipe);
    if (!force && upToDate(recipe.outputs(), wanted)) {
      return Outcome.KEPT;
    }
    for (Path output : recipe.outputs()) {
      Files.deleteIfExists(recordOf(output));
    }
    recipe.write();
    String text = ResultJson.pretty(wanted);
    for (Path output : recipe.outputs()) {
      AtomicFiles.writeString(recordOf(output), text);
    }
    return Outcome.WRITTEN;
  }

  /** The record next to {@code output}. */
  public static Path recordOf(Path output) {
    return output.resolveSibling(output.getFileName() + RECORD_SUFFIX);
  }

  static ObjectNode record(InputRecipe recipe) {
    ObjectNode node = ResultJson.mapper().createObjectNode();
    node.put("schemaVersion", SCHEMA_VERSION);
    node.put("generator", recipe.generator());
    node.put("generatorVersion", recipe.generatorVersion());
    for (Map.Entry<String, Object> e : recipe.settings().entrySet()) {
      node.set(e.getKey(), ResultJson.mapper().valueToTree(e.getValue()));
    }
    return node;
  }

  /** Every output and record there, and every record equal to {@code wanted} (an unreadable one is not). */
  private static boolean upToDate(List<Path> outputs, ObjectNode asked) throws IOException {
    // as read back: Jackson's nodes of one number differ by type (a long seed reads back as an int)
    JsonNode wanted = ResultJson.mapper().readTree(ResultJson.pretty(asked));
    for (Path output : outputs) {
      Path record = recordOf(output);
      if (!Files.isRegularFile(output) || !Files.isRegularFile(record)) {
        return false;
      }
      try {
        if (!wanted.equals(ResultJson.mapper().readTree(record.toFile()))) {
          return false;
        }
      } catch (IOException e) {
        return false; // a damaged record: the files are written again, which repairs it
      }
    }
    return true;
  }
}
