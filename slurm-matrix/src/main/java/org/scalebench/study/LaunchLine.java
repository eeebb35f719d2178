package org.scalebench.study;

import java.util.List;

/**
 * How a job script starts the ranks: {@code srun ...} (Slurm starts them, e.g. {@code srun
 * --mpi=pmix}) or {@code mpirun ...} (Open MPI starts them inside the allocation).
 *
 * @param words the words of the line, the first being {@code srun} or {@code mpirun} (or a path
 *     ending in them), every one a {@linkplain ScriptWords#isSafe safe word}
 */
public record LaunchLine(List<String> words) {
  public LaunchLine {
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("launch must not be empty");
    }
    for (String w : words) {
      ScriptWords.checkSafe("launch word", w);
    }
    String first = words.get(0);
    if (!first.equals("srun") && !first.endsWith("/srun") && !first.equals("mpirun") && !first.endsWith("/mpirun")) {
      throw new IllegalArgumentException("launch must start with srun or mpirun, got '" + String.join(" ", words) + "'");
    }
  }

  public static LaunchLine of(String line) {
    return new LaunchLine(ScriptWords.words(line));
  }

  public boolean isSrun() {
    return words.get(0).endsWith("srun");
  }

  /** The {@code launcher} recorded in run.json: {@code srun} or {@code sbatch+mpirun}. */
  public String recordedName() {
    return isSrun() ? "srun" : "sbatch+mpirun";
  }

  public String text() {
    return String.join(" ", words);
  }
}
