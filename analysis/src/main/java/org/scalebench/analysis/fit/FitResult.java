package org.scalebench.analysis.fit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of fitting one {@link ScalingModel}: parameters with intervals and residuals when
 * {@link #status()} is {@link FitStatus#OK}, otherwise a one-sentence {@link #message()} saying why
 * there are none.
 *
 * @param model the model that was fitted
 * @param status whether the parameters can be used
 * @param message why the fit failed, or a caveat about an OK fit (e.g. no interval), or null
 * @param parameters the estimates in {@link ScalingModel#parameterNames()} order; empty unless OK
 * @param residuals one entry per data point; empty unless OK
 * @param rmse root-mean-square residual, in the unit of the fitted quantity; NaN unless OK
 * @param evaluations how many model evaluations the optimizer used
 */
public record FitResult(
    ScalingModel model,
    FitStatus status,
    String message,
    List<FitParameter> parameters,
    List<Residual> residuals,
    double rmse,
    int evaluations) {

  public FitResult {
    Objects.requireNonNull(model, "model must not be null");
    Objects.requireNonNull(status, "status must not be null");
    parameters = List.copyOf(parameters);
    residuals = List.copyOf(residuals);
    if (status == FitStatus.OK && parameters.size() != model.parameterNames().size()) {
      throw new IllegalArgumentException("an OK fit of " + model.name() + " needs "
          + model.parameterNames().size() + " parameters, got " + parameters.size());
    }
    if (status != FitStatus.OK && (message == null || message.isBlank())) {
      throw new IllegalArgumentException("a failed fit needs a message");
    }
  }

  /** A fit that produced no parameters, with the reason. */
  public static FitResult failed(ScalingModel model, FitStatus status, String message, int evaluations) {
    return new FitResult(model, status, message, List.of(), List.of(), Double.NaN, evaluations);
  }

  public boolean ok() {
    return status == FitStatus.OK;
  }

  /** The parameter called {@code name}, if the fit succeeded. */
  public Optional<FitParameter> parameter(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** The estimate of {@code name}; throws when the fit failed or there is no such parameter. */
  public double value(String name) {
    return parameter(name)
        .orElseThrow(() -> new IllegalStateException(model.name() + " fit has no parameter " + name
            + (ok() ? "" : " (" + message + ")")))
        .value();
  }

  /** The fitted model at {@code x}; NaN when the fit failed. */
  public double predict(double x) {
    if (!ok()) {
      return Double.NaN;
    }
    double[] p = parameters.stream().mapToDouble(FitParameter::value).toArray();
    return model.value(p, x);
  }
}
