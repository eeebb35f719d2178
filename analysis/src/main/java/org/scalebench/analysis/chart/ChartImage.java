package org.scalebench.analysis.chart;

import java.util.Base64;
import org.scalebench.results.Checks;

/**
 * A rendered chart.
 *
 * @param id a file-name-safe identifier, unique within a report
 * @param title the chart's title, also its alt text
 * @param png the PNG bytes, or null when PNG was not asked for
 * @param svg the SVG document, or null when SVG was not asked for
 */
public record ChartImage(String id, String title, byte[] png, String svg) {
  public ChartImage {
    Checks.nonBlank("id", id);
    Checks.nonBlank("title", title);
    if (png == null && svg == null) {
      throw new IllegalArgumentException("chart " + id + " has neither PNG nor SVG");
    }
  }

  /** {@code data:image/png;base64,...}; only when {@link #png()} is set. */
  public String pngDataUri() {
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
  }
}
