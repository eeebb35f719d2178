package org.scalebench.workloads.comm.objects;

import java.util.ArrayList;
import org.scalebench.api.mpi.ObjectBytes;

/**
 * Java serialization of a list of boxed doubles, the counterpart of mpi4py's pickling of a Python
 * list: each element is an object (a {@code Double}: class reference, 8-byte value), about 14 bytes
 * on the wire against 8 in a primitive buffer, plus the allocation of every element on both sides.
 */
public final class Serialization {
  private Serialization() {}

  public static byte[] toBytes(ArrayList<Double> list) {
    return ObjectBytes.write(list, list.size() * 14 + 64);
  }

  @SuppressWarnings("unchecked")
  public static ArrayList<Double> fromBytes(byte[] bytes, int offset, int length) {
    return ObjectBytes.read(bytes, offset, length, ArrayList.class);
  }
}
