package org.scalebench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import org.scalebench.slurm.JobManifest;
import org.scalebench.slurm.JobScripts;
import org.scalebench.slurm.ScriptContext;
import org.scalebench.slurm.SlurmCommands;
import org.scalebench.slurm.SlurmLayout;
import org.scalebench.slurm.StudyGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scalebench generate study.yaml}: the sbatch scripts of a study, one job array per resource shape. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = {"Write one sbatch job array per resource shape (nodes x tasks x cpus; at most the profile's "
        + "maxArraySize runs each) with its runs table, and a final collect-and-analyze script, into "
        + "<store>/<study>/slurm/; complete runs are skipped.",
        "With --dry-run, print the scripts and write nothing."})
public final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec cmd;
  @Mixin StudyInput input = new StudyInput();

  @Option(names = "--dry-run", description = "print the scripts instead of writing them")
  boolean dryRun;

  @Option(names = "--jar", paramLabel = "JAR", description = "the scalebench jar as the nodes see it "
      + "(default: the profile's jar, else this one)")
  Path jar;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = cmd.commandLine().getOut();
    var spec = input.spec();
    if (!dryRun) {
      input.prepareData(System.out);
    }
    var points = input.points();
    ScriptContext ctx = input.scriptContext(jar);
    Set<String> active = dryRun ? Set.of() : activeRuns(ctx.storeRoot(), spec.name());
    StudyGenerator.Generated g = new StudyGenerator(spec, ctx).generate(points, active, !dryRun);
    if (dryRun) {
      for (StudyGenerator.ArrayJob array : g.arrays()) {
        out.println("# ---- " + array.script() + " ----");
        out.print(array.text());
      }
      out.println("# ---- " + SlurmLayout.collectScript(ctx.storeRoot(), spec.name()) + " ----");
      out.print(JobScripts.collect(spec, ctx));
      out.flush();
      return ExitCodes.OK;
    }
    out.printf(java.util.Locale.ROOT, "scalebench: %d job array(s) with %d run(s) of %d point(s) x %d repetition(s) of "
        + "study %s in %s (%d run(s) already complete, %d still queued or running)%n", g.arrays().size(),
        g.runs().size(), points.size(), spec.repetitions(), spec.name(),
        SlurmLayout.slurmDir(ctx.storeRoot(), spec.name()), g.complete(), g.active());
    out.println("scalebench: collect-and-analyze script " + g.collectScript());
    out.println("scalebench: submit them with 'scalebench submit " + input.specFile + "' (keeps a manifest, chains "
        + "the collect job)");
    return ExitCodes.OK;
  }

  /** Runs whose job is still queued or running, when a manifest says jobs were submitted. */
  static Set<String> activeRuns(Path root, String study) throws Exception {
    JobManifest manifest = JobManifest.read(root, study);
    return manifest.jobs().isEmpty() ? Set.of() : manifest.active(new SlurmCommands().queue()).keySet();
  }

}
