package org.scalebench.analysis.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium, headless, for tests that open a rendered report: the page's DOM after its
 * scripts ran, or a screenshot. Installs Chromium with apt-get when it is missing and we are root;
 * skips the calling test, saying why, otherwise. The flags keep Chromium off the network, which this
 * machine's closed network would refuse many times at every start.
 */
public final class HeadlessChromium {
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  private final Path work;

  private HeadlessChromium(Path work) {
    this.work = work;
  }

  /** A Chromium whose logs go into {@code work}; skips the test when there is none. */
  public static HeadlessChromium inFolder(Path work) throws IOException, InterruptedException {
    ensureInstalled();
    Files.createDirectories(work);
    return new HeadlessChromium(work);
  }

  private static void ensureInstalled() throws IOException, InterruptedException {
    if (Files.isExecutable(CHROMIUM)) {
      return;
    }
    if ("root".equals(System.getProperty("user.name"))) {
      System.err.println("HeadlessChromium: " + CHROMIUM + " is missing; installing chromium with apt-get");
      Process p = new ProcessBuilder("apt-get", "-o", "DPkg::Lock::Timeout=600", "install", "-y", "chromium")
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!p.waitFor(15, TimeUnit.MINUTES)) {
        p.destroyForcibly();
      }
    }
    String why = "skipped: " + CHROMIUM + " is not installed and could not be installed "
        + "(apt-get install -y chromium needs root and network)";
    if (!Files.isExecutable(CHROMIUM)) {
      System.err.println(why);
    }
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), why);
  }

  /** The page's DOM after its scripts ran (5 s of virtual time). */
  public String dom(Path page) throws IOException, InterruptedException {
    return run(page, work.resolve("dom.html"), "--dump-dom", "--virtual-time-budget=5000");
  }

  /** A screenshot {@code widthPixels} wide and {@code heightPixels} high into {@code png}. */
  public void screenshot(Path page, Path png, int widthPixels, int heightPixels)
      throws IOException, InterruptedException {
    run(page, work.resolve("screenshot-stdout.txt"), "--screenshot=" + png.toAbsolutePath(), "--hide-scrollbars",
        "--window-size=" + widthPixels + "," + heightPixels, "--virtual-time-budget=5000");
  }

  private String run(Path page, Path stdout, String... extra) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + Files.createTempDirectory("sb-chromium")));
    if (List.of(extra).stream().noneMatch(a -> a.startsWith("--window-size"))) {
      cmd.add("--window-size=1280,2000");
    }
    cmd.addAll(List.of(extra));
    cmd.add(page.toAbsolutePath().toUri().toString());
    Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile())
        .redirectError(work.resolve("chromium-stderr.txt").toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish within 120 s: " + cmd);
    }
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }
}
