package org.scalebench.ab;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.scalebench.results.BadInputException;

/**
 * Deliberate slowdowns, accepted in review: a commit between the baseline and the current side says in
 * a trailer of its message which benchmarks may get slower, and why:
 * <pre>
 * Scalebench-Accepted-Slowdown: AllPairsBenchmark.ratioPruned: exact ratios cost a second pass
 * </pre>
 * The first part is a regular expression found in the benchmark's id, the rest is the reason (at least
 * a few words). A regression on a matching benchmark is then reported as accepted, with the reason and
 * the commit, and does not fail the gate; the gate itself stays on.
 *
 * @param entries the trailers found, in commit order
 */
public record AcceptedSlowdowns(List<Entry> entries) {
  /** The trailer's key. */
  public static final String TRAILER = "Scalebench-Accepted-Slowdown";
  private static final Pattern LINE = Pattern.compile("^" + TRAILER + ":\\s*(\\S+?):\\s+(.+?)\\s*$", Pattern.MULTILINE);

  /** One trailer: the benchmarks it names, why, and the commit that says so. */
  public record Entry(Pattern benchmarks, String reason, String commit) {}

  public AcceptedSlowdowns {
    entries = List.copyOf(entries);
  }

  public static final AcceptedSlowdowns NONE = new AcceptedSlowdowns(List.of());

  /** The trailers of the commits in {@code baseline..current} of {@code repo}. */
  public static AcceptedSlowdowns between(Path repo, String baselineCommit, String currentCommit)
      throws IOException, InterruptedException {
    String log = Processes.output(List.of("git", "log", "--format=%H%n%B%n--end-of-commit--",
        baselineCommit + ".." + currentCommit), repo);
    if (log == null) {
      return NONE;
    }
    List<Entry> found = new ArrayList<>();
    for (String commit : log.split("--end-of-commit--")) {
      String text = commit.strip();
      if (text.isEmpty()) {
        continue;
      }
      String hash = text.lines().findFirst().orElse("");
      found.addAll(parse(text, hash).entries());
    }
    return new AcceptedSlowdowns(found);
  }

  /** The trailers in one commit message. */
  static AcceptedSlowdowns parse(String message, String commit) {
    List<Entry> found = new ArrayList<>();
    Matcher m = LINE.matcher(message);
    while (m.find()) {
      String reason = m.group(2);
      if (reason.split("\\s+").length < 2) {
        throw new BadInputException("commit " + shortHash(commit) + ": " + TRAILER + " needs a reason of a few words "
            + "after the benchmark, got '" + reason + "'");
      }
      try {
        found.add(new Entry(Pattern.compile(m.group(1)), reason, commit));
      } catch (PatternSyntaxException e) {
        throw new BadInputException("commit " + shortHash(commit) + ": " + TRAILER + " names '" + m.group(1)
            + "', which is not a regular expression: " + e.getDescription());
      }
    }
    return new AcceptedSlowdowns(found);
  }

  /** The first entry whose pattern is found in {@code benchmarkId}. */
  public Optional<Entry> find(String benchmarkId) {
    return entries.stream().filter(e -> e.benchmarks().matcher(benchmarkId).find()).findFirst();
  }

  private static String shortHash(String commit) {
    return commit.length() > 12 ? commit.substring(0, 12) : commit;
  }
}
