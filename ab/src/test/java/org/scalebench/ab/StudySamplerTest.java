package org.scalebench.ab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.study.StudyMatrix;
import org.scalebench.study.StudyReader;
import org.scalebench.study.StudySpec;

/** A study round runs each point the way its profile says: its library and transport reach the command. */
class StudySamplerTest {
  @TempDir Path dir;

  private List<String> command(String profileKeys) throws Exception {
    return command("study: s\nworkload: hello\n", profileKeys);
  }

  private List<String> command(String head, String profileKeys) throws Exception {
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, head + "matrix: {nodes: 1, ntasksPerNode: 2}\nprofile:\n  extends: local\n" + profileKeys);
    StudySpec spec = StudyReader.read(file);
    StudySampler sampler = new StudySampler(spec, StudyMatrix.expand(spec), dir.resolve("store"), dir);
    VariantBuild build = new VariantBuild(new Variant("current", "HEAD", null, List.of(), null, null), "abc123",
        false, dir);
    return sampler.command(build, StudyMatrix.expand(spec).get(0));
  }

  @Test
  void theProfilesTransportAndLibraryReachTheRun() throws Exception {
    String cmd = String.join(" ", command("  transport: ffm\n  mpi: mpich\n"));
    assertTrue(cmd.contains(" --transport ffm"), cmd);
    assertTrue(cmd.contains(" --mpi mpich"), cmd);
  }

  /** An exec point's program, its placeholders filled, follows the options after {@code --}, word for word. */
  @Test
  void anExecPointRunsItsProgram() throws Exception {
    List<String> cmd = command("schemaVersion: 2\nstudy: s\nworkload: exec\nparams: {n: 5}\n"
        + "command: [prog, \"two words\", \"{{n}}\"]\nenv: {A: b}\n", "");
    int dashes = cmd.indexOf("--");
    assertEquals(List.of("prog", "two words", "5"), cmd.subList(dashes + 1, cmd.size()));
    assertTrue(String.join(" ", cmd).contains("--workload exec "), cmd.toString());
    assertTrue(cmd.containsAll(List.of("--cwd", dir.toString(), "--env", "A=b", "--param", "n=5")), cmd.toString());
  }

  @Test
  void aProfileWithoutThemRunsAsBuildsBeforeTheChoiceDid() throws Exception {
    String cmd = String.join(" ", command(""));
    assertFalse(cmd.contains("--transport") || cmd.contains("--mpi"), cmd);
  }
}
