package org.scalebench.cli;

import org.scalebench.results.BadInputException;
import picocli.CommandLine;

/** The {@code ./scalebench} entry point: the only place that exits. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit code: 0 ok, 1 a run or check failed, 2 bad input. */
  public static int execute(String... args) {
    return execute(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
  }

  /** Runs the command line with its output and errors going to {@code out} and {@code err}. */
  public static int execute(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new ScalebenchCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      Throwable cause = e;
      while (cause.getCause() != null && !(cause instanceof BadInputException)) {
        cause = cause.getCause();
      }
      if (cause instanceof BadInputException) {
        commandLine.getErr().println("scalebench: " + cause.getMessage());
        return ExitCodes.BAD_INPUT;
      }
      if (e instanceof java.nio.file.NoSuchFileException nsf) {
        commandLine.getErr().println("scalebench: no such file or directory: " + nsf.getFile());
        return ExitCodes.BAD_INPUT;
      }
      commandLine.getErr().println("scalebench: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      if (System.getenv("SCALEBENCH_DEBUG") != null) {
        e.printStackTrace(commandLine.getErr());
      }
      return ExitCodes.FAILED;
    });
    cli.setParameterExceptionHandler((e, args2) -> {
      CommandLine c = e.getCommandLine();
      c.getErr().println("scalebench: " + e.getMessage());
      c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
      return ExitCodes.BAD_INPUT;
    });
    return cli.execute(args);
  }
}
