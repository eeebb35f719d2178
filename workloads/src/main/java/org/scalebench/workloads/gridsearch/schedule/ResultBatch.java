package org.scalebench.workloads.gridsearch.schedule;

import java.io.Serializable;
import java.util.List;
import org.scalebench.api.mpi.ObjectBytes;

/**
 * Results travelling together (a worker's report, a rank's gathered share).
 *
 * @param results finished fits
 */
public record ResultBatch(List<CombinationResult> results) implements Serializable {
  public ResultBatch {
    results = List.copyOf(results);
  }

  byte[] toBytes() {
    return ObjectBytes.write(this, 0);
  }

  static ResultBatch fromBytes(byte[] bytes, int length) {
    return ObjectBytes.read(bytes, 0, length, ResultBatch.class);
  }
}
