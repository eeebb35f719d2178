package org.scalebench.workloads.comm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MessageBufferTest {
  @Test
  void patternRoundTripsAndMismatchesAreFoundAtTheirOffset() {
    MessageBuffer b = MessageBuffer.allocate(BufferKind.ARRAY, 100);
    b.fill(10, 50, 7);
    assertEquals(-1, b.firstMismatch(10, 50, 7));
    assertEquals(0, b.firstMismatch(10, 50, 8), "another seed must not match");
    b.scramble(10, 50, 7);
    assertEquals(0, b.firstMismatch(10, 50, 7), "every scrambled byte differs from the pattern");
    b.fill(10, 50, 7);
    ((byte[]) b.mpi())[10 + 33] ^= 1;
    assertEquals(33, b.firstMismatch(10, 50, 7));
  }

  @Test
  void arraysRefuseToActAsDirectBuffers() {
    MessageBuffer b = MessageBuffer.allocate(BufferKind.ARRAY, 8);
    assertThrows(IllegalStateException.class, b::direct);
  }

  @Test
  void iterationCountsSwitchAboveEightKibibytes() {
    Iterations it = new Iterations(1000, 100, 20, 2);
    assertEquals(1000, it.timed(8192));
    assertEquals(20, it.timed(8193));
    assertEquals(2, it.untimed(1 << 20));
    assertThrows(IllegalArgumentException.class, () -> new Iterations(0, 0, 1, 0));
  }
}
