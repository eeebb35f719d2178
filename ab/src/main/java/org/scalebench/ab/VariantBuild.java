package org.scalebench.ab;

import java.nio.file.Files;
import java.nio.file.Path;
import org.scalebench.results.Checks;

/**
 * A variant with its build: the checkout that was built and the commit it holds.
 *
 * @param variant the side
 * @param commit the commit the checkout holds (40 hex digits)
 * @param dirty true when the checkout is the working tree with uncommitted changes
 * @param checkout the folder holding the built modules
 */
public record VariantBuild(Variant variant, String commit, boolean dirty, Path checkout) {
  public VariantBuild {
    Checks.notNull("variant", variant);
    Checks.nonBlank("commit", commit);
    Checks.notNull("checkout", checkout);
  }

  /** JMH's uber-jar of the {@code bench} module. */
  public Path benchmarksJar() {
    return checkout.resolve("bench").resolve("target").resolve("benchmarks.jar");
  }

  /** The command-line jar: {@code cli/target/scalebench.jar} (or {@code slurm-matrix/}'s in builds before the cli module). */
  public Path cliJar() {
    Path cli = checkout.resolve("cli").resolve("target").resolve("scalebench.jar");
    Path older = checkout.resolve("slurm-matrix").resolve("target").resolve("scalebench.jar");
    return Files.isRegularFile(cli) || !Files.isRegularFile(older) ? cli : older;
  }

  /** The java executable this side runs with. */
  public String java() {
    return variant.java() != null ? variant.java().toString()
        : Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** {@code HEAD~1 at 0123456789ab}, {@code worktree at 0123456789ab+changes}, plus the environment. */
  public String description() {
    String where = variant.ref() + " at " + commit.substring(0, Math.min(12, commit.length())) + (dirty ? "+changes" : "");
    String env = variant.environmentText();
    return env.isEmpty() ? where : where + " with " + env;
  }
}
