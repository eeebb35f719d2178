package org.scalebench.launch;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.scalebench.results.StoredRun;
import org.scalebench.study.StudyRun;

/** Reports a local study's runs as they start and finish, in one {@link ProgressStyle}. */
interface LocalProgress extends AutoCloseable {
  void starting(StudyRun run);

  void finished(StudyRun run, StoredRun outcome);

  @Override
  void close();

  static LocalProgress of(ProgressStyle style, String study, int runs, PrintWriter out) {
    if (runs == 0) {
      return Silent.INSTANCE;
    }
    return switch (style) {
      case BAR -> new Bar(new ProgressBarBuilder().setTaskName(study).setInitialMax(runs)
          .setStyle(ProgressBarStyle.ASCII).setUnit(" runs", 1).showSpeed().build());
      case LINES -> new Lines(study, runs, out);
      case NONE -> Silent.INSTANCE;
    };
  }

  enum Silent implements LocalProgress {
    INSTANCE;

    @Override
    public void starting(StudyRun run) {}

    @Override
    public void finished(StudyRun run, StoredRun outcome) {}

    @Override
    public void close() {}
  }

  /** The progress bar library's bar, which estimates the time left itself. */
  record Bar(ProgressBar bar) implements LocalProgress {
    @Override
    public void starting(StudyRun run) {
      bar.setExtraMessage(run.label());
    }

    @Override
    public void finished(StudyRun run, StoredRun outcome) {
      bar.step();
    }

    @Override
    public void close() {
      bar.close();
    }
  }

  /**
   * {@code scalebench: demo [3/12] matching-n1-t2-c1-3bfc805e rep 2 ok 4.21 s; 0:21 elapsed, about 0:35
   * left}: the time left is the mean time of a finished run times the runs still to go.
   */
  final class Lines implements LocalProgress {
    private final String study;
    private final int total;
    private final PrintWriter out;
    private final long startNanos = System.nanoTime();
    private int done;

    Lines(String study, int total, PrintWriter out) {
      this.study = study;
      this.total = total;
      this.out = out;
    }

    @Override
    public void starting(StudyRun run) {}

    @Override
    public void finished(StudyRun run, StoredRun outcome) {
      done++;
      double elapsed = (System.nanoTime() - startNanos) / 1e9;
      double left = elapsed / done * (total - done);
      String result = outcome.isComplete()
          ? String.format(Locale.ROOT, "ok %.2f s", outcome.metadata().wallSeconds())
          : "FAILED" + (outcome.problem() == null ? "" : ": " + outcome.problem());
      out.printf(Locale.ROOT, "scalebench: %s [%d/%d] %s %s; %s elapsed%s%n", study, done, total, run.label(), result,
          clock(elapsed), done < total ? ", about " + clock(left) + " left" : "");
      out.flush();
    }

    @Override
    public void close() {}

    static String clock(double seconds) {
      Duration d = Duration.ofSeconds(Math.round(seconds));
      return d.toHours() > 0
          ? String.format(Locale.ROOT, "%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart())
          : String.format(Locale.ROOT, "%d:%02d", d.toMinutes(), d.toSecondsPart());
    }
  }
}
