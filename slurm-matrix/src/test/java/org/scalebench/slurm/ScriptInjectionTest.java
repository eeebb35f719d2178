package org.scalebench.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.results.BadInputException;
import org.scalebench.study.SpecFiles;
import org.scalebench.study.StudyMatrix;
import org.scalebench.study.StudyReader;
import org.scalebench.study.StudySpec;

/**
 * Nothing in a spec can run shell commands through a generated script: values that would reach the
 * script unquoted are rejected, the rest is quoted, and a script run by bash does not execute them.
 */
class ScriptInjectionTest {
  @TempDir Path dir;

  private String spec(String study, String workloadParams, String profileExtra) {
    return """
        study: %s
        workload: sum
        params: {%s}
        matrix: {nodes: 1, ntasksPerNode: 2}
        profile:
          coresPerNode: 4
          launch: srun --mpi=pmix
        %s
        """.formatted(study, workloadParams, profileExtra.indent(2).stripTrailing());
  }

  @Test
  void aShellCommandInTheStudyNameIsRejected() throws IOException {
    Path file = SpecFiles.write(dir, spec("\"x; rm -rf /\"", "n: 100", ""));
    BadInputException e = assertThrows(BadInputException.class, () -> StudyReader.read(file));
    assertTrue(e.getMessage().contains("study: 'x; rm -rf /' must be"), e.getMessage());
  }

  @Test
  void aCommandSubstitutionAsAParameterIsRejectedByTheWorkload() throws IOException {
    Path pwned = dir.resolve("pwned");
    StudySpec s = StudyReader.read(SpecFiles.write(dir, spec("s", "n: \"$(touch " + pwned + ")\"", "")));
    BadInputException e = assertThrows(BadInputException.class, () -> StudyMatrix.expand(s));
    assertTrue(e.getMessage().contains("is not a whole number"), e.getMessage());
    assertFalse(Files.exists(pwned));
  }

  @Test
  void unquotableProfileValuesAreRejected() throws IOException {
    for (String extra : List.of("account: \"a b\"", "partition: \"cpu$(id)\"", "qos: \"`id`\"",
        "modules: [\"foo; touch x\"]", "sbatch: [\"--comment=$(id)\"]", "sbatch: [\"-N 2\"]",
        "java: \"java;id\"", "jar: \"/a b.jar\"", "env: {\"A-B\": x}")) {
      Path file = SpecFiles.write(dir, spec("s", "n: 100", extra));
      assertThrows(BadInputException.class, () -> StudyReader.read(file), extra);
    }
    Path launch = SpecFiles.write(dir, spec("s", "n: 100", "").replace("srun --mpi=pmix", "srun; touch x"));
    assertThrows(BadInputException.class, () -> StudyReader.read(launch));
  }

  /** Environment values and paths are quoted: bash passes them on literally and runs nothing. */
  @Test
  void quotedValuesReachTheLaunchLiterallyWhenBashRunsTheScript() throws Exception {
    Path pwned = dir.resolve("pwned");
    String evil = "$(touch " + pwned + ")'; touch " + pwned + "; echo '`touch " + pwned + "`";
    Path file = SpecFiles.write(dir, spec("s", "n: 100", "env:\n  EVIL: \"" + evil.replace("\"", "\\\"") + "\""));
    StudySpec s = StudyReader.read(file);
    Path store = dir.resolve("store");
    ScriptContext ctx = new ScriptContext(store, dir.resolve("scalebench.jar"), "abc");
    StudyGenerator.Generated g = new StudyGenerator(s, ctx).generate(StudyMatrix.expand(s), Set.of(), true);
    assertEquals(1, g.arrays().size());
    Path runDir = g.runs().get(0).runDir();
    assertEquals("100", ArrayRuns.read(g.arrays().get(0).table(), 0).launch().params().get("n"));
    assertFalse(Files.readString(g.arrays().get(0).script()).contains("n=100"));

    // stand-ins for srun and java that record what they were given
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path seen = dir.resolve("seen.txt");
    stub(bin.resolve("srun"), "printf '%s\\n' \"$EVIL\" > " + seen + "\nprintf '%s\\n' \"$@\" >> " + seen + "\nexit 0");
    // java: prepare-run prints the run directory (the script captures it), anything else is recorded
    stub(bin.resolve("java"), "case \"$*\" in *prepare-run*) echo '" + runDir.toAbsolutePath() + "' ;;\n"
        + "*) printf 'finish %s\\n' \"$*\" >> " + seen + " ;;\nesac\nexit 0");
    // bash runs the script with the stand-ins first on the PATH
    ProcessBuilder pb = new ProcessBuilder("bash", g.arrays().get(0).script().toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("bash.log").toFile()).directory(dir.toFile());
    pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    pb.environment().put("SLURM_ARRAY_TASK_ID", "0");
    Process run = pb.start();
    assertTrue(run.waitFor(30, TimeUnit.SECONDS));
    assertEquals(1, run.exitValue(), "no run.json: the script marks the run failed and exits 1; "
        + Files.readString(dir.resolve("bash.log")));
    List<String> lines = Files.readAllLines(seen);
    assertEquals(evil, lines.get(0), "the value arrives literally");
    assertTrue(lines.contains(runDir.toAbsolutePath().toString()), lines.toString());
    assertTrue(lines.get(lines.size() - 1).startsWith("finish ") && lines.get(lines.size() - 1).contains("finish-run"),
        lines.toString());
    assertFalse(Files.exists(pwned), "a quoted value was executed");
  }

