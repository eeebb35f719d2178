package org.scalebench.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.study.Point;
import org.scalebench.study.SpecFiles;
import org.scalebench.study.StudyMatrix;
import org.scalebench.study.StudyReader;
import org.scalebench.study.StudyRun;
import org.scalebench.study.StudyRuns;
import org.scalebench.study.StudySpec;

/**
 * Locks the text of generated scripts. After an intended change, regenerate the files with
 * {@code -Dgolden.update=true} and review the diff.
 */
class JobScriptsGoldenTest {
  static final ScriptContext CTX = new ScriptContext(Path.of("/scratch/store"),
      Path.of("/opt/scalebench/scalebench.jar"), "0123456789ab");

  @TempDir Path dir;

  static StudySpec spec(Path dir, String launch) throws IOException {
    StudySpec read = StudyReader.read(SpecFiles.write(dir, """
        schemaVersion: 1
        study: sum-golden
        workload: sum
        params: {n: 123457}
        matrix: {nodes: 2, ntasksPerNode: 2, cpusPerTask: 2}
        repetitions: 2
        timeLimit: 20m
        profile:
          extends: cluster
          launch: %s
        """.formatted(launch)));
    // a fixed spec path, so that the collect script does not depend on the temporary folder
    return read.withSource(Path.of("/home/user/studies/sum-golden.yaml"));
  }

  static List<StudyRun> runs(StudySpec spec) {
    List<Point> points = StudyMatrix.expand(spec);
    List<StudyRun> runs = StudyRuns.all(spec, points, CTX.storeRoot());
    assertEquals(2, runs.size());
    return runs;
  }

  static final Path TABLE = Path.of("/scratch/store/sum-golden/slurm/g1-n2-t2-c2.runs.jsonl");

  @Test
  void srunArrayScript() throws IOException {
    StudySpec spec = spec(dir, "srun --mpi=pmix");
    String text = JobScripts.array(spec, "g1-n2-t2-c2", runs(spec), TABLE, CTX);
    golden("array-srun.sbatch", text);
    assertFalse(text.contains("123457"), "workload parameters never reach the script: " + text);
  }

  @Test
  void mpirunArrayScript() throws IOException {
    StudySpec spec = spec(dir, "mpirun");
    golden("array-mpirun.sbatch", JobScripts.array(spec, "g1-n2-t2-c2", runs(spec), TABLE, CTX));
  }

  /** The runs table: written, locked, and the committed version-1 file read back task by task. */
  @Test
  void runsTable() throws IOException {
    StudySpec spec = spec(dir, "srun --mpi=pmix");
    List<StudyRun> runs = runs(spec);
    List<ArrayRuns.Task> tasks = new java.util.ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      tasks.add(new ArrayRuns.Task(i, runs.get(i).runDir().toString(),
          StudyRuns.launchSpec(spec, runs.get(i), "srun", CTX.gitCommit(), false)));
    }
    golden("array-v1.runs.jsonl", ArrayRuns.text(tasks));
    Path committed = Path.of("src", "test", "resources", "golden", "array-v1.runs.jsonl");
    for (int i = 0; i < tasks.size(); i++) {
      assertEquals(tasks.get(i), ArrayRuns.read(committed, i));
    }
    assertEquals("123457", ArrayRuns.read(committed, 1).launch().params().get("n"));
    assertEquals(2, ArrayRuns.read(committed, 1).launch().repetition());
  }

  @Test
  void collectScript() throws IOException {
    golden("collect.sbatch", JobScripts.collect(spec(dir, "srun --mpi=pmix"), CTX));
  }

  /** The user's workload jars: on the ranks' class path after the scalebench jar, and passed to collect, quoted. */
  @Test
  void workloadJarsReachTheClassPathAndTheCollectJobQuoted() throws IOException {
    StudySpec spec = spec(dir, "srun --mpi=pmix");
    StudySpec withJars = spec.withJars(List.of(Path.of("/home/user/jacobi/target/jacobi.jar"),
        Path.of("/home/user/it's mine/lib.jar")));
    List<StudyRun> runs = StudyRuns.all(spec, StudyMatrix.expand(spec), CTX.storeRoot());
    golden("array-jars.sbatch", JobScripts.array(withJars, "g1-n2-t2-c2", runs, TABLE, CTX));
    golden("collect-jars.sbatch", JobScripts.collect(withJars, CTX));
  }

  /** An MPICH profile: auto picks ffm, the ranks get native access, UCX keeps its hands off SIGSEGV. */
  @Test
  void anMpichProfileRunsTheFfmTransport() throws IOException {
    StudySpec spec = spec(dir, "srun --mpi=pmi2\n  mpi: mpich");
    List<StudyRun> runs = runs(spec);
    String script = JobScripts.array(spec, "g1-n2-t2-c2", runs, TABLE, CTX);
    golden("array-mpich-ffm.sbatch", script);
    assertTrue(script.contains("export UCX_ERROR_SIGNALS=''\n"), script);
    assertTrue(script.contains(" --enable-native-access=ALL-UNNAMED "), script);
    assertEquals("ffm", StudyRuns.launchSpec(spec, runs.get(0), "srun", "x", false).transport());
    assertEquals("jni", StudyRuns.launchSpec(spec(dir, "srun --mpi=pmix"), runs.get(0), "srun", "x", false).transport());
  }

  /** An exec array: the wrapper and the program's words, quoted, then finish-run writes the results. */
  @Test
  void execArrayScript() throws IOException {
    StudySpec read = StudyReader.read(SpecFiles.write(dir, """
        schemaVersion: 2
        study: seed-golden
        params: {n: 6000}
        variants:
          mpi4py:
            workload: exec
            command: [/usr/bin/python3, -u, matching.py, --left, "names/left {{n}}.txt", --label, "it's"]
            workingDirectory: /home/user/studies
            env: {PYTHONHASHSEED: "0"}
        matrix: {nodes: 2, ntasksPerNode: 2, cpusPerTask: 2}
        repetitions: 2
        timeLimit: 20m
        profile:
          extends: cluster
          launch: srun --mpi=pmix
        """));
    StudySpec spec = read.withSource(Path.of("/home/user/studies/seed-golden.yaml"));
    List<StudyRun> runs = StudyRuns.all(spec, StudyMatrix.expand(spec), CTX.storeRoot());
    String script = JobScripts.array(spec, "g1-n2-t2-c2-mpi4py-0a1b2c3d", runs, TABLE, CTX);
    golden("array-exec.sbatch", script);
    assertEquals(List.of("/usr/bin/python3", "-u", "matching.py", "--left", "names/left 6000.txt", "--label", "it's"),
        runs.get(0).point().exec().command());
  }

  static void golden(String name, String actual) throws IOException {
    Path file = Path.of("src", "test", "resources", "golden", name);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(file), "no golden file " + file + "; run with -Dgolden.update=true once");
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, name);
  }
}
