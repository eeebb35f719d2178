package org.scalebench.workloads.comm.objects;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;

/**
 * Java serialization of a list of boxed doubles, the counterpart of mpi4py's pickling of a Python
 * list: each element is an object (a {@code Double}: class reference, 8-byte value), about 14 bytes
 * on the wire against 8 in a primitive buffer, plus the allocation of every element on both sides.
 */
public final class Serialization {
  private Serialization() {}

  public static byte[] toBytes(ArrayList<Double> list) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(32, list.size() * 14 + 64));
    try (ObjectOutputStream oos = new ObjectOutputStream(out)) {
      oos.writeObject(list);
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialize a list of " + list.size() + " doubles", e);
    }
    return out.toByteArray();
  }

  @SuppressWarnings("unchecked")
  public static ArrayList<Double> fromBytes(byte[] bytes, int offset, int length) {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes, offset, length))) {
      return (ArrayList<Double>) in.readObject();
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException("cannot deserialize a list of doubles from " + length + " bytes", e);
    }
  }
}
