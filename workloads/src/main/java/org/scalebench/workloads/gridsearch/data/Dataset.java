package org.scalebench.workloads.gridsearch.data;

import java.util.Arrays;
import java.util.List;
import org.scalebench.results.Checks;

/**
 * A cleaned table ready for XGBoost: a dense row-major float matrix with {@link Float#NaN} for
 * missing cells, and one class label per row.
 *
 * @param features {@code rows * columns} values, row {@code r} at {@code [r*columns, (r+1)*columns)}
 * @param rows the number of rows, {@code >= 1}
 * @param columns the number of features, {@code >= 1}
 * @param labels the class of each row, {@code 0..classes-1}
 * @param featureNames one name per feature column
 * @param classNames the classes in label order: label {@code i} is {@code classNames.get(i)}, at least 2
 */
public record Dataset(float[] features, int rows, int columns, int[] labels, List<String> featureNames,
    List<String> classNames) {
  public Dataset {
    Checks.notNull("features", features);
    Checks.notNull("labels", labels);
    Checks.atLeast("rows", rows, 1);
    Checks.atLeast("columns", columns, 1);
    if ((long) rows * columns != features.length) {
      throw new IllegalArgumentException("features must hold rows*columns = " + (long) rows * columns
          + " values, got " + features.length);
    }
    if (labels.length != rows) {
      throw new IllegalArgumentException("labels must hold one label per row (" + rows + "), got " + labels.length);
    }
    featureNames = List.copyOf(featureNames);
    if (featureNames.size() != columns) {
      throw new IllegalArgumentException("featureNames must name " + columns + " columns, got " + featureNames.size());
    }
    classNames = List.copyOf(classNames);
    if (classNames.size() < 2) {
      throw new IllegalArgumentException("classNames must name at least 2 classes, got " + classNames);
    }
    for (int r = 0; r < rows; r++) {
      if (labels[r] < 0 || labels[r] >= classNames.size()) {
        throw new IllegalArgumentException("labels must be in 0.." + (classNames.size() - 1) + ", got " + labels[r]
            + " at row " + r);
      }
    }
  }

  /** The number of classes, {@code >= 2}. */
  public int classes() {
    return classNames.size();
  }

  /** The rows at {@code indices}, in that order, as a row-major matrix. */
  public float[] featuresOf(int[] indices) {
    float[] out = new float[indices.length * columns];
    for (int i = 0; i < indices.length; i++) {
      System.arraycopy(features, indices[i] * columns, out, i * columns, columns);
    }
    return out;
  }

  /** The labels at {@code indices} as floats (XGBoost's label type). */
  public float[] labelsOf(int[] indices) {
    float[] out = new float[indices.length];
    for (int i = 0; i < indices.length; i++) {
      out[i] = labels[indices[i]];
    }
    return out;
  }

  /** Bit-exact equality of the contents (a record's equals compares arrays by identity). */
  public boolean sameContents(Dataset other) {
    return rows == other.rows && columns == other.columns && Arrays.equals(features, other.features)
        && Arrays.equals(labels, other.labels) && featureNames.equals(other.featureNames)
        && classNames.equals(other.classNames);
  }
}
