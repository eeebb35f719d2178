package org.scalebench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.scalebench.launch.MpiEnvironment;
import org.scalebench.results.BadInputException;
import org.scalebench.slurm.ScriptContext;
import org.scalebench.study.Point;
import org.scalebench.study.StudyMatrix;
import org.scalebench.study.StudyReader;
import org.scalebench.study.StudyRun;
import org.scalebench.study.StudyRuns;
import org.scalebench.study.StudySpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options every study verb shares: the spec file, the store, and workload jars beyond the
 * spec's {@code jars:} (they join the spec: its ranks' class path, its scripts, its collect job).
 */
final class StudyInput {
  @Parameters(index = "0", paramLabel = "STUDY_YAML", description = "the study spec (see studies/*.yaml)")
  Path specFile;

  @Option(names = "--out", paramLabel = "DIR", description = "the result store (default: results/runs)")
  Path out;

  @Mixin WorkloadJarOption jars = new WorkloadJarOption();

  private StudySpec spec;
  private List<Point> points;

  StudySpec spec() throws IOException {
    if (spec == null) {
      spec = StudyReader.read(specFile).withJars(jars.paths());
    }
    return spec;
  }

  /**
   * Runs the spec's {@code data:} steps ({@code scalebench data} in the spec's folder), before the
   * points are checked (a workload checks that its input files exist): each writes its files, or
   * keeps them when they are up to date, and says which.
   *
   * @throws BadInputException naming the step that failed (its own sentence is printed above)
   */
  void prepareData(java.io.PrintStream out) throws IOException {
    StudySpec s = spec();
    for (List<String> step : s.data()) {
      int code = DataCommand.run(step, s.source().getParent(), out);
      if (code != ExitCodes.OK) {
        throw new BadInputException("the data step [" + String.join(" ", step) + "] of " + s.source().getFileName()
            + " failed (exit " + code + ")");
      }
    }
  }

  /** The points, every impossible one reported before anything happens. */
  List<Point> points() throws IOException {
    if (points == null) {
      points = StudyMatrix.expand(spec());
    }
    return points;
  }

  Path root() {
    return StorePaths.root(out);
  }

  Path studyDir() throws IOException {
    return root().resolve(spec().name());
  }

  List<StudyRun> runs() throws IOException {
    return StudyRuns.all(spec(), points(), root());
  }

  /**
   * Where the scripts find things: the profile's jar (as the nodes see it), or the jar this command
   * runs from, or {@code --jar}.
   */
  ScriptContext scriptContext(Path jarOption) throws IOException {
    Path jar;
    if (jarOption != null) {
      jar = jarOption;
    } else if (spec().profile().jar() != null) {
      jar = Path.of(spec().profile().jar());
    } else {
      jar = Path.of(MpiEnvironment.selfClassPath());
      if (!Files.isRegularFile(jar) || !jar.toString().endsWith(".jar")) {
        throw new BadInputException("the scripts need the scalebench jar, but this command runs from " + jar
            + "; pass --jar or set jar: in the profile");
      }
    }
    return new ScriptContext(root(), jar.toAbsolutePath().normalize(), GitCommit.current());
  }
}
