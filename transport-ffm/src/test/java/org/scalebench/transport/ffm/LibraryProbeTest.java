package org.scalebench.transport.ffm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LibraryProbeTest {
  @Test
  void theLaunchersEnvironmentDecidesWhichLibraryIsTriedFirst() {
    assertEquals("libmpi.so.40", LibraryProbe.candidates(Map.of("OMPI_COMM_WORLD_RANK", "0")).get(0));
    assertEquals("libmpich.so.12", LibraryProbe.candidates(Map.of("PMI_RANK", "0", "PMI_FD", "5")).get(0));
    assertEquals("libmpi.so.40", LibraryProbe.candidates(Map.of()).get(0));
    assertEquals(List.of("/opt/x/libmpi.so"), LibraryProbe.candidates(Map.of("SCALEBENCH_MPI_LIBRARY", "/opt/x/libmpi.so")));
  }

  @Test
  void theFlavourComesFromTheVersionString() {
    assertEquals(MpiFlavour.OPEN_MPI, MpiFlavour.ofLibraryVersion("Open MPI v4.1.4, package: Debian OpenMPI, ..."));
    assertEquals(MpiFlavour.MPICH, MpiFlavour.ofLibraryVersion("MPICH Version:\t4.0.2\nMPICH Release date: ..."));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MpiFlavour.ofLibraryVersion("Intel(R) MPI Library 2021.10\nmore"));
    assertTrue(e.getMessage().contains("'Intel(R) MPI Library 2021.10' is neither Open MPI nor MPICH"), e.getMessage());
  }

  @Test
  void aTableWithoutARequiredHandleIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MpiAbi(MpiFlavour.MPICH,
        List.of("x.so"), 4, Map.of(), -2, -1, -1, 1, 20, 8, 12, 16));
    assertEquals("the MPICH ABI table lacks MPI_COMM_WORLD", e.getMessage());
  }
}
