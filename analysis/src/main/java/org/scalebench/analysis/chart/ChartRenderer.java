package org.scalebench.analysis.chart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/** Renders XChart charts to the requested formats, in memory. */
public final class ChartRenderer {
  private final Set<ChartFormat> formats;

  public ChartRenderer(Set<ChartFormat> formats) {
    if (formats.isEmpty()) {
      throw new IllegalArgumentException("formats must name at least one of " + EnumSet.allOf(ChartFormat.class));
    }
    this.formats = EnumSet.copyOf(formats);
  }

  public ChartImage render(String id, Chart<?, ?> chart) {
    try {
      byte[] png = formats.contains(ChartFormat.PNG)
          ? BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG) : null;
      String svg = null;
      if (formats.contains(ChartFormat.SVG)) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        svg = out.toString(StandardCharsets.UTF_8);
      }
      return new ChartImage(id, chart.getTitle(), png, svg);
    } catch (IOException e) {
      // both encoders write to memory here; an IOException would be a library bug
      throw new UncheckedIOException("cannot render chart " + id, e);
    }
  }
}
