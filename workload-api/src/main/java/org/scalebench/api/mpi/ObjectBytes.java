package org.scalebench.api.mpi;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;

/** Java serialization to and from byte arrays, for objects sent as MPI bytes (mpi4py's pickling). */
public final class ObjectBytes {
  private ObjectBytes() {}

  /**
   * @param expectedBytes the buffer's first size, {@code >= 0} (a good guess saves copies of large objects)
   */
  public static byte[] write(Serializable value, int expectedBytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(32, expectedBytes));
    try (ObjectOutputStream oos = new ObjectOutputStream(out)) {
      oos.writeObject(value);
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialize " + value.getClass().getName(), e);
    }
    return out.toByteArray();
  }

  /** The object in {@code bytes[offset, offset + length)}. */
  public static <T> T read(byte[] bytes, int offset, int length, Class<T> type) {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes, offset, length))) {
      return type.cast(in.readObject());
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException("cannot deserialize a " + type.getName() + " from " + length + " bytes", e);
    }
  }
}
