package org.scalebench.api.mpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MpiStatusTest {
  @Test
  void countsWholeElementsOfAType() {
    MpiStatus s = new MpiStatus(2, 7, 24);
    assertEquals(24, s.count(BufferType.BYTE));
    assertEquals(6, s.count(BufferType.INT));
    assertEquals(3, s.count(BufferType.DOUBLE));
  }

  @Test
  void aSizeThatIsNoWholeNumberOfElementsIsRefusedWithASentence() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> new MpiStatus(0, 1, 12).count(BufferType.LONG));
    assertEquals("a message of 12 bytes is not a whole number of LONG elements of 8 bytes", e.getMessage());
  }

  @Test
  void noWildcardOrNegativeValueIsAStatus() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new MpiStatus(MpiComm.ANY_SOURCE, 1, 0));
    assertEquals("source, tag and bytes must be >= 0, got source=-1, tag=1, bytes=0", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new MpiStatus(0, MpiComm.ANY_TAG, 0));
    assertThrows(IllegalArgumentException.class, () -> new MpiStatus(0, 0, -1));
  }
}
