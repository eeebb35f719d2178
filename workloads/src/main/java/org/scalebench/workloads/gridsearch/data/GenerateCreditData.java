package org.scalebench.workloads.gridsearch.data;

import java.nio.file.Path;

/**
 * Writes a synthetic credit-score file: {@code java -cp scalebench.jar
 * org.scalebench.workloads.gridsearch.data.GenerateCreditData FILE [ROWS [SEED]]} (defaults:
 * 100,000 rows, seed 42).
 */
public final class GenerateCreditData {
  private GenerateCreditData() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1 || args.length > 3) {
      System.err.println("usage: GenerateCreditData FILE [ROWS [SEED]]  (defaults: "
          + CreditDataGenerator.DEFAULT_ROWS + " rows, seed 42)");
      System.exit(2);
    }
    int rows;
    long seed;
    try {
      rows = args.length > 1 ? Integer.parseInt(args[1]) : CreditDataGenerator.DEFAULT_ROWS;
      seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
    } catch (NumberFormatException e) {
      System.err.println("GenerateCreditData: ROWS and SEED must be whole numbers: " + e.getMessage());
      System.exit(2);
      return;
    }
    if (rows < 1) {
      System.err.println("GenerateCreditData: ROWS must be at least 1, got " + rows);
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    new CreditDataGenerator(seed).write(file, rows);
    System.out.println("wrote " + rows + " rows (seed " + seed + ") to " + file);
  }
}
