package org.scalebench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import org.scalebench.launch.RunInterruptedException;
import org.scalebench.results.BadInputException;
import org.scalebench.results.IoProblems;
import picocli.CommandLine;

/** The {@code ./scalebench} entry point: the only place that exits. */
public final class Main {
  /** The shell's code for a command ended by Ctrl-C (128 + SIGINT); a SIGTERM ends the JVM with 143. */
  static final int INTERRUPTED = 130;

  private Main() {}

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit code: 0 ok, 1 a run or check failed, 2 bad input. */
  public static int execute(String... args) {
    return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /** Runs the command line with its output and errors going to {@code out} and {@code err}. */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    return configure(new CommandLine(new ScalebenchCommand()), out, err).execute(args);
  }

  /** {@code cli} with its output, errors and the one error path (also for a verb run in-process). */
  static CommandLine configure(CommandLine cli, PrintWriter out, PrintWriter err) {
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> handle(e, commandLine.getErr()));
    cli.setParameterExceptionHandler((e, args2) -> {
      CommandLine c = e.getCommandLine();
      c.getErr().println("scalebench: " + e.getMessage());
      c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
      return ExitCodes.BAD_INPUT;
    });
    return cli;
  }

  /** One sentence for what stopped a command, and its exit code. */
  static int handle(Exception e, PrintWriter err) {
    Optional<BadInputException> bad = first(e, BadInputException.class);
    if (bad.isPresent()) {
      err.println("scalebench: " + bad.get().getMessage());
      return ExitCodes.BAD_INPUT;
    }
    if (first(e, RunInterruptedException.class).isPresent()) {
      return INTERRUPTED; // the launcher recorded the run and said so while the JVM shut down
    }
    if (first(e, InterruptedException.class).isPresent()) {
      err.println("scalebench: interrupted");
      return INTERRUPTED;
    }
    Optional<IOException> io = IoProblems.find(e);
    if (io.isPresent()) {
      err.println("scalebench: " + IoProblems.describe(io.get()));
      return IoProblems.isAboutThePath(io.get()) ? ExitCodes.BAD_INPUT : ExitCodes.FAILED;
    }
    err.println("scalebench: unexpected error (" + e.getClass().getSimpleName() + ": " + e.getMessage()
        + "); SCALEBENCH_DEBUG=1 prints where it happened");
    if (System.getenv("SCALEBENCH_DEBUG") != null) {
      e.printStackTrace(err);
    }
    return ExitCodes.FAILED;
  }

  private static <T extends Throwable> Optional<T> first(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
    }
    return Optional.empty();
  }
}
