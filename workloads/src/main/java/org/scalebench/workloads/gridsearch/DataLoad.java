package org.scalebench.workloads.gridsearch;

import java.io.IOException;
import java.io.Serializable;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.scalebench.api.RankContext;
import org.scalebench.api.mpi.BufferType;
import org.scalebench.api.mpi.DirectBuffers;
import org.scalebench.api.mpi.MpiException;
import org.scalebench.results.BadInputException;
import org.scalebench.workloads.gridsearch.data.CreditCsvReader;
import org.scalebench.workloads.gridsearch.data.CreditDataGenerator;
import org.scalebench.workloads.gridsearch.data.Dataset;
import org.scalebench.workloads.gridsearch.data.DirtCounts;
import org.scalebench.workloads.gridsearch.data.TableCsvReader;
import org.scalebench.workloads.gridsearch.schedule.GridSearchPhases;

/**
 * Gets the cleaned matrix onto every rank (the credit-score preset's {@link CreditCsvReader}, or
 * {@link TableCsvReader} for a table of the user's own), one of two ways:
 * <ul>
 *   <li>every rank reads the file ({@code read-data}, io) and cleans it ({@code clean-data},
 *       compute) itself, the seed's way: no communication, every rank pays the cleaning;
 *   <li>{@code load=broadcast}: rank 0 reads and cleans, then broadcasts the float matrix and the
 *       labels from direct buffers ({@code bcast-data}, comm): one cleaning, {@code 4 * (rows *
 *       columns + rows)} bytes to every other rank.
 * </ul>
 * Generated data ({@code data=generated}) is produced in memory ({@code generate-data}, compute) in
 * place of the read.
 */
final class DataLoad {
  private DataLoad() {}

  /** The shape, feature and class names rank 0 broadcasts before the numbers. */
  record Header(int rows, int columns, List<String> featureNames, List<String> classNames) implements Serializable {}

  /**
   * The dataset on this rank, and at rank 0 (or every rank when each loads) how it was read: the
   * preset's dirt, or the generic loader's target, dropped and text columns; null elsewhere.
   */
  record Loaded(Dataset dataset, String details) {}

  static Loaded load(RankContext ctx, GridSearchSettings settings) throws IOException, MpiException {
    if (!settings.broadcast() || ctx.size() == 1) {
      return loadHere(ctx, settings);
    }
    Loaded loaded = ctx.rank() == 0 ? loadHere(ctx, settings) : null;
    Header header = loaded == null ? null
        : new Header(loaded.dataset().rows(), loaded.dataset().columns(), loaded.dataset().featureNames(),
            loaded.dataset().classNames());
    header = ctx.comm().bcastObject(header, Header.class, 0, GridSearchPhases.BCAST_DATA);
    int cells = Math.multiplyExact(header.rows(), header.columns());
    FloatBuffer features = DirectBuffers.floats(cells);
    IntBuffer labels = DirectBuffers.ints(header.rows());
    if (loaded != null) {
      features.put(loaded.dataset().features()).clear();
      labels.put(loaded.dataset().labels()).clear();
    }
    ctx.comm().bcast(features, cells, BufferType.FLOAT, 0, GridSearchPhases.BCAST_DATA);
    ctx.comm().bcast(labels, header.rows(), BufferType.INT, 0, GridSearchPhases.BCAST_DATA);
    if (loaded != null) {
      return loaded;
    }
    float[] f = new float[cells];
    int[] l = new int[header.rows()];
    features.clear();
    features.get(f);
    labels.clear();
    labels.get(l);
    return new Loaded(new Dataset(f, header.rows(), header.columns(), l, header.featureNames(),
        header.classNames()), null);
  }

  private static Loaded loadHere(RankContext ctx, GridSearchSettings settings) throws IOException {
    String text;
    String source;
    if (settings.dataFile() == null) {
      source = "generated data (" + settings.rows() + " rows, seed " + settings.seed() + ")";
      try (var span = ctx.timer().compute(GridSearchPhases.GENERATE_DATA)) {
        text = new CreditDataGenerator(settings.seed()).generate(settings.rows());
      }
    } else {
      source = settings.dataFile().toString();
      try (var span = ctx.timer().io(GridSearchPhases.READ_DATA)) {
        byte[] bytes = readBytes(settings.dataFile());
        span.addBytes(bytes.length);
        text = decode(bytes, source);
      }
    }
    try (var span = ctx.timer().compute(GridSearchPhases.CLEAN_DATA)) {
      if (settings.columns() != null) {
        TableCsvReader.LoadedTable table = TableCsvReader.read(text, source, settings.columns());
        return new Loaded(table.dataset(), table.describe());
      }
      DirtCounts dirt = new DirtCounts();
      Dataset dataset = CreditCsvReader.read(text, source, dirt);
      return new Loaded(dataset, "dirt: " + dirt);
    }
  }

  static byte[] readBytes(Path file) throws IOException {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new BadInputException("data file " + file + " does not exist");
    } catch (AccessDeniedException e) {
      throw new BadInputException("data file " + file + " is not readable: permission denied");
    }
  }

  private static String decode(byte[] bytes, String source) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new BadInputException(source + " is not UTF-8 text");
    }
  }
}
