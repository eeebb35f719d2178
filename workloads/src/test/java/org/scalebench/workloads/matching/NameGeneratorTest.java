package org.scalebench.workloads.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameGeneratorTest {

  @Test
  void sameSeedSameLists() {
    assertEquals(new NameGenerator(3).generate(500, 400), new NameGenerator(3).generate(500, 400));
    assertNotEquals(new NameGenerator(3).generate(500, 400), new NameGenerator(4).generate(500, 400));
  }

  @Test
  void namesAreInTheLengthRangeAndIncludeNonAsciiAndNonBmp() {
    NameLists lists = new NameGenerator(1).generate(3000, 3000);
    assertEquals(3000, lists.left().size());
    assertEquals(3000, lists.right().size());
    boolean nonAscii = false;
    boolean nonBmp = false;
    for (List<String> list : List.of(lists.left(), lists.right())) {
      for (String name : list) {
        int length = name.codePointCount(0, name.length());
        assertTrue(length >= NameGenerator.MIN_LENGTH_CODE_POINTS
            && length <= NameGenerator.MAX_LENGTH_CODE_POINTS, name);
        nonAscii |= name.chars().anyMatch(c -> c > 127);
        nonBmp |= name.codePoints().anyMatch(Character::isSupplementaryCodePoint);
      }
    }
    assertTrue(nonAscii, "some names must have non-ASCII characters");
    assertTrue(nonBmp, "some names must have characters outside the BMP");
  }

  @Test
  void listsHaveMatchesAtPointEightIncludingSomeExactlyOnIt() {
    NameLists lists = new NameGenerator(9).generate(800, 800);
    List<MatchPair> pairs = new PairFinder(PreparedString.ofAll(lists.left()),
        PreparedString.ofAll(lists.right()), MatchSpec.ratioAtLeast(0.8)).findAll();
    assertTrue(pairs.size() >= 200, "expected many matches, got " + pairs.size());
    assertTrue(pairs.stream().anyMatch(p -> p.score() < 1.0), "near duplicates must match too");
    assertTrue(pairs.stream().anyMatch(p -> p.score() == 0.8), "some pairs sit exactly on 0.8");
  }

  @Test
  void negativeSizesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new NameGenerator(1).generate(-1, 3));
  }
}
