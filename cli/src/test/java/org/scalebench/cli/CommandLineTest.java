package org.scalebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's answers to bad input: one sentence, exit 2, no stack trace; checked before any launch. */
class CommandLineTest {
  @TempDir Path dir;

  record Result(int exit, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(exit, out.toString(), err.toString());
  }

  @Test
  void unknownWorkload() {
    Result r = run("run", "--workload", "nope", "--out", dir.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("scalebench: unknown workload 'nope'"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void badParameterValue() {
    Result r = run("run", "--workload", "sum", "--param", "n=-5", "--out", dir.toString());
    assertEquals(2, r.exit());
    assertEquals("scalebench: parameter n='-5' of workload sum is out of range: must be between 1 and 2147483631\n",
        r.err());
  }

  @Test
  void zeroRanks() {
    Result r = run("run", "--workload", "sum", "--ranks", "0", "--out", dir.toString());
    assertEquals(2, r.exit());
    assertEquals("scalebench: --ranks must be at least 1, got 0\n", r.err());
  }

  @Test
  void unwritableOutputFolder() throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    Result r = run("run", "--workload", "sum", "--out", file.resolve("store").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("scalebench: cannot write to the output folder " + file.resolve("store")), r.err());
  }

  @Test
  void unknownOptionShowsHowToGetHelp() {
    Result r = run("run", "--workload", "sum", "--rnaks", "2");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("Unknown option: '--rnaks'"), r.err());
    assertTrue(r.err().contains("Try 'scalebench run --help'"), r.err());
  }

  @Test
  void everyVerbHasHelp() {
    for (String verb : new String[] {"run", "demo", "workloads", "analyze", "bench", "compare", "baseline"}) {
      Result r = run(verb, "--help");
      assertEquals(0, r.exit(), verb);
      assertTrue(r.out().startsWith("Usage: scalebench " + verb), r.out());
    }
  }

  @Test
  void workloadsListsParametersWithDefaults() {
    Result r = run("workloads");
    assertEquals(0, r.exit());
    assertTrue(r.out().contains("sum  rank 0 scatters"), r.out());
    assertTrue(r.out().contains("    n=100  how many numbers to sum"), r.out());
  }

  @Test
  void aWorkloadJarThatDoesNotExistIsOneSentenceForEveryVerbThatTakesIt() throws Exception {
    Path missing = dir.resolve("mine.jar");
    Path spec = Files.writeString(dir.resolve("s.yaml"), "study: s\nworkload: sum\nmatrix: {nodes: 1}\n"
        + "profile: {coresPerNode: 2, launch: mpirun}\n");
    String sentence = "scalebench: workload jar " + missing + " does not exist\n";
    for (String[] args : new String[][] {
        {"workloads", "--workload-jar", missing.toString()},
        {"run", "--workload", "sum", "--workload-jar", missing.toString(), "--out", dir.toString()},
        {"run-study", spec.toString(), "--local", "--workload-jar", missing.toString(), "--out", dir.toString()},
        {"generate", spec.toString(), "--dry-run", "--jar", dir.resolve("x.jar").toString(), "--workload-jar",
            missing.toString()}}) {
      Result r = run(args);
      assertEquals(2, r.exit(), String.join(" ", args) + ": " + r.err());
      // a study's verbs name the spec whose matrix they were expanding
      assertEquals(args[0].equals("workloads") || args[0].equals("run") ? sentence
          : sentence.replace("scalebench: ", "scalebench: " + spec + ": "), r.err(), String.join(" ", args));
    }
  }
}
