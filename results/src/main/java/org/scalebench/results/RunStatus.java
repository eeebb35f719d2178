package org.scalebench.results;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The outcome of one run, as its {@code run.json} states it. */
public enum RunStatus {
  @JsonProperty("ok")
  OK,
  @JsonProperty("failed")
  FAILED
}
