package org.scalebench.analysis.fit;

import java.util.ArrayList;
import java.util.List;

/**
 * A model with one parameter held at a given value, as a model of the others: what a profile
 * likelihood minimises over. Starts at the given values of the free parameters.
 */
final class FixedParameterModel implements ScalingModel {
  private final ScalingModel full;
  private final int fixed;
  private final double fixedValue;
  private final double[] start;

  FixedParameterModel(ScalingModel full, int fixed, double fixedValue, double[] start) {
    this.full = full;
    this.fixed = fixed;
    this.fixedValue = fixedValue;
    this.start = start.clone();
  }

  double[] expand(double[] free) {
    double[] p = new double[free.length + 1];
    for (int i = 0, j = 0; i < p.length; i++) {
      p[i] = i == fixed ? fixedValue : free[j++];
    }
    return p;
  }

  double[] reduce(double[] p) {
    double[] free = new double[p.length - 1];
    for (int i = 0, j = 0; i < p.length; i++) {
      if (i != fixed) {
        free[j++] = p[i];
      }
    }
    return free;
  }

  @Override
  public String name() {
    return full.name() + " with " + full.parameterNames().get(fixed) + " fixed";
  }

  @Override
  public String equation() {
    return full.equation();
  }

  @Override
  public List<String> parameterNames() {
    List<String> names = new ArrayList<>(full.parameterNames());
    names.remove(fixed);
    return names;
  }

  @Override
  public double value(double[] free, double x) {
    return full.value(expand(free), x);
  }

  @Override
  public double[] gradient(double[] free, double x) {
    return reduce(full.gradient(expand(free), x));
  }

  @Override
  public double[] initialGuess(double[] x, double[] y) {
    return start.clone();
  }

  @Override
  public double[] constrain(double[] free) {
    return reduce(full.constrain(expand(free)));
  }
}
