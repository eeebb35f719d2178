package org.scalebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code --help} of every verb, nested ones included, renders without a picocli warning and with
 * every format specifier replaced.
 *
 * <p>picocli's tracer prints its warnings to the {@code System.err} it found when its class was
 * loaded, so the help texts are rendered in a child JVM whose standard error the test reads.
 */
class HelpRenderingTest {
  private static final String MARK = "=== scalebench help of: ";

  @TempDir Path dir;

  @Test
  void everyVerbsHelpRendersWithoutAWarning() throws Exception {
    Path out = dir.resolve("help.out");
    Path err = dir.resolve("help.err");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), HelpRenderingTest.class.getName())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the help renderer did not finish in 2 minutes");
    String stdout = Files.readString(out);
    String stderr = Files.readString(err);
    assertEquals(0, p.exitValue(), stdout + stderr);
    assertEquals("", stderr, "picocli printed warnings");

    List<String> parts = List.of(stdout.split(MARK, -1));
    List<String> sections = parts.subList(1, parts.size());
    List<String> names = sections.stream().map(s -> s.substring(0, s.indexOf('\n'))).toList();
    assertTrue(names.containsAll(List.of("scalebench", "scalebench compare", "scalebench analyze", "scalebench baseline",
        "scalebench baseline update", "scalebench baseline list", "scalebench help")), names.toString());
    for (String section : sections) {
      String name = section.substring(0, section.indexOf('\n'));
      String help = section.substring(section.indexOf('\n') + 1);
      assertTrue(help.startsWith("exit 0\n") && help.contains("Usage: " + name + " "), name + ":\n" + help);
      for (String garbage : List.of("%n", "%%", "${")) {
        assertFalse(help.contains(garbage), name + "'s help holds an unformatted '" + garbage + "':\n" + help);
      }
    }
  }

  /** Prints {@code --help} of every command through {@link Main}, each after a marker line. */
  public static void main(String[] args) {
    List<List<String>> paths = new ArrayList<>();
    walk(new CommandLine(new ScalebenchCommand()), new ArrayList<>(), paths, new IdentityHashMap<>());
    for (List<String> path : paths) {
      List<String> argv = new ArrayList<>(path);
      argv.add("--help");
      StringWriter text = new StringWriter();
      int exit = Main.execute(new PrintWriter(text, true), new PrintWriter(text, true), argv.toArray(String[]::new));
      System.out.print(MARK + String.join(" ", prefixed(path)) + "\nexit " + exit + "\n" + text);
    }
    System.out.flush();
  }

  private static List<String> prefixed(List<String> path) {
    List<String> all = new ArrayList<>(List.of("scalebench"));
    all.addAll(path);
    return all;
  }

  private static void walk(CommandLine c, List<String> path, List<List<String>> paths,
      Map<CommandLine, Boolean> seen) {
    if (seen.put(c, Boolean.TRUE) != null) {
      return;
    }
    paths.add(List.copyOf(path));
    Set<Map.Entry<String, CommandLine>> subs = c.getSubcommands().entrySet();
    for (Map.Entry<String, CommandLine> e : subs) {
      if (e.getKey().equals(e.getValue().getCommandName())) {
        List<String> next = new ArrayList<>(path);
        next.add(e.getKey());
        walk(e.getValue(), next, paths, seen);
      }
    }
  }
}
