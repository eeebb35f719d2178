package org.scalebench.cli;

import java.util.concurrent.Callable;
import org.scalebench.api.ParamDef;
import org.scalebench.api.Workload;
import org.scalebench.runtime.WorkloadRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists the workloads and their parameters. */
@Command(name = "workloads", mixinStandardHelpOptions = true, description = "List the workloads and their parameters.")
public final class WorkloadsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    for (Workload w : WorkloadRegistry.all()) {
      out.println(w.name() + "  " + w.summary());
      for (ParamDef p : w.params()) {
        out.println("    " + p.name() + "=" + (p.defaultValue() == null ? "(required)" : p.defaultValue())
            + "  " + p.description());
      }
    }
    return ExitCodes.OK;
  }
}
