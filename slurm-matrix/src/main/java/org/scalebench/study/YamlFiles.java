package org.scalebench.study;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.scalebench.results.BadInputException;

/**
 * Reads the YAML files of a study (the spec and its profiles) into trees. Every way a file can be
 * unreadable ends in one sentence that names the file and, where the parser knows it, the line.
 */
final class YamlFiles {
  private static final YAMLMapper YAML = YAMLMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .build();

  private YamlFiles() {}

  /** The document in {@code file}, never empty. */
  static JsonNode read(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new BadInputException(file + " is a directory, not a YAML file");
    }
    if (!Files.isRegularFile(file)) {
      throw new BadInputException("no such file: " + file);
    }
    try {
      JsonNode n = YAML.readTree(file.toFile());
      if (n == null || n.isMissingNode() || n.isNull()) {
        throw new BadInputException(file + " is empty");
      }
      return n;
    } catch (JsonProcessingException e) {
      throw new BadInputException(file + YamlMessages.describe(e));
    } catch (NoSuchFileException e) {
      throw new BadInputException("no such file: " + file);
    } catch (AccessDeniedException e) {
      throw new BadInputException("cannot read " + file + ": permission denied");
    }
  }

  /** The document in a stream (a resource of the jar), named {@code label} in messages; never empty. */
  static JsonNode read(String label, InputStream in) throws IOException {
    if (in == null) {
      throw new BadInputException("no " + label);
    }
    try {
      JsonNode n = YAML.readTree(in);
      if (n == null || n.isMissingNode() || n.isNull()) {
        throw new BadInputException(label + " is empty");
      }
      return n;
    } catch (JsonProcessingException e) {
      throw new BadInputException(label + YamlMessages.describe(e));
    }
  }
}
