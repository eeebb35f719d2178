package org.scalebench.analysis.fit;

import org.scalebench.results.Checks;

/**
 * One law fitted to every repetition's wall time (on the log scale, {@link LogScaleModel}) and
 * scored for {@link ModelSelection}.
 *
 * @param fit the fit; its model is a {@link LogScaleModel}, its residuals in {@code ln s}
 * @param observations how many repetitions were fitted
 * @param unitCounts how many distinct unit counts they cover
 * @param aicc Akaike's criterion with the small-sample correction, NaN when not eligible
 * @param deltaAicc {@code aicc} minus the smallest among eligible candidates, NaN when not eligible
 * @param weight the Akaike weight in [0, 1], NaN when not eligible
 * @param looError leave-one-out error: the mean over unit counts of |predicted - measured| / measured
 *     median time, with the law refitted without that unit count; NaN when it cannot be refitted
 * @param ineligible why the law takes no part in the choice (too few points, failed fit), or null
 */
public record ModelCandidate(FitResult fit, int observations, int unitCounts, double aicc, double deltaAicc,
    double weight, double looError, String ineligible) {

  public ModelCandidate {
    Checks.notNull("fit", fit);
    if (ineligible == null && !fit.ok()) {
      throw new IllegalArgumentException("a failed fit cannot be eligible: " + fit.message());
    }
  }

  public String name() {
    return fit.model().name();
  }

  public boolean eligible() {
    return ineligible == null;
  }

  /** Parameters of the law, not counting the error variance. */
  public int parameters() {
    return fit.model().parameterNames().size();
  }

  /** The law's time in seconds at {@code units}; NaN when the fit failed. */
  public double seconds(double units) {
    return fit.ok() ? Math.exp(fit.predict(units)) : Double.NaN;
  }

  ModelCandidate scored(double delta, double w) {
    return new ModelCandidate(fit, observations, unitCounts, aicc, delta, w, looError, ineligible);
  }
}
