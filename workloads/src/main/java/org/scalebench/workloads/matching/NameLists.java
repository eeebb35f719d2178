package org.scalebench.workloads.matching;

import java.util.List;
import java.util.Objects;

/** Two lists of strings to match against each other, left by right. */
public record NameLists(List<String> left, List<String> right) {
  public NameLists {
    left = List.copyOf(Objects.requireNonNull(left, "left must not be null"));
    right = List.copyOf(Objects.requireNonNull(right, "right must not be null"));
  }
}
