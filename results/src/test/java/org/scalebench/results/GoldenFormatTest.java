package org.scalebench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Locks the on-disk formats: what this build writes must equal the committed files byte for byte,
 * and the committed files (written by schema versions 1, 2 and 3) must read back. Runs under a German default
 * locale (see the surefire argLine), where a locale-sensitive writer would print {@code 1,25}.
 */
class GoldenFormatTest {
  @TempDir Path dir;

  @Test
  void defaultLocaleIsNotEnglishSoTheLocaleCheckMeansSomething() {
    assertEquals("1,25", String.format("%.2f", 1.25), "surefire should run with a German default locale");
    assertEquals(Locale.GERMANY, Locale.getDefault());
  }

  @Test
  void runJsonMatchesGoldenFile() throws IOException {
    RunFiles.writeRunJson(dir, Fixtures.metadata(RunStatus.OK, 2));
    assertEquals(golden("run-v2-launch-v2.json"), Files.readString(dir.resolve("run.json")));
  }

  @Test
  void failedRunJsonMatchesGoldenFile() throws IOException {
    RunFiles.writeRunJson(dir, Fixtures.metadata(RunStatus.FAILED, 2));
    assertEquals(golden("run-failed-v2-launch-v2.json"), Files.readString(dir.resolve("run.json")));
  }

  @Test
  void ranksJsonlMatchesGoldenFile() throws IOException {
    RanksFile.write(dir.resolve("ranks.jsonl"), Fixtures.records(2));
    assertEquals(golden("ranks-v1.jsonl"), Files.readString(dir.resolve("ranks.jsonl")));
  }

  @Test
  void launchJsonMatchesGoldenFile() throws IOException {
    Fixtures.launchExec(2).write(dir);
    assertEquals(golden("launch-v3-exec.json"), Files.readString(dir.resolve("launch.json")));
  }

  @Test
  void runJsonOfAnExecRunMatchesGoldenFile() throws IOException {
    RunFiles.writeRunJson(dir, Fixtures.metadataExec(RunStatus.OK, 2));
    assertEquals(golden("run-v2-launch-v3-exec.json"), Files.readString(dir.resolve("run.json")));
  }

  @Test
  void committedLaunchSchemaThreeFilesReadBack() throws IOException {
    Files.writeString(dir.resolve("launch.json"), golden("launch-v3-exec.json"));
    assertEquals(Fixtures.launchExec(2), LaunchSpec.read(dir));
    Files.writeString(dir.resolve("run.json"), golden("run-v2-launch-v3-exec.json"));
    assertEquals(Fixtures.metadataExec(RunStatus.OK, 2), RunFiles.readRunJson(dir));
  }

  /** Launch schema 2 predates variants and exec: a workload run outside any variant. */
  @Test
  void launchSchemaTwoHasNoVariantAndNoCommand() throws IOException {
    Files.writeString(dir.resolve("launch.json"), golden("launch-v2.json"));
    LaunchSpec v2 = LaunchSpec.read(dir);
    assertEquals(null, v2.variant());
    assertEquals(null, v2.exec());
    assertEquals("sum", v2.seriesLabel());
  }

  @Test
  void committedVersionTwoFilesReadBack() throws IOException {
    Files.writeString(dir.resolve("run.json"), golden("run-v2-launch-v2.json"));
    assertEquals(Fixtures.metadata(RunStatus.OK, 2), RunFiles.readRunJson(dir));
    Files.writeString(dir.resolve("run.json"), golden("run-failed-v2-launch-v2.json"));
    assertEquals(Fixtures.metadata(RunStatus.FAILED, 2), RunFiles.readRunJson(dir));
    Files.writeString(dir.resolve("launch.json"), golden("launch-v2.json"));
    assertEquals(Fixtures.launch(2), LaunchSpec.read(dir));
  }

  /** Launch schema 1 predates the transport choice: its runs were on the bindings. */
  @Test
  void committedFilesOfLaunchSchemaOneReadAsTheBindings() throws IOException {
    Files.writeString(dir.resolve("run.json"), golden("run-v2.json"));
    assertEquals(Fixtures.metadataV1Launch(RunStatus.OK, 2), RunFiles.readRunJson(dir));
    assertEquals("jni", RunFiles.readRunJson(dir).launch().transport());
    Files.writeString(dir.resolve("run.json"), golden("run-failed-v2.json"));
    assertEquals(Fixtures.metadataV1Launch(RunStatus.FAILED, 2), RunFiles.readRunJson(dir));
    Files.writeString(dir.resolve("launch.json"), golden("launch-v1.json"));
    assertEquals(Fixtures.launchV1(2), LaunchSpec.read(dir));
  }

  /** Version 1 had the launch's fields flat and no barrier flag: it is read together with launch.json. */
  @Test
  void committedVersionOneFilesReadBack() throws IOException {
    Files.writeString(dir.resolve("launch.json"), golden("launch-v1.json"));
    Files.writeString(dir.resolve("run.json"), golden("run-v1.json"));
    Files.writeString(dir.resolve("ranks.jsonl"), golden("ranks-v1.jsonl"));
    assertEquals(Fixtures.metadataV1Launch(RunStatus.OK, 2), RunFiles.readRunJson(dir));
    Files.writeString(dir.resolve("run.json"), golden("run-failed-v1.json"));
    assertEquals(Fixtures.metadataV1Launch(RunStatus.FAILED, 2), RunFiles.readRunJson(dir));
    Files.writeString(dir.resolve("run.json"), golden("run-v1.json"));
    assertEquals(Fixtures.records(2), RanksFile.read(dir.resolve("ranks.jsonl")));
    StoredRun run = ResultStore.read(dir);
    assertEquals(RunStatus.OK, run.state(), run.problem());
  }

  @Test
  void versionOneWithoutItsLaunchJsonIsRefusedByName() throws IOException {
    Files.writeString(dir.resolve("run.json"), golden("run-v1.json"));
    StoreFormatException e = assertThrows(StoreFormatException.class,
        () -> RunFiles.readRunJson(dir));
    assertTrue(e.getMessage().contains("launch.json is missing"), e.getMessage());
  }

  static String golden(String name) throws IOException {
    try (InputStream in = GoldenFormatTest.class.getResourceAsStream("/golden/" + name)) {
      if (in == null) {
        throw new IOException("missing golden file " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
