package org.scalebench.workloads.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random strings over alphabets chosen to hit the kernels' corners. */
final class RandomStrings {
  /** Small alphabets make long common subsequences and many matches. */
  static final int[] BINARY = {'a', 'b'};
  static final int[] DNA = {'A', 'C', 'G', 'T'};
  /** ASCII, Latin-1, Greek, CJK and non-BMP (emoji, U+20BB7) in one alphabet. */
  static final int[] MIXED = {'a', 'b', 'c', 'x', ' ', '.', 'é', 'ß', 'Ω', 'λ', '北', '京', 0x1F600,
      0x1F680, 0x20BB7, 0x1D538};
  /** Only code points above Latin-1, so every mask lives in the hash table. */
  static final int[] HASHED = {0x3B1, 0x3B2, 0x3B3, 0x1F600, 0x1F601, 0x20BB7, 0x4E00};

  private final Random random;

  RandomStrings(long seed) {
    random = new Random(seed);
  }

  int[] next(int[] alphabet, int maxLength) {
    int length = random.nextInt(maxLength + 1);
    int[] s = new int[length];
    for (int i = 0; i < length; i++) {
      s[i] = alphabet[random.nextInt(alphabet.length)];
    }
    return s;
  }

  /** A copy of {@code s} with a few random edits, so that pairs are similar. */
  int[] mutate(int[] s, int[] alphabet, int edits) {
    List<Integer> out = new ArrayList<>();
    for (int c : s) {
      out.add(c);
    }
    for (int e = 0; e < edits; e++) {
      int kind = random.nextInt(3);
      int at = out.isEmpty() ? 0 : random.nextInt(out.size());
      if (kind == 0 || out.isEmpty()) {
        out.add(at, alphabet[random.nextInt(alphabet.length)]);
      } else if (kind == 1) {
        out.remove(at);
      } else {
        out.set(at, alphabet[random.nextInt(alphabet.length)]);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  static String string(int[] codePoints) {
    return new String(codePoints, 0, codePoints.length);
  }
}
