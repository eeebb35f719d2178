package org.scalebench.workloads.gridsearch.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CreditDataGeneratorTest {

  @Test
  void sameSeedSameFileOtherSeedOtherFile() {
    assertEquals(new CreditDataGenerator(5).generate(500), new CreditDataGenerator(5).generate(500));
    assertNotEquals(new CreditDataGenerator(5).generate(500), new CreditDataGenerator(6).generate(500));
  }

  @Test
  void hasThePublicHeaderAndEveryKindOfDirt() {
    String text = new CreditDataGenerator(11).generate(4000);
    assertTrue(text.startsWith(String.join(",", CreditSchema.COLUMNS) + "\n"));
    DirtCounts dirt = new DirtCounts();
    Dataset d = CreditCsvReader.read(text, "generated", dirt);
    assertEquals(4000, d.rows());
    for (Dirt kind : new Dirt[] {Dirt.EMPTY, Dirt.PLACEHOLDER, Dirt.TRAILING_UNDERSCORE, Dirt.ABSURD}) {
      assertTrue(dirt.count(kind) > 20, kind + ": " + dirt);
    }
    assertTrue(text.contains("!@9#%8") && text.contains("_______") && text.contains("__10000__")
        && text.contains(" Years and ") && text.contains(",NA,"), "placeholders of the public file");
    assertTrue(text.contains(",-500,") || text.contains(",8698,") || text.contains(",4808,")
        || text.contains(",1998,"), "absurd ages");
  }

  @Test
  void classSharesAreCloseToThePublicFile() {
    Dataset d = CreditCsvReader.read(new CreditDataGenerator(3).generate(20_000), "generated", new DirtCounts());
    int[] n = new int[3];
    for (int l : d.labels()) {
      n[l]++;
    }
    double good = n[0] / 20_000.0;
    double standard = n[1] / 20_000.0;
    double poor = n[2] / 20_000.0;
    assertTrue(good > 0.15 && good < 0.27, "Good " + good);
    assertTrue(standard > 0.40 && standard < 0.58, "Standard " + standard);
    assertTrue(poor > 0.24 && poor < 0.38, "Poor " + poor);
  }

  @Test
  void writesAboutThreeHundredBytesPerRowToAFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("credit.csv");
    new CreditDataGenerator(2).write(file, 5000);
    long bytes = Files.size(file);
    assertTrue(bytes > 5000 * 270L && bytes < 5000 * 370L, bytes + " bytes");
    assertEquals(new CreditDataGenerator(2).generate(5000), Files.readString(file, StandardCharsets.UTF_8));
  }
}
