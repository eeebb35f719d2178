package org.scalebench.workloads.matching;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A list of strings as two flat arrays, the form in which the lists are broadcast: all strings'
 * UTF-8 bytes back to back, and {@code size + 1} offsets ({@code offsets[i]} is where string
 * {@code i} starts, {@code offsets[size]} the total). Two arrays travel as two buffer broadcasts,
 * instead of one serialized object per string.
 *
 * @param utf8 the concatenated UTF-8 bytes
 * @param offsets ascending offsets into {@code utf8}, starting at 0 and ending at its length
 */
public record PackedStrings(byte[] utf8, int[] offsets) {
  public PackedStrings {
    Objects.requireNonNull(utf8, "utf8 must not be null");
    Objects.requireNonNull(offsets, "offsets must not be null");
    if (offsets.length == 0 || offsets[0] != 0 || offsets[offsets.length - 1] != utf8.length) {
      throw new IllegalArgumentException("offsets must start at 0 and end at the " + utf8.length
          + " bytes, got " + (offsets.length == 0 ? "none" : offsets[0] + " .. " + offsets[offsets.length - 1]));
    }
  }

  /** Packs {@code strings}; fails when their UTF-8 exceeds 2 GiB - 1 bytes. */
  public static PackedStrings pack(List<String> strings) {
    byte[][] encoded = new byte[strings.size()][];
    int[] offsets = new int[strings.size() + 1];
    long total = 0;
    for (int i = 0; i < encoded.length; i++) {
      encoded[i] = strings.get(i).getBytes(StandardCharsets.UTF_8);
      total += encoded[i].length;
      if (total > Integer.MAX_VALUE - 16) {
        throw new IllegalArgumentException("the strings' UTF-8 exceeds 2 GiB (at string " + i + ")");
      }
      offsets[i + 1] = (int) total;
    }
    byte[] utf8 = new byte[(int) total];
    for (int i = 0; i < encoded.length; i++) {
      System.arraycopy(encoded[i], 0, utf8, offsets[i], encoded[i].length);
    }
    return new PackedStrings(utf8, offsets);
  }

  public int size() {
    return offsets.length - 1;
  }

  /** The strings again, in order. */
  public List<String> unpack() {
    List<String> strings = new ArrayList<>(size());
    for (int i = 0; i < size(); i++) {
      strings.add(new String(utf8, offsets[i], offsets[i + 1] - offsets[i], StandardCharsets.UTF_8));
    }
    return strings;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PackedStrings p && Arrays.equals(utf8, p.utf8) && Arrays.equals(offsets, p.offsets);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(utf8) + Arrays.hashCode(offsets);
  }

  @Override
  public String toString() {
    return "PackedStrings[" + size() + " strings, " + utf8.length + " bytes]";
  }
}
