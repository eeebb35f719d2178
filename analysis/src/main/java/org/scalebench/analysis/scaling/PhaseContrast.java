package org.scalebench.analysis.scaling;

import java.util.function.ToDoubleFunction;
import org.scalebench.analysis.aggregate.PhaseShares;
import org.scalebench.results.Checks;

/**
 * The biggest difference between variants in where their ranks' time went, at one configuration: the
 * share of rank time in one kind of work, for the variant with the most of it and the one with the least.
 *
 * @param shape the configuration (the largest that two instrumented variants share)
 * @param kind the kind of work whose shares differ most
 * @param most the label of the variant with the largest share
 * @param mostShare its share, in [0, 1]
 * @param least the label of the variant with the smallest share
 * @param leastShare its share, in [0, 1], {@code <= mostShare}
 */
public record PhaseContrast(ShapeKey shape, Work kind, String most, double mostShare, String least, double leastShare) {
  /** The kinds of work compared, in the order a tie is broken. */
  public enum Work {
    /** Waiting plus transfer. */
    COMMUNICATION("communicating", s -> s.waitShare() + s.transferShare()),
    IO("in I/O", PhaseShares::ioShare),
    COMPUTE("computing", PhaseShares::computeShare);

    private final String doing;
    private final ToDoubleFunction<PhaseShares> share;

    Work(String doing, ToDoubleFunction<PhaseShares> share) {
      this.doing = doing;
      this.share = share;
    }

    /** How a sentence says it: {@code spends 38% of its rank time communicating}. */
    public String doing() {
      return doing;
    }

    public double share(PhaseShares shares) {
      return share.applyAsDouble(shares);
    }
  }

  public PhaseContrast {
    Checks.notNull("shape", shape);
    Checks.notNull("kind", kind);
    Checks.nonBlank("most", most);
    Checks.nonBlank("least", least);
    if (!(0 <= leastShare && leastShare <= mostShare && mostShare <= 1 + 1e-12)) {
      throw new IllegalArgumentException("need 0 <= leastShare <= mostShare <= 1, got " + leastShare + ", "
          + mostShare);
    }
  }

  /** The difference in share, in [0, 1]. */
  public double difference() {
    return mostShare - leastShare;
  }
}
