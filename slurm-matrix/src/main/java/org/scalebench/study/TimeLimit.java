package org.scalebench.study;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time limits as people write them: {@code 90s}, {@code 10m}, {@code 2h}, Slurm's {@code MM},
 * {@code HH:MM:SS} and {@code D-HH:MM:SS}. Always written back in Slurm's {@code D-HH:MM:SS}.
 */
public final class TimeLimit {
  private static final Pattern UNIT = Pattern.compile("(\\d+)\\s*(s|m|min|h|d)");
  private static final Pattern CLOCK = Pattern.compile("(?:(\\d+)-)?(?:(\\d+):)?(\\d+):(\\d+)");

  private TimeLimit() {}

  /** The duration, or null when {@code text} is none of the accepted forms or not positive. */
  public static Duration parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    try {
      if (t.matches("\\d+")) {
        return positive(Duration.ofMinutes(Long.parseLong(t))); // Slurm: a bare number is minutes
      }
      Matcher u = UNIT.matcher(t);
      if (u.matches()) {
        long n = Long.parseLong(u.group(1));
        return positive(switch (u.group(2)) {
          case "s" -> Duration.ofSeconds(n);
          case "m", "min" -> Duration.ofMinutes(n);
          case "h" -> Duration.ofHours(n);
          default -> Duration.ofDays(n);
        });
      }
      Matcher c = CLOCK.matcher(t);
      if (c.matches()) {
        long days = c.group(1) == null ? 0 : Long.parseLong(c.group(1));
        long hours = c.group(2) == null ? 0 : Long.parseLong(c.group(2));
        long minutes = Long.parseLong(c.group(3));
        long seconds = Long.parseLong(c.group(4));
        if (c.group(2) == null) { // MM:SS
          return positive(Duration.ofDays(days).plusMinutes(minutes).plusSeconds(seconds));
        }
        return positive(Duration.ofDays(days).plusHours(hours).plusMinutes(minutes).plusSeconds(seconds));
      }
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
    return null;
  }

  private static Duration positive(Duration d) {
    return d.isZero() || d.isNegative() ? null : d;
  }

  /** Slurm's {@code D-HH:MM:SS}, rounded up to whole seconds. */
  public static String slurm(Duration d) {
    long s = d.getSeconds() + (d.getNano() > 0 ? 1 : 0);
    return String.format(Locale.ROOT, "%d-%02d:%02d:%02d", s / 86400, s % 86400 / 3600, s % 3600 / 60, s % 60);
  }
}
