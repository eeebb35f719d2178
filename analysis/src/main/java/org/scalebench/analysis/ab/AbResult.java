package org.scalebench.analysis.ab;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.scalebench.results.Checks;
import org.scalebench.results.EnumText;

/**
 * Everything one {@code ab} run found; {@link AbJson} writes it as {@code ab.json}.
 *
 * @param mode interleaved or duet
 * @param a the baseline side
 * @param b the current side
 * @param createdAt when the run ended (UTC)
 * @param settings the thresholds the verdicts used
 * @param roundOrders which side ran first in each round, one per round of the run ({@link RoundOrder#TOGETHER}
 *     in every round of a duet run, never in an interleaved one); at least as many as any benchmark's rounds
 * @param verdicts one per benchmark
 * @param context how it was measured, e.g. host, JDK, JMH options; sorted by key; may be empty
 * @param warnings sentences the reader must see, e.g. a benchmark that failed in some rounds; may be empty
 */
public record AbResult(AbMode mode, AbVariant a, AbVariant b, Instant createdAt, AbSettings settings,
    List<RoundOrder> roundOrders, AbVerdicts verdicts, Map<String, String> context, List<String> warnings) {
  /** The version of {@code ab.json} this build writes and the newest it reads. */
  public static final int SCHEMA_VERSION = 1;
  public static final String FORMAT = "scalebench.ab";
  public static final String FILE = "ab.json";

  public AbResult {
    Checks.notNull("mode", mode);
    Checks.notNull("variant a", a);
    Checks.notNull("variant b", b);
    Checks.notNull("createdAt", createdAt);
    Checks.notNull("settings", settings);
    Checks.notNull("verdicts", verdicts);
    roundOrders = List.copyOf(Checks.notNull("roundOrders", roundOrders));
    for (int i = 0; i < roundOrders.size(); i++) {
      boolean together = roundOrders.get(i) == RoundOrder.TOGETHER;
      if (together != (mode == AbMode.DUET)) {
        throw new IllegalArgumentException("round " + (i + 1) + " of " + (mode == AbMode.DUET ? "a duet" : "an interleaved")
            + " run cannot be " + EnumText.token(roundOrders.get(i)));
      }
    }
    for (PairedVerdict v : verdicts.verdicts()) {
      if (v.rounds() > roundOrders.size()) {
        throw new IllegalArgumentException(v.id() + " has " + v.rounds() + " rounds but the run had "
            + roundOrders.size());
      }
    }
    context = Collections.unmodifiableMap(new TreeMap<>(Checks.notNull("context", context)));
    warnings = List.copyOf(Checks.notNull("warnings", warnings));
  }

  /** The rounds of the run. */
  public int rounds() {
    return roundOrders.size();
  }
}
