package org.scalebench.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scalebench.results.BadInputException;
import org.scalebench.results.ExecCommand;

class ExecTemplateTest {
  @Test
  void placeholdersTakeTheParametersAndEachWordStaysOneWord() {
    ExecTemplate t = new ExecTemplate(List.of("prog", "--n", "{{n}}", "--label={{label}}-x",
        "{\"json\": ${HOME}}"), "/tmp", Map.of("SIZE", "{{n}}"));
    ExecCommand c = t.resolve(Map.of("n", "6000", "label", "a b; $(rm -rf /)"));
    assertEquals(List.of("prog", "--n", "6000", "--label=a b; $(rm -rf /)-x", "{\"json\": ${HOME}}"), c.command());
    assertEquals(Map.of("SIZE", "6000"), c.environment());
  }

  @Test
  void aPlaceholderWithoutItsParameterIsNamed() {
    ExecTemplate t = new ExecTemplate(List.of("prog", "{{size}}"), "/tmp", Map.of());
    BadInputException e = assertThrows(BadInputException.class, () -> t.resolve(Map.of("n", "1")));
    assertEquals("command[1] '{{size}}' names {{size}}, which is not a parameter of the run (its parameters are n)",
        e.getMessage());
  }
}
