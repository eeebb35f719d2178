package org.scalebench.ab;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.scalebench.results.BadInputException;

/**
 * Builds the variants of an A/B run: a git ref is exported ({@code git archive}) into a cache folder
 * named by its commit and packaged there once ({@code ./mvnw package} of the modules the run needs),
 * so the next run with the same commit reuses it; {@link Variant#WORKTREE} is the working tree,
 * packaged in place. A build is moved into the cache only when it succeeded, so the cache never holds
 * a half build.
 */
public final class Builds {
  /** What a run needs built. */
  public enum Need {
    /** {@code bench/target/benchmarks.jar} */
    BENCHMARKS,
    /** the command line's jar, which is also the ranks' class path */
    CLI
  }

  /** A build of the whole chain on 2 cores takes 1-2 minutes; a hung one is stopped after this. */
  static final long BUILD_TIMEOUT_SECONDS = 30 * 60;

  private final Path repo;
  private final Path cache;
  private final PrintWriter progress;

  /**
   * @param repo the repository's working tree (where {@code .git} is)
   * @param cache where built commits are kept, one folder each
   * @param progress where a line per step goes
   */
  public Builds(Path repo, Path cache, PrintWriter progress) {
    this.repo = repo.toAbsolutePath().normalize();
    this.cache = cache.toAbsolutePath().normalize();
    this.progress = progress;
  }

  /** The commit {@code ref} names, or a {@link BadInputException} saying it names none. */
  public String resolve(String ref) throws IOException, InterruptedException {
    String name = Variant.WORKTREE.equals(ref) ? "HEAD" : ref;
    if (name.startsWith("-")) {
      throw new BadInputException("'" + ref + "' is not a git ref");
    }
    String commit = Processes.output(List.of("git", "rev-parse", "--verify", "--quiet", name + "^{commit}"), repo);
    if (commit == null || !commit.matches("[0-9a-f]{40}")) {
      throw new BadInputException("'" + ref + "' names no commit of the repository at " + repo);
    }
    return commit;
  }

  /** Whether the working tree has uncommitted changes to tracked files. */
  public boolean dirty() throws IOException, InterruptedException {
    String status = Processes.output(List.of("git", "status", "--porcelain", "--untracked-files=no"), repo);
    if (status == null) {
      throw new BadInputException(repo + " is not a git working tree (git status failed)");
    }
    return !status.isEmpty();
  }

  /** The parent of {@code commit}, or null for a first commit. */
  public String parent(String commit) throws IOException, InterruptedException {
    return Processes.output(List.of("git", "rev-parse", "--verify", "--quiet", commit + "^1"), repo);
  }

  /** Builds {@code variant} (or finds its build in the cache) with what {@code needs} asks for. */
  public VariantBuild build(Variant variant, List<Need> needs) throws IOException, InterruptedException {
    String commit = resolve(variant.ref());
    if (Variant.WORKTREE.equals(variant.ref())) {
      boolean dirty = dirty();
      VariantBuild build = new VariantBuild(variant, commit, dirty, repo);
      if (built(build, needs) && !stale(build, needs)) {
        progress.println("scalebench: ab: " + variant.label() + " worktree: built and up to date");
        return build;
      }
      progress.println("scalebench: ab: building the working tree (" + variant.label() + ") ...");
      progress.flush();
      Path log = repo.resolve("target").resolve("ab").resolve("build-worktree.log");
      mvnPackage(repo, needs, log);
      return build;
    }
    Path done = cache.resolve(commit);
    VariantBuild build = new VariantBuild(variant, commit, false, done);
    if (built(build, needs)) {
      progress.println("scalebench: ab: " + variant.label() + " " + variant.ref() + " = " + commit.substring(0, 12)
          + ", built before (" + done + ")");
      return build;
    }
    progress.println("scalebench: ab: building " + variant.label() + " " + variant.ref() + " = "
        + commit.substring(0, 12) + " into " + done + " (once per commit) ...");
    progress.flush();
    Files.createDirectories(cache);
    Path work = Files.createTempDirectory(cache, "." + commit.substring(0, 12) + "-");
    Path tar = work.resolve("source.tar");
    Path log = cache.resolve(commit + ".build.log");
    int archived = Processes.run(List.of("git", "archive", "--format=tar", "--output=" + tar, commit), repo, Map.of(),
        log, 600);
    if (archived != 0) {
      throw new BadInputException("cannot export " + variant.ref() + " (git archive failed); see " + log);
    }
    Path src = work.resolve("src");
    Files.createDirectories(src);
    if (Processes.run(List.of("tar", "-xf", tar.toString(), "-C", src.toString()), repo, Map.of(), log, 600) != 0) {
      throw new BadInputException("cannot unpack the export of " + variant.ref() + "; see " + log);
    }
    Files.delete(tar);
    mvnPackage(src, needs, log);
    if (Files.exists(done)) {
      deleteTree(done); // an older build of the same commit without what is needed now
    }
    Files.move(src, done, StandardCopyOption.ATOMIC_MOVE);
    deleteTree(work);
    return build;
  }

  private static boolean built(VariantBuild build, List<Need> needs) {
    for (Need n : needs) {
      Path jar = n == Need.BENCHMARKS ? build.benchmarksJar() : build.cliJar();
      if (!Files.isRegularFile(jar)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a source file or pom of the working tree is newer than the oldest jar {@code needs} names
   * (build outputs, the store and {@code .git} left out).
   */
  private boolean stale(VariantBuild build, List<Need> needs) throws IOException {
    long jar = Long.MAX_VALUE;
    for (Need n : needs) {
      Path p = n == Need.BENCHMARKS ? build.benchmarksJar() : build.cliJar();
      jar = Math.min(jar, Files.getLastModifiedTime(p).toMillis());
    }
    long built = jar;
    try (Stream<Path> walk = Files.walk(repo)) {
      return walk.filter(p -> {
        String s = repo.relativize(p).toString();
        return !s.startsWith(".git") && !s.contains("target") && !s.startsWith("results");
      }).filter(p -> {
        String name = p.getFileName().toString();
        return name.endsWith(".java") || name.equals("pom.xml") || p.toString().contains("/src/main/resources/");
      }).anyMatch(p -> {
        try {
          return Files.getLastModifiedTime(p).toMillis() > built;
        } catch (IOException e) {
          return true;
        }
      });
    }
  }

  /** {@code ./mvnw package} of the modules {@code needs} names, tests skipped, the machine setup skipped. */
  private void mvnPackage(Path checkout, List<Need> needs, Path log) throws IOException, InterruptedException {
    List<String> modules = new ArrayList<>();
    for (Need n : needs) {
      if (n == Need.BENCHMARKS) {
        modules.add("bench");
      } else {
        modules.add(Files.isRegularFile(checkout.resolve("cli").resolve("pom.xml")) ? "cli" : "slurm-matrix");
      }
    }
    List<String> command = new ArrayList<>(List.of(checkout.resolve("mvnw").toString(), "-B", "-q", "-DskipTests",
        "-DskipSetup", "-pl", String.join(",", modules), "-am", "package"));
    int code = Processes.run(command, checkout, Map.of(), log, BUILD_TIMEOUT_SECONDS);
    if (code != 0) {
      throw new BadInputException("the build of " + checkout + " failed (" + (code < 0 ? "timed out" : "exit " + code)
          + "); its log: " + log);
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
