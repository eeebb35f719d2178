package org.scalebench.api.mpi;

import mpi.MPI;
import mpi.Op;

/** The reduction operations the layer offers. */
public enum ReduceOp {
  SUM,
  MAX,
  MIN;

  Op mpi() {
    return switch (this) {
      case SUM -> MPI.SUM;
      case MAX -> MPI.MAX;
      case MIN -> MPI.MIN;
    };
  }
}
