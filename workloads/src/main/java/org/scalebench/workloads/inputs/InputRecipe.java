package org.scalebench.workloads.inputs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A set of input files a seeded generator writes, described by its settings: the same generator,
 * version and settings write the same bytes, which is what lets {@link GeneratedInputs} keep files
 * that are already there.
 */
public interface InputRecipe {
  /** The generator's name as recorded, e.g. {@code "scalebench data names"}. */
  String generator();

  /**
   * The version of the generator's output; raised whenever the same settings would write other
   * bytes, so files of an older generator are written again.
   */
  int generatorVersion();

  /** What determines the bytes, in a stable order (recorded and compared as JSON). */
  Map<String, Object> settings();

  /** The files written, absolute or relative to the working folder. */
  List<Path> outputs();

  /** Writes every output, each atomically. */
  void write() throws IOException;
}
