package org.scalebench.cli;

import org.scalebench.results.LaunchSpec;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scalebench.api.ParamDef;
import org.scalebench.api.Workload;
import org.scalebench.runtime.WorkloadJar;
import org.scalebench.runtime.WorkloadRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Lists the workloads, where each came from, and their parameters. */
@Command(name = "workloads", mixinStandardHelpOptions = true,
    description = "List the workloads (built-in, and those of --workload-jar), where each came from, and their "
        + "parameters.")
public final class WorkloadsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin WorkloadJarOption jars = new WorkloadJarOption();

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    WorkloadRegistry registry = jars.registry();
    for (WorkloadRegistry.Found f : registry.all()) {
      Workload w = f.workload();
      out.println(w.name() + "  " + w.summary() + "  [" + f.origin() + "]");
      for (ParamDef p : w.params()) {
        out.println("    " + p.name() + "=" + (p.defaultValue() == null ? "(required)" : p.defaultValue())
            + "  " + p.description());
      }
    }
    // exec is the launcher's, not a Java workload: its ranks are the user's program
    out.println(LaunchSpec.EXEC + "  any program as the ranks (an argument vector, no shell): scalebench run --workload "
        + "exec --ranks N -- PROGRAM ARGS..., or workload: exec with command: [...] in a study  [built-in]");
    out.println("    {{name}} in an argument is the value of parameter name; each rank may append phase records to "
        + "the file $SCALEBENCH_RECORDS names (examples/mpi4py/README.md)");
    for (Path jar : registry.jarsWithoutWorkloads()) {
      out.println("(workload jar " + jar + " lists no workload: it has no " + WorkloadJar.SERVICES + "; the ranks get "
          + "it on their class path as a library)");
    }
    return ExitCodes.OK;
  }
}
