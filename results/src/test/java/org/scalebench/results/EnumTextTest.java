package org.scalebench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EnumTextTest {
  @Test
  void tokensAreLowerCaseWithDashesAndReadBackInAnyCase() {
    assertEquals("incomplete", EnumText.token(RunStatus.INCOMPLETE));
    assertEquals(Scaling.WEAK, EnumText.parse(Scaling.class, " Weak ", "scaling"));
    assertEquals("strong | weak", EnumText.choices(Scaling.class));
  }

  @Test
  void anUnknownValueNamesWhatItIsAndTheChoices() {
    BadInputException e = assertThrows(BadInputException.class, () -> EnumText.parse(Scaling.class, "wak", "scaling"));
    assertEquals("scaling must be one of strong | weak, got 'wak'", e.getMessage());
  }
}
