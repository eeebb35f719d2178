package org.scalebench.analysis.scaling;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scalebench.results.Checks;

/**
 * One configuration of the side-by-side comparison.
 *
 * @param shape the configuration
 * @param points per variant label (in the comparison's order), its point here; a variant that did not
 *     measure the configuration is absent
 * @param ratios each other variant against the fastest here, in the comparison's order; empty when fewer
 *     than two variants measured it
 */
public record VariantRow(ShapeKey shape, Map<String, ScalingRow> points, List<VariantRatio> ratios) {
  public VariantRow {
    Checks.notNull("shape", shape);
    points = Collections.unmodifiableMap(new LinkedHashMap<>(points));
    if (points.isEmpty()) {
      throw new IllegalArgumentException("configuration " + shape + " needs at least one variant's point");
    }
    ratios = List.copyOf(ratios);
  }

  /** True when at least two variants measured this configuration. */
  public boolean common() {
    return points.size() >= 2;
  }

  /** True when some variant ran this configuration oversubscribed. */
  public boolean oversubscribed() {
    return points.values().stream().anyMatch(ScalingRow::oversubscribed);
  }
}
