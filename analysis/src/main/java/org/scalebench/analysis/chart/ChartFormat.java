package org.scalebench.analysis.chart;

/** Image formats a chart can be rendered to. */
public enum ChartFormat {
  /** Raster, embedded as a base64 data URI. */
  PNG,
  /** Vector, embedded inline; drawn through VectorGraphics2D. */
  SVG
}
