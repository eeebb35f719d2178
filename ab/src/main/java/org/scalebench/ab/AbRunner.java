package org.scalebench.ab;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.scalebench.analysis.ab.AbMode;
import org.scalebench.analysis.ab.RoundOrder;
import org.scalebench.results.BadInputException;

/**
 * Runs the rounds of an A/B measurement: in each round both sides measure everything once, in an
 * order drawn from a seeded generator ({@link AbMode#INTERLEAVED}) or at the same time on two cores
 * ({@link AbMode#DUET}). The order of every round is kept, so a run can be told apart from a re-run.
 */
public final class AbRunner {
  /** What the run measured: the order of every round (as it ran) and the samples. */
  public record Outcome(AbMode mode, long seed, List<RoundOrder> rounds, Measurements measurements) {}

  private final Sampler sampler;
  private final AbMode mode;
  private final int rounds;
  private final long seed;
  private final PrintWriter progress;

  /**
   * @param rounds how many rounds, {@code >= 1}
   * @param seed the seed of the order within rounds
   */
  public AbRunner(Sampler sampler, AbMode mode, int rounds, long seed, PrintWriter progress) {
    if (rounds < 1) {
      throw new BadInputException("--rounds must be at least 1, got " + rounds);
    }
    if (mode == AbMode.DUET) {
      int cores = Runtime.getRuntime().availableProcessors();
      if (cores < 2) {
        throw new BadInputException("--mode duet needs 2 cores, this machine has " + cores);
      }
      if (!sampler.singleCore()) {
        throw new BadInputException("--mode duet runs A and B on one core each, but " + sampler.description()
            + " uses more than one core per sample; use --mode interleaved");
      }
    }
    this.sampler = sampler;
    this.mode = mode;
    this.rounds = rounds;
    this.seed = seed;
    this.progress = progress;
  }

  public Outcome run(VariantBuild baseline, VariantBuild current) throws IOException, InterruptedException {
    List<RoundOrder> planned = mode == AbMode.DUET ? java.util.Collections.nCopies(rounds, RoundOrder.TOGETHER)
        : RoundOrder.shuffled(rounds, seed);
    Measurements measurements = new Measurements();
    List<RoundOrder> order = new ArrayList<>();
    long started = System.nanoTime();
    for (int r = 1; r <= rounds; r++) {
      RoundOrder roundOrder = planned.get(r - 1);
      boolean baselineFirst = roundOrder == RoundOrder.A_FIRST;
      List<Sample> a;
      List<Sample> b;
      if (mode == AbMode.DUET) {
        List<List<Sample>> both = duet(baseline, current, r);
        a = both.get(0);
        b = both.get(1);
      } else if (baselineFirst) {
        a = sampler.sample(baseline, r, -1);
        b = sampler.sample(current, r, -1);
      } else {
        b = sampler.sample(current, r, -1);
        a = sampler.sample(baseline, r, -1);
      }
      measurements.addRound(r, a, b);
      order.add(roundOrder);
      double elapsed = (System.nanoTime() - started) / 1e9;
      double eta = elapsed / r * (rounds - r);
      progress.printf(Locale.ROOT, "scalebench: ab: round %d/%d done (%s), %s elapsed, about %s left%n", r, rounds,
          mode == AbMode.DUET ? "both at once" : baselineFirst ? "baseline first" : "current first", clock(elapsed),
          clock(eta));
      progress.flush();
    }
    return new Outcome(mode, seed, order, measurements);
  }

  /**
   * Both sides at once, each pinned to a core of its own; the cores swap every round, so that a core
   * that other work keeps busier slows each side in half of the rounds.
   */
  private List<List<Sample>> duet(VariantBuild baseline, VariantBuild current, int round)
      throws IOException, InterruptedException {
    int baselineCore = round % 2;
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<List<Sample>> a = pool.submit(() -> sampler.sample(baseline, round, baselineCore));
      Future<List<Sample>> b = pool.submit(() -> sampler.sample(current, round, 1 - baselineCore));
      return List.of(a.get(), b.get());
    } catch (ExecutionException e) {
      if (e.getCause() instanceof AbFailure f) {
        throw f;
      }
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  static String clock(double seconds) {
    Duration d = Duration.ofSeconds(Math.round(seconds));
    return d.toHours() > 0 ? String.format(Locale.ROOT, "%dh%02dm", d.toHours(), d.toMinutesPart())
        : String.format(Locale.ROOT, "%dm%02ds", d.toMinutes(), d.toSecondsPart());
  }
}
