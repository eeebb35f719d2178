package org.scalebench.exec;

import java.nio.file.Path;

/**
 * Where an exec run keeps its ranks' files: {@code <run>/exec/rank-<r>.jsonl} (the phase records the
 * program appends, see {@link PhaseLines}) and {@code <run>/exec/rank-<r>.exit.json} ({@link RankExit}).
 * The folder stays after the run: the merged records are in {@code ranks.jsonl}, the originals are
 * kept for whoever wants to check a line the merge refused.
 */
public final class ExecLayout {
  public static final String EXEC_DIR = "exec";

  private ExecLayout() {}

  public static Path execDir(Path runDir) {
    return runDir.resolve(EXEC_DIR);
  }

  /** The records file of {@code rank}: what its program finds in {@code SCALEBENCH_RECORDS}. */
  public static Path recordsFile(Path runDir, int rank) {
    return execDir(runDir).resolve("rank-" + rank + ".jsonl");
  }
}
