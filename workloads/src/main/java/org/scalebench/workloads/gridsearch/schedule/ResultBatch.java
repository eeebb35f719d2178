package org.scalebench.workloads.gridsearch.schedule;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.List;

/**
 * Results travelling together (a worker's report, a rank's gathered share).
 *
 * @param results finished fits
 */
public record ResultBatch(List<FitResult> results) implements Serializable {
  public ResultBatch {
    results = List.copyOf(results);
  }

  byte[] toBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(this);
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialize " + results.size() + " results", e);
    }
    return bytes.toByteArray();
  }

  static ResultBatch fromBytes(byte[] bytes, int length) {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes, 0, length))) {
      return (ResultBatch) in.readObject();
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException("cannot read a result batch of " + length + " bytes", e);
    }
  }
}
