package org.scalebench.results;

import java.nio.file.Path;
import java.util.List;

/**
 * One run directory as read back.
 *
 * @param dir the {@code rep-<k>} directory
 * @param state complete, failed or incomplete
 * @param metadata the content of {@code run.json}, or null when it is missing or unreadable
 * @param records the lines of {@code ranks.jsonl} (empty when missing)
 * @param problem why the run is not complete, in one sentence, or null when it is
 */
public record StoredRun(Path dir, RunStatus state, RunMetadata metadata, List<RankRecord> records, String problem) {
  public StoredRun {
    Checks.notNull("dir", dir);
    Checks.notNull("state", state);
    records = List.copyOf(records);
    if (state == RunStatus.OK && (metadata == null || problem != null)) {
      throw new IllegalArgumentException("a complete run needs metadata and no problem");
    }
  }

  public Path outputDir() {
    return dir.resolve(RunLayout.OUTPUT);
  }

  public boolean isComplete() {
    return state == RunStatus.OK;
  }
}
