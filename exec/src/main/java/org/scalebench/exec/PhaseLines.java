package org.scalebench.exec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scalebench.results.PhaseKind;
import org.scalebench.results.RankRecord;
import org.scalebench.results.ResultJson;

/**
 * The phase records a rank's program appends to its records file, in any language: one JSON object
 * per line with exactly the keys {@code phase} (non-blank text), {@code kind} ({@code compute},
 * {@code comm} or {@code io}), {@code seconds} (finite, {@code >= 0}), and optionally {@code
 * waitSeconds} (default 0, {@code 0 <= waitSeconds <= seconds}, comm only), {@code bytes} and {@code
 * calls} (whole numbers {@code >= 0}, defaults 0 and 1). Blank lines are skipped. Lines of the same
 * phase and kind are summed into one {@link RankRecord}, in order of first appearance.
 */
public final class PhaseLines {
  /** The keys a line may have, in the order messages list them. */
  static final List<String> KEYS = List.of("phase", "kind", "seconds", "waitSeconds", "bytes", "calls");
  private static final ObjectReader TREE = ResultJson.mapper().reader();

  /** A line the merge refuses: the message names the file, the line number and what is wrong. */
  public static final class MalformedException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedException(String message) {
      super(message);
    }
  }

  private PhaseLines() {}

  /**
   * The records of {@code rank} on {@code host} in {@code file}, summed per phase and kind; empty
   * when the file does not exist (the program wrote nothing).
   *
   * @param shownAs how messages name the file, e.g. {@code exec/rank-1.jsonl}
   * @throws MalformedException at the first line that is not a valid record
   */
  public static List<RankRecord> read(Path file, String shownAs, int rank, String host)
      throws IOException, MalformedException {
    Map<String, RankRecord> byPhase = new LinkedHashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        RankRecord r = parse(line, rank, host, shownAs + " line " + number);
        byPhase.merge(r.phase() + "\u0000" + r.kind(), r, PhaseLines::sum);
      }
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (CharacterCodingException e) {
      throw new MalformedException(shownAs + " is not UTF-8 text");
    }
    return new ArrayList<>(byPhase.values());
  }

  private static RankRecord sum(RankRecord a, RankRecord b) {
    return new RankRecord(a.rank(), a.host(), a.phase(), a.kind(), a.seconds() + b.seconds(),
        a.waitSeconds() + b.waitSeconds(), a.bytes() + b.bytes(), a.calls() + b.calls());
  }

  static RankRecord parse(String line, int rank, String host, String where) throws MalformedException {
    JsonNode node;
    try {
      node = TREE.readTree(line);
    } catch (JsonProcessingException e) {
      throw new MalformedException(where + " is not JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new MalformedException(where + " is not a JSON object");
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!KEYS.contains(name)) {
        throw new MalformedException(where + " has the unknown key '" + name + "' (the keys are "
            + String.join(", ", KEYS) + ")");
      }
    }
    JsonNode phase = node.get("phase");
    if (phase == null || !phase.isTextual() || phase.asText().isBlank()) {
      throw new MalformedException(where + ": 'phase' must be a non-blank string, got " + shown(phase));
    }
    JsonNode kindNode = node.get("kind");
    PhaseKind kind = kindNode != null && kindNode.isTextual() ? kindOf(kindNode.asText()) : null;
    if (kind == null) {
      throw new MalformedException(where + ": 'kind' must be \"compute\", \"comm\" or \"io\", got " + shown(kindNode));
    }
    double seconds = seconds(node, "seconds", where, true);
    double wait = seconds(node, "waitSeconds", where, false);
    if (wait > seconds) {
      throw new MalformedException(where + ": 'waitSeconds' " + wait + " exceeds 'seconds' " + seconds);
    }
    if (wait > 0 && kind != PhaseKind.COMM) {
      throw new MalformedException(where + ": only a comm phase waits, but this " + kind.name().toLowerCase(Locale.ROOT)
          + " phase has 'waitSeconds' " + wait);
    }
    long bytes = count(node, "bytes", where, 0);
    long calls = count(node, "calls", where, 1);
    return new RankRecord(rank, host, phase.asText(), kind, seconds, wait, bytes, calls);
  }

  private static PhaseKind kindOf(String text) {
    for (PhaseKind k : PhaseKind.values()) {
      if (k.name().toLowerCase(Locale.ROOT).equals(text)) {
        return k;
      }
    }
    return null;
  }

  private static double seconds(JsonNode node, String key, String where, boolean required) throws MalformedException {
    JsonNode v = node.get(key);
    if (v == null && !required) {
      return 0;
    }
    if (v == null || !v.isNumber() || !Double.isFinite(v.asDouble()) || v.asDouble() < 0) {
      throw new MalformedException(where + ": '" + key + "' must be a finite number >= 0, got " + shown(v));
    }
    return v.asDouble();
  }

  private static long count(JsonNode node, String key, String where, long absent) throws MalformedException {
    JsonNode v = node.get(key);
    if (v == null) {
      return absent;
    }
    if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < 0) {
      throw new MalformedException(where + ": '" + key + "' must be a whole number >= 0, got " + shown(v));
    }
    return v.asLong();
  }

  private static String shown(JsonNode v) {
    return v == null ? "nothing" : v.toString();
  }
}
