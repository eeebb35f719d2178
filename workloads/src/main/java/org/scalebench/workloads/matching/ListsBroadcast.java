package org.scalebench.workloads.matching;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import org.scalebench.api.mpi.BufferType;
import org.scalebench.api.mpi.DirectBuffers;
import org.scalebench.api.mpi.MpiComm;
import org.scalebench.api.mpi.MpiException;

/**
 * Gives every rank the lists rank 0 holds: a 4-int header (sizes, byte counts), then each list's
 * UTF-8 bytes and offsets ({@link PackedStrings}) as buffer broadcasts. The arrays go through
 * direct buffers: the bindings copy Java arrays through a temporary buffer on every call, and
 * large ones are where that costs.
 */
final class ListsBroadcast {
  private ListsBroadcast() {}

  /**
   * Every rank's copy of the lists; {@code lists} matters only at rank 0 (others pass null). All
   * calls are timed in {@code phase}.
   */
  static NameLists share(MpiComm comm, NameLists lists, String phase) throws MpiException {
    if (comm.size() == 1) {
      return lists;
    }
    boolean root = comm.rank() == 0;
    PackedStrings left = root ? PackedStrings.pack(lists.left()) : null;
    PackedStrings right = root ? PackedStrings.pack(lists.right()) : null;
    int[] header = root
        ? new int[] {left.size(), right.size(), left.utf8().length, right.utf8().length}
        : new int[4];
    comm.bcast(header, 4, BufferType.INT, 0, phase);
    PackedStrings l = shareOne(comm, left, header[0], header[2], phase);
    PackedStrings r = shareOne(comm, right, header[1], header[3], phase);
    return root ? lists : new NameLists(l.unpack(), r.unpack());
  }

  private static PackedStrings shareOne(MpiComm comm, PackedStrings packed, int size, int bytes, String phase)
      throws MpiException {
    ByteBuffer utf8 = DirectBuffers.bytes(Math.max(1, bytes));
    IntBuffer offsets = DirectBuffers.ints(size + 1);
    if (packed != null) {
      utf8.put(packed.utf8()).clear();
      offsets.put(packed.offsets()).clear();
    }
    comm.bcast(utf8, bytes, BufferType.BYTE, 0, phase);
    comm.bcast(offsets, size + 1, BufferType.INT, 0, phase);
    if (packed != null) {
      return packed;
    }
    byte[] b = new byte[bytes];
    utf8.get(b);
    int[] o = new int[size + 1];
    offsets.get(o);
    return new PackedStrings(b, o);
  }
}
