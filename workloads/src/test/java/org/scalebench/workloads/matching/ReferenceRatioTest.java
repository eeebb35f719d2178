package org.scalebench.workloads.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * python-Levenshtein 0.12's {@code ratio} on hand-picked pairs, as exact fractions {@code 2 * lcs /
 * lensum} with lengths in code points (the values were also printed by {@code
 * Levenshtein.ratio} and agreed bit for bit).
 */
class ReferenceRatioTest {

  static List<Arguments> references() {
    return List.of(
        Arguments.of("kitten", "sitting", 8, 13),
        Arguments.of("a b", "ab", 4, 5),
        Arguments.of("", "", 1, 1),
        Arguments.of("", "abc", 0, 3),
        Arguments.of("abc", "", 0, 3),
        Arguments.of("abc", "abc", 6, 6),
        Arguments.of("abc", "ABC", 0, 6),
        Arguments.of("a", "b", 0, 2),
        Arguments.of("Acme Corp.", "Acme Corporation", 18, 26),
        Arguments.of("Acme Inc", "ACME Inc.", 10, 17),
        Arguments.of("John Smith", "Jon Smith", 18, 19),
        Arguments.of("John Smith", "Smith John", 10, 20),
        Arguments.of("Müller GmbH", "Mueller GmbH", 20, 23),
        Arguments.of("José García", "Jose Garcia", 18, 22),
        Arguments.of("Zoë Ørsted", "Zoe Orsted", 16, 20),
        Arguments.of("Łukasz Kowalski", "Lukasz Kowalski", 28, 30),
        Arguments.of("Peter Miller", "Peter Müller", 22, 24),
        Arguments.of("Ωmega", "Omega", 8, 10),
        // outside the BMP: one code point each, two UTF-16 chars
        Arguments.of("𠮷野家", "吉野家", 4, 6),
        Arguments.of("😀 Smile Ltd", "😀 Smiles Ltd", 22, 23),
        Arguments.of("😀😀", "😀", 2, 3),
        Arguments.of("𝔸𝔹ℂ", "ABC", 0, 6),
        Arguments.of("北京大学", "北京", 4, 6),
        // exactly 0.8
        Arguments.of("abcde", "abcdx", 8, 10),
        Arguments.of("Smith", "Smyth", 8, 10),
        Arguments.of("aaaa", "aaaaaa", 8, 10),
        Arguments.of("abcd", "abce", 6, 8),
        Arguments.of("Anna", "Hanna", 6, 9),
        Arguments.of("Johnson & Johnson", "Johnson and Johnson", 32, 36),
        Arguments.of("International Business Machines", "Intl Business Machines", 44, 53),
        Arguments.of("Koch", "Koch ", 8, 9),
        Arguments.of("abcdefghij", "abcdefghjk", 18, 20),
        Arguments.of("Maria Schneider", "Maria Schnieder", 28, 30),
        Arguments.of("Deutsche Bank AG", "Deutsche Bank", 26, 29),
        Arguments.of("Siemens AG", "Siemens", 14, 17),
        Arguments.of("ab".repeat(40), "ba".repeat(40), 158, 160));
  }

  @ParameterizedTest(name = "ratio({0}, {1}) = {2}/{3}")
  @MethodSource("references")
  void ratioIsTheExactFractionOfPythonLevenshtein(String a, String b, int numerator, int denominator) {
    double expected = (double) numerator / (double) denominator;
    assertEquals(expected, SimilarityMetric.INDEL_RATIO.score(a, b), 0.0);
    assertEquals(expected, SimilarityMetric.INDEL_RATIO.score(b, a), 0.0);
    assertEquals(expected, DpOracle.pythonRatio(a, b), 0.0);
  }

  @Test
  void theSingleDivisionDiffersFromOneMinusTheDistanceRatioInTheLastBit() {
    // 18/19 versus 1 - 1/19: why the score is one division, not a subtraction
    assertNotEquals(1.0 - 1.0 / 19.0, SimilarityMetric.INDEL_RATIO.score("John Smith", "Jon Smith"));
    // a pair exactly on a threshold of 2/3 stays on it
    assertEquals(2.0 / 3.0, SimilarityMetric.INDEL_RATIO.score("Anna", "Hanna"), 0.0);
  }

  @Test
  void levenshteinSimilarityIsOneMinusDistanceOverTheLongerLength() {
    assertEquals(1.0 - 3.0 / 7.0, SimilarityMetric.LEVENSHTEIN_SIMILARITY.score("kitten", "sitting"), 0.0);
    assertEquals(1.0, SimilarityMetric.LEVENSHTEIN_SIMILARITY.score("", ""), 0.0);
    assertEquals(0.0, SimilarityMetric.LEVENSHTEIN_SIMILARITY.score("", "abc"), 0.0);
    // one code point substituted among three: Commons Text would count 2 of 6 UTF-16 chars
    assertEquals(1.0 - 1.0 / 3.0, SimilarityMetric.LEVENSHTEIN_SIMILARITY.score("𠮷野家", "吉野家"), 0.0);
  }
}
