package org.scalebench.workloads;

import java.util.List;
import java.util.stream.Collectors;
import org.scalebench.results.BadInputException;
import org.scalebench.workloads.comm.collectives.CollectivesWorkload;
import org.scalebench.workloads.comm.objects.ObjectsVsBuffersWorkload;
import org.scalebench.workloads.comm.pingpong.PingPongWorkload;
import org.scalebench.workloads.gridsearch.GridSearchWorkload;
import org.scalebench.workloads.hello.HelloWorkload;
import org.scalebench.workloads.matching.MatchingWorkload;
import org.scalebench.workloads.p2p.PointToPointWorkload;
import org.scalebench.workloads.sum.SumWorkload;

/** Every workload of the suite, by name. */
public final class WorkloadRegistry {
  private static final List<Workload> ALL = List.of(
      new HelloWorkload(), new PointToPointWorkload(), new SumWorkload(), new MatchingWorkload(),
      new GridSearchWorkload(), new PingPongWorkload(), new CollectivesWorkload(), new ObjectsVsBuffersWorkload());

  private WorkloadRegistry() {}

  public static List<Workload> all() {
    return ALL;
  }

  /** The workload called {@code name}, or a {@link BadInputException} listing the known ones. */
  public static Workload byName(String name) {
    for (Workload w : ALL) {
      if (w.name().equals(name)) {
        return w;
      }
    }
    List<String> names = ALL.stream().map(Workload::name).toList();
    throw new BadInputException("unknown workload '" + name + "'" + Params.suggestion(String.valueOf(name), names)
        + "; known workloads: " + names.stream().collect(Collectors.joining(", ")));
  }
}
