package org.scalebench.results;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a rank's time went in one phase. */
public enum PhaseKind {
  /** Local work: no message passing, no file access. */
  @JsonProperty("compute")
  COMPUTE,
  /** Message passing: point-to-point and collectives, split into wait and transfer. */
  @JsonProperty("comm")
  COMM,
  /** Reading inputs and writing outputs. */
  @JsonProperty("io")
  IO
}
