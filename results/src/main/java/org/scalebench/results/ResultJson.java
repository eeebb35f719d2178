package org.scalebench.results;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The one JSON configuration of the store. Numbers come out of Jackson as {@link Double#toString},
 * which does not depend on the default locale; times are ISO-8601 UTC strings.
 */
public final class ResultJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
      // a newer minor writer may add fields; the schema version says when meaning changes
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .build();

  private static final ObjectWriter PRETTY = MAPPER.writer(
      new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

  private ResultJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Two-space indented JSON with a final newline, for files people read. */
  public static String pretty(Object value) {
    try {
      return PRETTY.writeValueAsString(value) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /** One line of JSON, no newline. */
  public static String line(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /** {@code file} as a {@code type}; a malformed or refused file is a {@link StoreFormatException} naming it. */
  public static <T> T read(Path file, Class<T> type) throws IOException {
    try {
      return MAPPER.readValue(file.toFile(), type);
    } catch (JsonProcessingException e) {
      throw formatError(file.toString(), e);
    }
  }

  /**
   * The error for JSON at {@code where} that Jackson could not read: the record's own sentence when
   * its constructor refused a value, else Jackson's message without its location noise.
   */
  public static StoreFormatException formatError(String where, JsonProcessingException e) {
    String why = e.getCause() instanceof IllegalArgumentException refused ? refused.getMessage()
        : e.getOriginalMessage();
    return new StoreFormatException(where + ": " + why);
  }
}
