package org.scalebench.workloads.comm.objects;

import java.nio.DoubleBuffer;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.scalebench.workloads.comm.CommPhases;

/** The checks of validate=true, outside the timed steps (phase {@link CommPhases#VALIDATE}). */
final class ValueChecks {
  private ValueChecks() {}

  static void values(Form form, String step, Form.Run run, double[] got, IntToDoubleFunction want) {
    try (var span = run.clock().timer().compute(CommPhases.VALIDATE)) {
      for (int i = 0; i < got.length; i++) {
        if (got[i] != want.applyAsDouble(i)) {
          throw Form.mismatch(form, step, run.rank(), i, got[i], want.applyAsDouble(i));
        }
      }
    }
  }

  static void values(Form form, String step, Form.Run run, DoubleBuffer got, IntToDoubleFunction want) {
    try (var span = run.clock().timer().compute(CommPhases.VALIDATE)) {
      for (int i = 0; i < got.capacity(); i++) {
        if (got.get(i) != want.applyAsDouble(i)) {
          throw Form.mismatch(form, step, run.rank(), i, got.get(i), want.applyAsDouble(i));
        }
      }
    }
  }

  static void values(Form form, String step, Form.Run run, List<Double> got, IntToDoubleFunction want) {
    try (var span = run.clock().timer().compute(CommPhases.VALIDATE)) {
      if (got.size() != run.split().elements()) {
        throw new IllegalStateException("validation failed: " + step + " of " + form.label() + ": rank " + run.rank()
            + " has " + got.size() + " elements, expected " + run.split().elements());
      }
      for (int i = 0; i < got.size(); i++) {
        if (got.get(i) != want.applyAsDouble(i)) {
          throw Form.mismatch(form, step, run.rank(), i, got.get(i), want.applyAsDouble(i));
        }
      }
    }
  }
}
