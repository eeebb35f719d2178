package org.scalebench.analysis.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.exception.MathArithmeticException;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.util.Pair;

/**
 * Fits a {@link ScalingModel} by unweighted least squares with Commons Math's Levenberg-Marquardt
 * optimizer; standard errors come from the covariance of the problem, 95% intervals from the
 * profile of the residual sum of squares within each parameter's domain ({@link ProfileLikelihood}).
 *
 * <p>Never throws for bad data or a failed iteration: the result says what went wrong.
 */
public final class LeastSquaresFitter {
  /** Evaluation budget of a normal fit; LM needs a few dozen on the laws here. */
  public static final int DEFAULT_MAX_EVALUATIONS = 10_000;

  private LeastSquaresFitter() {}

  /** Fits with the default evaluation budget. */
  public static FitResult fit(ScalingModel model, double[] x, double[] y) {
    return fit(model, x, y, DEFAULT_MAX_EVALUATIONS);
  }

  /**
   * Fits {@code model} to the points {@code (x[i], y[i])}.
   *
   * @param maxEvaluations the evaluation and iteration budget, {@code >= 1}; exhausting it gives
   *     {@link FitStatus#NOT_CONVERGED}
   */
  public static FitResult fit(ScalingModel model, double[] x, double[] y, int maxEvaluations) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("x and y must have the same length, got " + x.length + " and " + y.length);
    }
    int k = model.parameterNames().size();
    for (int i = 0; i < x.length; i++) {
      if (!Double.isFinite(x[i]) || !Double.isFinite(y[i]) || x[i] <= 0) {
        return FitResult.failed(model, FitStatus.BAD_DATA, String.format(Locale.ROOT,
            "point %d is (%s, %s): %s needs finite values and a positive rank count", i, x[i], y[i], model.name()), 0);
      }
    }
    long distinct = Arrays.stream(x).distinct().count();
    if (x.length < k + 1 || distinct < k) {
      return FitResult.failed(model, FitStatus.TOO_FEW_POINTS, String.format(Locale.ROOT,
          "%s has %d parameters and needs at least %d points at %d different rank counts; got %d points at %d",
          model.name(), k, k + 1, k, x.length, distinct), 0);
    }
    double[] start = model.constrain(model.initialGuess(x, y));
    LeastSquaresOptimizer.Optimum optimum;
    try {
      optimum = new LevenbergMarquardtOptimizer().optimize(problem(model, x, y, start, maxEvaluations));
    } catch (TooManyEvaluationsException | TooManyIterationsException e) {
      return FitResult.failed(model, FitStatus.NOT_CONVERGED,
          model.name() + " fit did not converge within " + maxEvaluations + " evaluations", maxEvaluations);
    } catch (MathIllegalStateException | MathArithmeticException | MathIllegalArgumentException e) {
      return FitResult.failed(model, FitStatus.NOT_CONVERGED,
          model.name() + " fit failed numerically: " + e.getMessage(), 0);
    }
    double[] p = model.constrain(optimum.getPoint().toArray());
    for (double v : p) {
      if (!Double.isFinite(v)) {
        return FitResult.failed(model, FitStatus.NOT_CONVERGED,
            model.name() + " fit diverged to a non-finite parameter", optimum.getEvaluations());
      }
    }
    List<Residual> residuals = new ArrayList<>(x.length);
    double rss = 0;
    for (int i = 0; i < x.length; i++) {
      double fitted = model.value(p, x[i]);
      residuals.add(new Residual(x[i], y[i], fitted));
      rss += (y[i] - fitted) * (y[i] - fitted);
    }
    int dof = x.length - k;
    double[] se = new double[k];
    Arrays.fill(se, Double.NaN);
    String caveat = null;
    try {
      // getCovariances gives (J^T J)^-1; scale by the residual variance RSS / (n - k)
      RealMatrix unscaled = optimum.getCovariances(1e-14);
      double s2 = rss / dof;
      for (int j = 0; j < k; j++) {
        se[j] = Math.sqrt(Math.max(0, unscaled.getEntry(j, j) * s2));
      }
    } catch (SingularMatrixException e) {
      caveat = "the Jacobian is singular at the optimum, so the parameters have no standard error";
    }
    List<FitParameter> parameters = new ArrayList<>(k);
    ProfileLikelihood profile = dof > 0 ? new ProfileLikelihood(model, x, y, p, rss) : null;
    for (int j = 0; j < k; j++) {
      double[] ci = profile == null ? new double[] {Double.NaN, Double.NaN} : profile.interval(j, se[j]);
      parameters.add(new FitParameter(model.parameterNames().get(j), p[j], se[j], ci[0], ci[1],
          model.domains().get(j).boundOf(p[j])));
    }
    return new FitResult(model, FitStatus.OK, caveat, parameters, residuals, Math.sqrt(rss / x.length),
        optimum.getEvaluations());
  }

  /**
   * The least-squares estimate alone (no intervals, no checks beyond finiteness), for refits in
   * leave-one-out and bootstrap loops; null when the iteration fails.
   */
  public static double[] estimate(ScalingModel model, double[] x, double[] y) {
    return optimize(model, x, y, model.constrain(model.initialGuess(x, y)), DEFAULT_MAX_EVALUATIONS);
  }

  /** Runs Levenberg-Marquardt from {@code start}; null when it fails or leaves the finite numbers. */
  static double[] optimize(ScalingModel model, double[] x, double[] y, double[] start, int maxEvaluations) {
    try {
      double[] p = new LevenbergMarquardtOptimizer().optimize(problem(model, x, y, start, maxEvaluations))
          .getPoint().toArray();
      p = model.constrain(p);
      for (double v : p) {
        if (!Double.isFinite(v)) {
          return null;
        }
      }
      return p;
    } catch (MathIllegalStateException | MathArithmeticException | MathIllegalArgumentException e) {
      return null;
    }
  }

  /** The residual sum of squares at {@code p}; +inf where the model is not a finite number. */
  static double rss(ScalingModel model, double[] x, double[] y, double[] p) {
    double rss = 0;
    for (int i = 0; i < x.length; i++) {
      double r = y[i] - model.value(p, x[i]);
      rss += r * r;
    }
    return Double.isFinite(rss) ? rss : Double.POSITIVE_INFINITY;
  }

  private static LeastSquaresProblem problem(ScalingModel model, double[] x, double[] y, double[] start,
      int maxEvaluations) {
    MultivariateJacobianFunction function = point -> {
      double[] p = point.toArray();
      double[] values = new double[x.length];
      double[][] jacobian = new double[x.length][];
      for (int i = 0; i < x.length; i++) {
        values[i] = model.value(p, x[i]);
        jacobian[i] = model.gradient(p, x[i]);
      }
      return new Pair<RealVector, RealMatrix>(new ArrayRealVector(values, false),
          new Array2DRowRealMatrix(jacobian, false));
    };
    return new LeastSquaresBuilder()
        .start(start)
        .model(function)
        .target(y)
        .parameterValidator(v -> new ArrayRealVector(model.constrain(v.toArray()), false))
        .lazyEvaluation(false)
        .maxEvaluations(maxEvaluations)
        .maxIterations(maxEvaluations)
        .build();
  }
}
