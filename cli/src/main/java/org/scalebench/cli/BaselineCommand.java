package org.scalebench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.scalebench.analysis.compare.BaselineManifest;
import org.scalebench.analysis.compare.Baselines;
import org.scalebench.results.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scalebench baseline update|list}: the committed baselines under {@code results/baseline/}. */
@Command(name = "baseline", mixinStandardHelpOptions = true,
    description = "Manage the committed performance baselines (results/baseline/NAME with baseline.json).",
    subcommands = {BaselineCommand.Update.class, BaselineCommand.ListBaselines.class})
public final class BaselineCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Replaces one baseline on purpose. */
  @Command(name = "update", mixinStandardHelpOptions = true,
      description = {"Replace (or create) the baseline NAME with a copy of a JMH result file or a study directory, "
          + "with its provenance (commit, machine, date) in baseline.json. The swap is atomic.",
          "Exit codes: 0 written, 1 it could not be written, 2 bad input."})
  public static final class Update implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "FILE_OR_DIR",
        description = "a JMH -rf json file or a study directory")
    Path from;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "the baseline, e.g. jmh-quick")
    String name;

    @Option(names = "--root", paramLabel = "DIR",
        description = "where baselines live (default: results/baseline of the checkout)")
    Path root;

    @Option(names = "--commit", paramLabel = "SHA",
        description = "the commit that measured it (default: $SCALEBENCH_GIT_COMMIT, set by ./scalebench)")
    String commit;

    @Option(names = "--note", paramLabel = "TEXT", description = "why it was replaced")
    String note;

    @Override
    public Integer call() throws IOException {
      Path dir = root == null ? StorePaths.baselineRoot() : root;
      String sha = commit != null ? commit : System.getenv("SCALEBENCH_GIT_COMMIT");
      BaselineManifest m = Baselines.update(dir, name, from, sha, note, Clock.systemUTC());
      spec.commandLine().getOut().println("baseline " + m.name() + " (" + m.kind() + ", commit " + m.commit() + ", "
          + m.machine().hostname() + ", " + m.createdAt() + ") -> " + dir.resolve(m.name()));
      return ExitCodes.OK;
    }
  }

  /** Lists the baselines with their provenance. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the baselines and their provenance.")
  public static final class ListBaselines implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--root", paramLabel = "DIR",
        description = "where baselines live (default: results/baseline of the checkout)")
    Path root;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      Path dir = root == null ? StorePaths.baselineRoot() : root;
      if (!Files.isDirectory(dir)) {
        throw new BadInputException("no baseline directory " + dir + "; record one with 'scalebench baseline update'"
            + " or give --root DIR");
      }
      List<Path> dirs;
      try (Stream<Path> s = Files.list(dir)) {
        dirs = s.filter(p -> Files.isRegularFile(p.resolve(BaselineManifest.FILE))).sorted().toList();
      }
      for (Path d : dirs) {
        try {
          BaselineManifest m = Baselines.readManifest(d);
          out.println(m.name() + "  " + m.kind() + "  commit " + m.commit() + "  " + m.machine().hostname() + "  "
              + m.createdAt() + (m.note() == null ? "" : "  " + m.note()));
        } catch (BadInputException e) {
          out.println(d.getFileName() + "  unreadable: " + e.getMessage());
        }
      }
      return ExitCodes.OK;
    }
  }
}
