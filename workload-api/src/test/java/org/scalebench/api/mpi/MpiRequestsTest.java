package org.scalebench.api.mpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MpiRequestsTest {
  @Test
  void aNewSetHasNothingPending() {
    assertEquals(0, new MpiRequests(4).pending());
  }

  @Test
  void aSetHoldsAtLeastOneRequest() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MpiRequests(0));
    assertEquals("capacity must be >= 1, got 0", e.getMessage());
  }
}
