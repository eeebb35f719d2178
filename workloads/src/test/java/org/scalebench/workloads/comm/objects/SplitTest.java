package org.scalebench.workloads.comm.objects;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class SplitTest {
  @Test
  void unevenSizesKeepEveryElement() {
    Split s = Split.of(10, 4);
    assertArrayEquals(new int[] {3, 3, 2, 2}, s.counts());
    assertArrayEquals(new int[] {0, 3, 6, 8}, s.displs());
    assertFalse(s.even());
    assertTrue(Split.of(12, 4).even());
    assertArrayEquals(new int[] {24, 24, 16, 16}, s.scaledCounts(8));
  }

  @Test
  void fewerElementsThanRanksLeavesSomeRanksEmpty() {
    Split s = Split.of(2, 4);
    assertArrayEquals(new int[] {1, 1, 0, 0}, s.counts());
  }

  @Test
  void serializedListsRoundTrip() {
    ArrayList<Double> list = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      list.add(i * 0.5);
    }
    byte[] bytes = Serialization.toBytes(list);
    byte[] padded = new byte[bytes.length + 7];
    System.arraycopy(bytes, 0, padded, 7, bytes.length);
    assertEquals(list, Serialization.fromBytes(padded, 7, bytes.length));
    assertTrue(bytes.length > 8 * 1000, "boxed doubles cost more than 8 bytes each: " + bytes.length);
  }
}
