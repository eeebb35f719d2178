package org.scalebench.api.mpi;

/** The reduction operations the layer offers, element-wise over the ranks' buffers. */
public enum ReduceOp {
  SUM,
  MAX,
  MIN
}
