package org.scalebench.results;

import java.util.Collection;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean" for misspelt keys and names. */
public final class Suggest {
  private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(3);

  private Suggest() {}

  /**
   * The known word closest to {@code unknown} (edit distance at most 3, or a case-insensitive
   * match), as {@code " (did you mean 'x'?)"}, or "" when none is close.
   */
  public static String closest(String unknown, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = k.equalsIgnoreCase(unknown) ? 0 : DISTANCE.apply(unknown.toLowerCase(java.util.Locale.ROOT),
          k.toLowerCase(java.util.Locale.ROOT));
      if (d >= 0 && d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return best == null ? "" : " (did you mean '" + best + "'?)";
  }
}
