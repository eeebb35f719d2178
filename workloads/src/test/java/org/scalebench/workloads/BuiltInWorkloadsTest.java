package org.scalebench.workloads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scalebench.api.Params;
import org.scalebench.api.Workload;
import org.scalebench.results.BadInputException;
import org.scalebench.runtime.WorkloadRegistry;

/** The built-in workloads as the runtime finds them (ServiceLoader), and their parameters. */
class BuiltInWorkloadsTest {
  private final Workload sum = WorkloadRegistry.onClassPath().byName("sum");

  @Test
  void defaultsApplyAndValuesParse() {
    assertEquals(100, Params.resolve(sum, Map.of()).longValue("n"));
    assertEquals(1000000, Params.resolve(sum, Map.of("n", "1000000")).intValue("n"));
  }

  @Test
  void badValuesNameWorkloadParameterAndValue() {
    BadInputException e = assertThrows(BadInputException.class, () -> Params.resolve(sum, Map.of("n", "abc")));
    assertEquals("parameter n='abc' of workload sum is not a whole number", e.getMessage());
    e = assertThrows(BadInputException.class, () -> Params.resolve(sum, Map.of("n", "0")));
    assertEquals("parameter n='0' of workload sum is out of range: must be between 1 and 2147483631", e.getMessage());
  }

  @Test
  void unknownParameterSuggestsTheClosestOne() {
    Workload p2p = WorkloadRegistry.onClassPath().byName("p2p");
    BadInputException e = assertThrows(BadInputException.class, () -> Params.resolve(p2p, Map.of("vaule", "3")));
    assertEquals("workload p2p has no parameter 'vaule' (did you mean 'value'?); it takes: value", e.getMessage());
  }

  @Test
  void unknownWorkloadListsTheKnownOnes() {
    BadInputException e = assertThrows(BadInputException.class, () -> WorkloadRegistry.onClassPath().byName("summ"));
    assertEquals(true, e.getMessage().startsWith("unknown workload 'summ' (did you mean 'sum'?); known workloads: hello, p2p, sum"),
        e.getMessage());
  }
}