  /**
   * An exec program's words, from the spec's {@code command:} list: each single-quoted in the
   * script, bash runs nothing, and srun (here a stand-in) gets every word as one argument, literally.
   */
  @Test
  void anExecCommandReachesTheLaunchWordForWord() throws Exception {
    Path pwned = dir.resolve("pwned");
    List<String> evil = List.of("$(touch " + pwned + ")", "it's; touch " + pwned, "`touch " + pwned + "`",
        "two words", "*", "{\"json\": ${HOME}}");
    StringBuilder yaml = new StringBuilder("""
        schemaVersion: 2
        study: s
        workload: exec
        command:
          - /usr/bin/python3
        """);
    for (String w : evil) {
      yaml.append("  - \"").append(w.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n");
    }
    yaml.append("""
        env: {EVIL: "$(touch %s)"}
        matrix: {nodes: 1, ntasksPerNode: 2}
        profile:
          coresPerNode: 4
          launch: srun --mpi=pmix
        """.formatted(pwned));
    StudySpec s = StudyReader.read(SpecFiles.write(dir, yaml.toString()));
    Path store = dir.resolve("store");
    ScriptContext ctx = new ScriptContext(store, dir.resolve("scalebench.jar"), "abc");
    StudyGenerator.Generated g = new StudyGenerator(s, ctx).generate(StudyMatrix.expand(s), Set.of(), true);
    assertEquals(1, g.arrays().size());
    Path runDir = g.runs().get(0).runDir();
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path seen = dir.resolve("seen.txt");
    stub(bin.resolve("srun"), "printf '%s\\n' \"$@\" > " + seen + "\nexit 0");
    stub(bin.resolve("java"), "case \"$*\" in *prepare-run*) echo '" + runDir.toAbsolutePath() + "' ;;\n"
        + "*) printf 'finish %s\\n' \"$*\" >> " + seen + " ;;\nesac\nexit 0");
    ProcessBuilder pb = new ProcessBuilder("bash", g.arrays().get(0).script().toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("bash.log").toFile()).directory(dir.toFile());
    pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    pb.environment().put("SLURM_ARRAY_TASK_ID", "0");
    Process run = pb.start();
    assertTrue(run.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, run.exitValue(), Files.readString(dir.resolve("bash.log")));
    List<String> lines = Files.readAllLines(seen);
    int dashes = lines.indexOf("--");
    assertTrue(dashes > 0, lines.toString());
    List<String> expected = new java.util.ArrayList<>(List.of("/usr/bin/python3"));
    expected.addAll(evil);
    assertEquals(expected, lines.subList(dashes + 1, dashes + 1 + expected.size()));
    assertTrue(lines.contains("EVIL=$(touch " + pwned + ")"), lines.toString());
    assertTrue(lines.contains(runDir.toAbsolutePath().toString()), lines.toString());
    assertTrue(lines.get(lines.size() - 1).contains("finish-run"), lines.toString());
    assertTrue(Files.isExecutable(Path.of(lines.get(lines.indexOf(runDir.toAbsolutePath().toString()) - 1))),
        "the wrapper was built where the script names it: " + lines);
    assertFalse(Files.exists(pwned), "a quoted word was executed");
  }

  /**
   * A workload jar whose folder name is a shell command (the spec's {@code jars:} names it): the
   * script quotes it into the ranks' class path, bash runs nothing, and the launch gets it literally.
   */
  @Test
  void aWorkloadJarPathReachesTheClassPathLiterally() throws Exception {
    String folder = "evil $(touch pwned) `touch pwned` '; touch pwned; '";
    Path jarDir = Files.createDirectories(dir.resolve(folder));
    new java.util.jar.JarOutputStream(Files.newOutputStream(jarDir.resolve("lib.jar"))).close();
    Path file = SpecFiles.write(dir, spec("s", "n: 100", "").replace("profile:",
        "jars: [\"" + folder + "/lib.jar\"]\nprofile:"));
    StudySpec s = StudyReader.read(file);
    assertEquals(List.of(jarDir.resolve("lib.jar").toAbsolutePath()), s.jars());
    Path store = dir.resolve("store");
    ScriptContext ctx = new ScriptContext(store, dir.resolve("scalebench.jar"), "abc");
    StudyGenerator.Generated g = new StudyGenerator(s, ctx).generate(StudyMatrix.expand(s), Set.of(), true);
    Path runDir = g.runs().get(0).runDir();
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path seen = dir.resolve("seen.txt");
    stub(bin.resolve("srun"), "printf '%s\\n' \"$@\" > " + seen + "\nexit 0");
    stub(bin.resolve("java"), "case \"$*\" in *prepare-run*) echo '" + runDir.toAbsolutePath() + "' ;;\n"
        + "*) ;;\nesac\nexit 0");
    ProcessBuilder pb = new ProcessBuilder("bash", g.arrays().get(0).script().toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("bash.log").toFile()).directory(dir.toFile());
    pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    pb.environment().put("SLURM_ARRAY_TASK_ID", "0");
    Process run = pb.start();
    assertTrue(run.waitFor(30, TimeUnit.SECONDS));
    List<String> args = Files.readAllLines(seen);
    String classPath = ctx.jar() + ":" + jarDir.resolve("lib.jar").toAbsolutePath();
    assertEquals(classPath, args.get(args.indexOf("-cp") + 1), args.toString());
    assertEquals(classPath, args.get(args.indexOf("--class-path") + 1), args.toString());
    assertFalse(Files.exists(dir.resolve("pwned")), "a quoted jar path was executed");
    assertTrue(Files.readString(SlurmLayout.collectScript(store, "s")).contains("--workload-jar '"
        + jarDir.resolve("lib.jar").toAbsolutePath().toString().replace("'", "'\\''") + "'"));
  }

  private static void stub(Path file, String body) throws IOException {
    Files.writeString(file, "#!/bin/bash\n" + body + "\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
