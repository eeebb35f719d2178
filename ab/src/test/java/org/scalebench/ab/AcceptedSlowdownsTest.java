package org.scalebench.ab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scalebench.results.BadInputException;

class AcceptedSlowdownsTest {
  @Test
  void aTrailerNamesTheBenchmarksAndTheReason() {
    AcceptedSlowdowns a = AcceptedSlowdowns.parse("""
        Exact ratios everywhere

        Some text.

        Scalebench-Accepted-Slowdown: AllPairsBenchmark\\.ratioPruned: exact ratios cost a second pass
        """, "0123456789abcdef0123");
    assertEquals(1, a.entries().size());
    assertEquals("exact ratios cost a second pass", a.find("org.scalebench.bench.matching.AllPairsBenchmark.ratioPruned {n=1000}")
        .orElseThrow().reason());
    assertTrue(a.find("org.scalebench.bench.matching.PairKernelBenchmark.lcsRatio").isEmpty());
  }

  @Test
  void aTrailerWithoutAReasonOrWithABadPatternIsRefused() {
    BadInputException e = assertThrows(BadInputException.class,
        () -> AcceptedSlowdowns.parse("Scalebench-Accepted-Slowdown: Foo: slower\n", "0123456789abcdef"));
    assertTrue(e.getMessage().contains("needs a reason of a few words"), e.getMessage());
    e = assertThrows(BadInputException.class,
        () -> AcceptedSlowdowns.parse("Scalebench-Accepted-Slowdown: Foo(: it is slower now\n", "0123456789abcdef"));
    assertTrue(e.getMessage().contains("is not a regular expression"), e.getMessage());
  }

  @Test
  void aMessageWithoutTrailersAcceptsNothing() {
    assertTrue(AcceptedSlowdowns.parse("Faster kernel\n\nNo trailer here.", "abc").entries().isEmpty());
  }
}
