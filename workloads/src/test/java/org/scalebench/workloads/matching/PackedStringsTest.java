package org.scalebench.workloads.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PackedStringsTest {
  @Test
  void packingKeepsEveryStringIncludingEmptyAndNonBmpOnes() {
    List<String> strings = List.of("Zoë", "", "𠮷野家", "a,b\nc", "🚀 Launch Labs", "");
    PackedStrings packed = PackedStrings.pack(strings);
    assertEquals(strings.size(), packed.size());
    assertEquals(strings, packed.unpack());
    assertEquals(packed, new PackedStrings(packed.utf8().clone(), packed.offsets().clone()));
    assertEquals(List.of(), PackedStrings.pack(List.of()).unpack());
  }

  @Test
  void offsetsMustSpanTheBytes() {
    assertThrows(IllegalArgumentException.class, () -> new PackedStrings(new byte[3], new int[] {0, 2}));
    assertThrows(IllegalArgumentException.class, () -> new PackedStrings(new byte[0], new int[0]));
  }
}
