package org.scalebench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.scalebench.launch.LocalLauncher;
import org.scalebench.launch.MpiEnvironment;
import org.scalebench.launch.RunPlan;
import org.scalebench.results.RunState;
import org.scalebench.results.StoredRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scalebench demo}: a shipped local study of every workload, into {@code results/runs/demo}. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the shipped demo study on this machine with mpirun (results in results/runs/demo).")
public final class DemoCommand implements Callable<Integer> {
  /** One demo point: a workload, its parameters and the rank counts it runs at. */
  record DemoPoint(String workload, Map<String, String> params, List<Integer> ranks) {}

  static final List<DemoPoint> POINTS = List.of(
      new DemoPoint("hello", Map.of(), List.of(1, 2, 4)),
      new DemoPoint("p2p", Map.of(), List.of(1, 2, 4)),
      new DemoPoint("sum", Map.of("n", "1000000"), List.of(1, 2, 4)),
      new DemoPoint("objects-vs-buffers", Map.of("sizes", "1000,10000", "repetitions", "1"), List.of(2, 4)),
      // the seed's 1725 x 1725 names (2,975,625 ratios), with the strategy that scales
      new DemoPoint("matching", Map.of("generate", "1725", "strategy", "tiles"), List.of(1, 2, 4)),
      // the seed's 216 combinations on a small generated file with few rounds: seconds, not hours
      new DemoPoint("gridsearch", Map.of("rows", "1000", "rounds", "2"), List.of(1, 2)));

  @Spec CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", description = "the result store (default: results/runs)")
  Path out;

  @Option(names = "--timeout", defaultValue = "300", paramLabel = "SECONDS",
      description = "time limit per run (default: ${DEFAULT-VALUE})")
  long timeoutSeconds;

  @Override
  public Integer call() throws Exception {
    PrintWriter stdout = spec.commandLine().getOut();
    Path root = out != null ? out : StorePaths.defaultRoot();
    List<RunPlan> plans = new ArrayList<>();
    for (DemoPoint p : POINTS) {
      for (int ranks : p.ranks()) {
        plans.add(RunPlan.of(root, "demo", p.workload(), p.params(), 1, ranks, 1, "mpirun",
            GitCommit.current(), LocalLauncher.oversubscribes(ranks, 1), true));
      }
    }
    MpiEnvironment.requireMpiJar();
    LocalLauncher launcher = new LocalLauncher(LocalLauncher.LocalOptions.defaults()
        .withEcho(null).withTimeout(Duration.ofSeconds(timeoutSeconds)));
    List<StoredRun> runs = new ArrayList<>();
    try (ProgressBar bar = new ProgressBarBuilder().setTaskName("demo").setInitialMax(plans.size())
        .setStyle(ProgressBarStyle.ASCII).setUnit(" runs", 1).showSpeed().build()) {
      for (RunPlan plan : plans) {
        bar.setExtraMessage(plan.spec().workload() + " x" + plan.spec().ranks());
        runs.add(launcher.launch(plan.spec(), plan.runDir()));
        bar.step();
      }
    }
    stdout.println();
    stdout.printf(Locale.ROOT, "%-18s %5s %-10s %10s  %s%n", "workload", "ranks", "state", "wall [s]", "run");
    int failed = 0;
    for (StoredRun run : runs) {
      var m = run.metadata();
      String wall = m == null ? "-" : String.format(Locale.ROOT, "%.4f", m.wallSeconds());
      stdout.printf(Locale.ROOT, "%-18s %5s %-10s %10s  %s%n", m == null ? "?" : m.workload(),
          m == null ? "?" : Integer.toString(m.ranks()), run.state().name().toLowerCase(Locale.ROOT), wall,
          root.toAbsolutePath().relativize(run.dir().toAbsolutePath()));
      if (run.state() != RunState.COMPLETE) {
        failed++;
        stdout.println("         problem: " + run.problem());
      }
    }
    stdout.println();
    stdout.println(failed == 0
        ? "scalebench: demo complete: " + runs.size() + " runs in " + root.resolve("demo")
        : "scalebench: demo finished with " + failed + " failed run(s) of " + runs.size());
    return failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
  }
}
