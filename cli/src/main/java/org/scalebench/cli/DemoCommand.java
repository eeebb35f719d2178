package org.scalebench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.scalebench.launch.LocalLauncher;
import org.scalebench.launch.LocalStudyRunner;
import org.scalebench.launch.ProgressStyle;
import org.scalebench.results.BadInputException;
import org.scalebench.results.StoredRun;
import org.scalebench.study.Point;
import org.scalebench.study.StudyMatrix;
import org.scalebench.study.StudyReader;
import org.scalebench.study.StudySpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code scalebench demo}: the shipped local study specs of {@code studies/demo/} (one per workload,
 * all of study {@code demo}), run with mpirun into {@code results/runs/demo}, then analyzed. New demo
 * points go into those YAML files, not into code.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Run the shipped demo studies (studies/demo/*.yaml) on this machine with mpirun, into "
        + "results/runs/demo, and write the report.",
        "Complete runs are kept: delete results/runs/demo to measure again."})
public final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", description = "the result store (default: results/runs)")
  Path out;

  @Option(names = "--studies", paramLabel = "DIR",
      description = "the folder of demo specs (default: studies/demo of the checkout)")
  Path studies;

  @Option(names = "--no-analyze", description = "skip the report")
  boolean noAnalyze;

  @Override
  public Integer call() throws Exception {
    PrintWriter stdout = spec.commandLine().getOut();
    Path root = StorePaths.root(out);
    Path dir = studies != null ? studies : StorePaths.home().resolve("studies").resolve("demo");
    List<Path> files = specFiles(dir);
    List<StudySpec> specs = new ArrayList<>();
    List<List<Point>> points = new ArrayList<>();
    for (Path f : files) {
      StudySpec s = StudyReader.read(f);
      points.add(StudyMatrix.expand(s)); // every problem of every file before anything runs
      specs.add(s);
    }
    LocalLauncher.LocalOptions options = new MpiOptions().apply(LocalLauncher.LocalOptions.defaults().withEcho(null),
        specs.get(0).profile());
    List<StoredRun> runs = new ArrayList<>();
    int skipped = 0;
    String study = null;
    for (int i = 0; i < specs.size(); i++) {
      StudySpec s = specs.get(i);
      stdout.println("scalebench: demo " + s.whatRuns() + " (" + s.source().getFileName() + ")");
      stdout.flush();
      var outcome = new LocalStudyRunner(s, root, GitCommit.current(), options).run(points.get(i), stdout,
          ProgressStyle.forThisProcess(true));
      runs.addAll(outcome.runs());
      skipped += outcome.skipped();
      study = s.name();
    }
    return LocalRunsReport.print(runs, skipped, root.resolve(study), specs.get(0).scaling(), !noAnalyze, stdout,
        spec.commandLine().getErr());
  }

  static List<Path> specFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new BadInputException("no demo studies folder " + dir + " (run from the checkout, or pass --studies)");
    }
    try (Stream<Path> list = Files.list(dir)) {
      List<Path> files = list.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
      if (files.isEmpty()) {
        throw new BadInputException("no *.yaml study specs in " + dir);
      }
      return files;
    }
  }
}
