package org.scalebench.workloads.gridsearch.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.scalebench.results.BadInputException;
import org.scalebench.results.Checks;

/**
 * The roles the user gives the columns of their own table ({@code target=}, {@code drop=}); every
 * other column is a feature.
 *
 * @param target the column holding the class of each row, non-blank
 * @param drop the identifier columns left out of the features, none blank, none twice, not the target
 */
public record ColumnRoles(String target, List<String> drop) {
  public ColumnRoles {
    Checks.nonBlank("target", target);
    drop = List.copyOf(drop);
    Set<String> seen = new HashSet<>();
    for (String d : drop) {
      if (d.isBlank()) {
        throw new BadInputException("drop= holds an empty column name in " + drop);
      }
      if (!seen.add(d)) {
        throw new BadInputException("drop= names the column '" + d + "' twice");
      }
      if (d.equals(target)) {
        throw new BadInputException("the column '" + d + "' is the target= and in drop=; it can only be one of them");
      }
    }
  }

  /**
   * {@code target=} and {@code drop=} as given: names stripped of surrounding spaces and tabs, {@code
   * drop} split at commas (so a column name with a comma cannot be dropped).
   */
  public static ColumnRoles parse(String target, String dropText) {
    List<String> drop = new ArrayList<>();
    if (!TableCsvReader.strip(dropText).isEmpty()) {
      for (String name : dropText.split(",", -1)) {
        String d = TableCsvReader.strip(name);
        if (d.isEmpty()) {
          throw new BadInputException("drop='" + dropText + "' holds an empty column name (two commas in a row, or one "
              + "at an end)");
        }
        drop.add(d);
      }
    }
    return new ColumnRoles(TableCsvReader.strip(target), drop);
  }
}
