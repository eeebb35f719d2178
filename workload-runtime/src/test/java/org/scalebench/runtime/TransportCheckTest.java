package org.scalebench.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scalebench.results.BadInputException;

class TransportCheckTest {
  @Test
  void ffmOnAnOlderJdkNamesTheJdkFoundAndTheOneNeeded() {
    assertEquals("transport ffm needs a JDK 22 or newer (java.lang.foreign), but the ranks' java is 17 "
        + "(/usr/lib/jvm/java-17-openjdk-amd64); point the profile's java (or SCALEBENCH_FFM_JDK) at a JDK 22+, or use "
        + "transport jni", TransportCheck.problem("ffm", 17, "/usr/lib/jvm/java-17-openjdk-amd64"));
    assertNull(TransportCheck.problem("ffm", 22, "/opt/jdk-22"));
    assertNull(TransportCheck.problem("jni", 17, "/usr/lib/jvm/java-17-openjdk-amd64"));
  }

  @Test
  void thisJvmIsCheckedBeforeMpiStarts() {
    if (Runtime.version().feature() < TransportCheck.FFM_MIN_JDK) {
      BadInputException e = assertThrows(BadInputException.class, () -> TransportCheck.requireJdkFor("ffm"));
      assertTrue(e.getMessage().contains("but the ranks' java is " + Runtime.version().feature()), e.getMessage());
    } else {
      TransportCheck.requireJdkFor("ffm");
    }
    TransportCheck.requireJdkFor("jni");
  }

  @Test
  void anUnknownTransportIsNamedWithTheOnesThereAre() {
    BadInputException e = assertThrows(BadInputException.class, () -> RankMpi.start("udp"));
    assertTrue(e.getMessage().startsWith("the ranks have no MPI transport 'udp' on their class path (they have [jni"),
        e.getMessage());
  }
}
