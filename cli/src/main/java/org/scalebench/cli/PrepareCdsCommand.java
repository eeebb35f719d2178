package org.scalebench.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.scalebench.launch.ClassDataSharing;
import org.scalebench.launch.LocalLauncher;
import org.scalebench.launch.MpiEnvironment;
import org.scalebench.launch.RunPlan;
import org.scalebench.results.BadInputException;
import org.scalebench.results.StoredRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code prepare-cds}: writes the rank JVMs' class-data archive ({@link ClassDataSharing}) by running
 * a small matching job on one rank whose JVM dumps the classes it loaded at exit, then runs a
 * {@code hello} through the {@code run} verb, so that a CLI JVM started with
 * {@code -XX:ArchiveClassesAtExit} (the {@code ./scalebench} script does that) archives the command
 * line's classes too. Hidden: the script calls it once per build.
 */
@Command(name = "prepare-cds", hidden = true, mixinStandardHelpOptions = true,
    description = "Write the class-data archive of the rank JVMs next to the jar (used by ./scalebench).")
public final class PrepareCdsCommand implements Callable<Integer> {
  @Spec CommandSpec cmd;

  @Override
  public Integer call() throws Exception {
    String classPath = MpiEnvironment.selfClassPath();
    Path archive = ClassDataSharing.rankArchiveLocation(classPath).orElseThrow(() -> new BadInputException(
        "the class path " + classPath + " is not one jar; class-data archives are made for the packaged jar only"));
    Files.createDirectories(archive.getParent());
    Path temp = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    Path store = Files.createTempDirectory("scalebench-cds");
    try {
      RunPlan plan = RunPlan.of(store, "cds", "matching", Map.of("generate", "600", "strategy", "tiles"), 1, 1, 1,
          "mpirun", "unknown", false, true);
      List<String> options = new ArrayList<>(ClassDataSharing.QUIET);
      options.add(ClassDataSharing.dumpOption(temp));
      LocalLauncher.LocalOptions local = LocalLauncher.LocalOptions.defaults().withEcho(null)
          .withJvmOptions(options);
      StoredRun run = new LocalLauncher(local).launch(plan.spec(), plan.runDir());
      if (!run.isComplete() || !Files.isRegularFile(temp)) {
        throw new BadInputException("the training run for the class-data archive failed: " + run.problem());
      }
      Files.move(temp, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      // the command line's own path, for the archive of the JVM running this command
      StringWriter sink = new StringWriter();
      int exit = Main.execute(new PrintWriter(sink), new PrintWriter(sink), "run", "--workload", "hello",
          "--ranks", "1", "--out", store.toString());
      if (exit != 0) {
        throw new BadInputException("the training run of the command line failed: " + sink.toString().strip());
      }
      cmd.commandLine().getOut().println("scalebench: class-data archive " + archive);
      return ExitCodes.OK;
    } finally {
      Files.deleteIfExists(temp);
      try (Stream<Path> walk = Files.walk(store)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
