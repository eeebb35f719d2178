package org.scalebench.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.scalebench.results.BadInputException;
import org.scalebench.workloads.gridsearch.GridSearchSettings;
import org.scalebench.workloads.inputs.CreditDataFile;
import org.scalebench.workloads.inputs.GeneratedInputs;
import org.scalebench.workloads.inputs.InputRecipe;
import org.scalebench.workloads.inputs.NameListFiles;
import org.scalebench.workloads.matching.MatchingConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code scalebench data names|credit}: the built-in workloads' generated inputs as files, written
 * only when they are missing or their settings changed ({@link GeneratedInputs}).
 */
@Command(name = "data", mixinStandardHelpOptions = true,
    description = {"Write the input files the built-in workloads generate in memory, so other programs (and "
        + "studies) read the same data: 'names' for matching, 'credit' for gridsearch.",
        "Next to each output F goes F.data.json with the generator and its settings; when the outputs are there "
            + "with the same settings the command keeps them (\"kept F (same settings)\"), else it writes them "
            + "atomically. --force always writes."},
    subcommands = {DataCommand.NamesData.class, DataCommand.CreditData.class},
    footer = {"", "Exit codes: 0 written or kept, 1 a file could not be written, 2 bad input."})
public final class DataCommand implements Runnable {
  @Spec CommandSpec spec;

  /** Relative {@code --out} paths resolve against this; the working folder when null. */
  private final Path baseDir;

  public DataCommand() {
    this(null);
  }

  private DataCommand(Path baseDir) {
    this.baseDir = baseDir;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Runs {@code data ARGS...} in this JVM (a study's data steps), e.g. {@code ["names", "--count",
   * "2000", "--out", "names"]}.
   *
   * @param baseDir relative {@code --out} paths resolve against it (a study spec's folder)
   * @param out gets what the command prints, its error sentence included
   * @return the exit code: 0 written or kept, 1 a file could not be written, 2 bad input
   */
  public static int run(List<String> args, Path baseDir, PrintStream out) {
    PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    CommandLine cli = Main.configure(new CommandLine(new DataCommand(baseDir)), writer, writer);
    try {
      return cli.execute(args.toArray(String[]::new));
    } finally {
      writer.flush();
    }
  }

  Path resolve(Path out) {
    return baseDir == null ? out : baseDir.resolve(out);
  }

  /** Writes or keeps the recipe's outputs and says which. */
  static int ensure(InputRecipe recipe, boolean force, PrintWriter out) throws IOException {
    GeneratedInputs.Outcome outcome = GeneratedInputs.ensure(recipe, force);
    for (Path output : recipe.outputs()) {
      out.println((outcome == GeneratedInputs.Outcome.KEPT ? "kept " + output + " (same settings)" : "wrote " + output));
    }
    return ExitCodes.OK;
  }

  /** A count option in {@code [1, max]}, else one sentence naming the option and what it is for. */
  static int count(String option, long value, long max, String limit) {
    if (value < 1) {
      throw new BadInputException(option + " must be at least 1, got " + value);
    }
    if (value > max) {
      throw new BadInputException(option + " " + value + " is more than " + limit + " of " + max);
    }
    return (int) value;
  }

  /** {@code scalebench data names}. */
  @Command(name = "names", mixinStandardHelpOptions = true,
      description = {"Write DIR/left.txt and DIR/right.txt: the matching workload's generated names, one per line "
          + "(UTF-8; a name may hold commas). 'matching left=DIR/left.txt right=DIR/right.txt' then matches the "
          + "pairs 'matching generate=N' (left-size=L, right-size=R, seed=S) does."})
  public static final class NamesData implements Callable<Integer> {
    @Spec CommandSpec spec;
    @ParentCommand DataCommand parent;

    @Option(names = "--count", required = true, paramLabel = "N", description = "names per list (generate=N)")
    long count;

    @Option(names = "--left-count", paramLabel = "L", description = "left names, default N (left-size=L)")
    Long leftCount;

    @Option(names = "--right-count", paramLabel = "R", description = "right names, default N (right-size=R)")
    Long rightCount;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + MatchingConfig.DEFAULT_SEED,
        description = "the generator's seed, default ${DEFAULT-VALUE} as the workload's seed=")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the folder of the two files")
    Path out;

    @Option(names = "--force", description = "write even when the files are there with the same settings")
    boolean force;

    @Override
    public Integer call() throws IOException {
      String limit = "the matching workload's limit";
      int n = count("--count", count, MatchingConfig.MAX_GENERATED, limit);
      int left = leftCount == null ? n : count("--left-count", leftCount, MatchingConfig.MAX_GENERATED, limit);
      int right = rightCount == null ? n : count("--right-count", rightCount, MatchingConfig.MAX_GENERATED, limit);
      Path dir = parent.resolve(out);
      if (Files.exists(dir) && !Files.isDirectory(dir)) {
        throw new BadInputException("--out " + dir + " is a file, not a folder");
      }
      return ensure(new NameListFiles(dir, left, right, seed), force, spec.commandLine().getOut());
    }
  }

  /** {@code scalebench data credit}. */
  @Command(name = "credit", mixinStandardHelpOptions = true,
      description = {"Write FILE: the grid search's synthetic credit-score CSV, the rows 'gridsearch data=generated "
          + "rows=N seed=S' makes in memory; 'gridsearch data=FILE' reads it with the credit-score preset."})
  public static final class CreditData implements Callable<Integer> {
    @Spec CommandSpec spec;
    @ParentCommand DataCommand parent;

    @Option(names = "--rows", required = true, paramLabel = "N",
        description = "rows, " + GridSearchSettings.MIN_GENERATED_ROWS + " to " + GridSearchSettings.MAX_GENERATED_ROWS
            + " (rows=N)")
    long rows;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + GridSearchSettings.DEFAULT_SEED,
        description = "the generator's seed, default ${DEFAULT-VALUE} as the workload's seed=")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the CSV file")
    Path out;

    @Option(names = "--force", description = "write even when the file is there with the same settings")
    boolean force;

    @Override
    public Integer call() throws IOException {
      if (rows < GridSearchSettings.MIN_GENERATED_ROWS || rows > GridSearchSettings.MAX_GENERATED_ROWS) {
        throw new BadInputException("--rows must be between " + GridSearchSettings.MIN_GENERATED_ROWS + " and "
            + GridSearchSettings.MAX_GENERATED_ROWS + " (the grid search's limits of rows=), got " + rows);
      }
      Path file = parent.resolve(out);
      if (Files.isDirectory(file)) {
        throw new BadInputException("--out " + file + " is a folder, not a file");
      }
      return ensure(new CreditDataFile(file, (int) rows, seed), force, spec.commandLine().getOut());
    }
  }
}
