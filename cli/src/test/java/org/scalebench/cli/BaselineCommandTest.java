package org.scalebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.analysis.testing.JmhJson;

/** {@code baseline update} and {@code baseline list} through {@link Main}: one prefix, one set of exit codes. */
class BaselineCommandTest {
  @TempDir Path dir;

  @Test
  void updateThenListShowsTheProvenance() throws Exception {
    Path jmh = new JmhJson().add("org.scalebench.bench.X.run", "avgt", "ns/op", Map.of(),
        JmhJson.logNormal(new SplittableRandom(1), 10, 100, 0.05)).write(dir.resolve("jmh.json"));
    Path root = dir.resolve("baselines");
    var update = CommandLineTest.run("baseline", "update", "--from", jmh.toString(), "--name", "quick", "--root",
        root.toString(), "--commit", "0123abc", "--note", "first");
    assertEquals(0, update.exit(), update.err());
    assertTrue(update.out().startsWith("baseline quick (jmh, commit 0123abc, "), update.out());
    var list = CommandLineTest.run("baseline", "list", "--root", root.toString());
    assertEquals(0, list.exit(), list.err());
    assertTrue(list.out().startsWith("quick  jmh  commit 0123abc  "), list.out());
    assertTrue(list.out().strip().endsWith("first"), list.out());
  }

  @Test
  void badInputIsOneSentenceWithTheOnePrefix() throws Exception {
    var missing = CommandLineTest.run("baseline", "update", "--from", dir.resolve("nope.json").toString(), "--name",
        "x", "--root", dir.toString());
    assertEquals(2, missing.exit(), missing.err());
    assertTrue(missing.err().startsWith("scalebench: "), missing.err());
    assertEquals(1, missing.err().strip().lines().count(), missing.err());
    var noRoot = CommandLineTest.run("baseline", "list", "--root", dir.resolve("none").toString());
    assertEquals(2, noRoot.exit(), noRoot.err());
    assertTrue(noRoot.err().startsWith("scalebench: no baseline directory " + dir.resolve("none")), noRoot.err());
  }
}
