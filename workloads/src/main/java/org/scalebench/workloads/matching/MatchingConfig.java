package org.scalebench.workloads.matching;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.scalebench.results.BadInputException;
import org.scalebench.api.ParamDef;
import org.scalebench.api.Params;

/**
 * The matching workload's parameters, parsed: where the lists come from, what counts as a match,
 * how the grid is spread over the ranks and the tile size.
 */
public record MatchingConfig(MatchingInput input, MatchSpec spec, Strategy strategy, TileShape tile) {
  /** The seed of generated lists when none is given (the one the benchmarks use). */
  public static final long DEFAULT_SEED = 20240601L;
  /** Largest generated list: the lists travel as one UTF-8 byte array, below 2 GiB. */
  public static final long MAX_GENERATED = 20_000_000L;

  public MatchingConfig {
    Objects.requireNonNull(input, "input must not be null");
    Objects.requireNonNull(spec, "spec must not be null");
    Objects.requireNonNull(strategy, "strategy must not be null");
    Objects.requireNonNull(tile, "tile must not be null");
  }

  /** The parameters of the workload, with defaults. */
  public static List<ParamDef> params() {
    return List.of(
        optionalText("left", "file of the left strings (one per line, or CSV with column=)"),
        optionalText("right", "file of the right strings (one per line, or CSV with column=)"),
        ParamDef.choice("format", "auto", List.of("auto", "lines", "csv"),
            "how the files hold the strings; auto is csv for *.csv, else one per line"),
        new ParamDef("column", "", "CSV column of the strings: a header name or a 0-based index; needed when "
            + "the file has more than one column", v -> null),
        ParamDef.choice("header", "true", List.of("true", "false"), "whether a CSV file starts with a header"),
        ParamDef.longIn("generate", 0, 0, MAX_GENERATED,
            "generate N left and N right names instead of reading files (0: read files)"),
        ParamDef.longIn("left-size", 0, 0, MAX_GENERATED, "generated left names (0: as generate)"),
        ParamDef.longIn("right-size", 0, 0, MAX_GENERATED, "generated right names (0: as generate)"),
        ParamDef.longIn("seed", DEFAULT_SEED, Long.MIN_VALUE, Long.MAX_VALUE, "seed of the generated names"),
        ParamDef.doubleIn("threshold", 0.8, 0.0, 1.0, "a pair matches when its score is >= this"),
        ParamDef.choice("metric", SimilarityMetric.INDEL_RATIO.paramValue(),
            Arrays.stream(SimilarityMetric.values()).map(SimilarityMetric::paramValue).toList(),
            "python-Levenshtein ratio, or 1 - distance / longer length"),
        ParamDef.choice("strategy", "tiles", List.of("tiles", "broadcast"),
            "tiles: dynamic tiles, part files, merge; broadcast: the seed's static blocks and gatherv"),
        ParamDef.choice("pruning", "true", List.of("true", "false"),
            "exact length, character-bag and early-exit pruning (never changes the result)"),
        new ParamDef("tile", "auto", "tile size in strings: auto, N (N x N) or RxC (left x right)",
            v -> TileShape.parseOrNull(v) == null
                ? "is not auto, a positive whole number N or RxC (e.g. 256x4096)" : null));
  }

  private static ParamDef optionalText(String name, String description) {
    return new ParamDef(name, "", description + "; empty when generating", v -> null);
  }

  /**
   * Parses validated {@code params}; the combinations no single parameter check sees (neither or
   * both input kinds, one file without the other) end in a {@link BadInputException}.
   */
  public static MatchingConfig from(Params params) {
    String left = params.text("left").strip();
    String right = params.text("right").strip();
    long generate = params.longValue("generate");
    long leftSize = params.longValue("left-size");
    long rightSize = params.longValue("right-size");
    boolean files = !left.isEmpty() || !right.isEmpty();
    boolean generated = generate > 0 || leftSize > 0 || rightSize > 0;
    MatchingInput input;
    if (files && generated) {
      throw new BadInputException("workload matching reads files (left=, right=) or generates names "
          + "(generate=, left-size=, right-size=), not both");
    } else if (files) {
      if (left.isEmpty() || right.isEmpty()) {
        throw new BadInputException("workload matching needs both --param left=FILE and --param right=FILE, got only "
            + (left.isEmpty() ? "right=" + right : "left=" + left));
      }
      input = new MatchingInput.FileInput(Path.of(left), Path.of(right), InputFormat.parse(params.text("format")),
          Column.parse(params.text("column").strip()), Boolean.parseBoolean(params.text("header")));
    } else if (generated) {
      int l = (int) (leftSize > 0 ? leftSize : generate);
      int r = (int) (rightSize > 0 ? rightSize : generate);
      if (l == 0 || r == 0) {
        throw new BadInputException("workload matching generates " + l + " left and " + r
            + " right names; set generate=N or both left-size= and right-size=");
      }
      input = new MatchingInput.GeneratedInput(l, r, params.longValue("seed"));
    } else {
      throw new BadInputException("workload matching needs input: --param left=FILE --param right=FILE, "
          + "or --param generate=N");
    }
    SimilarityMetric metric = SimilarityMetric.fromParam(params.text("metric"));
    MatchSpec spec = new MatchSpec(metric, params.doubleValue("threshold"),
        Boolean.parseBoolean(params.text("pruning")));
    return new MatchingConfig(input, spec, Strategy.parse(params.text("strategy")),
        TileShape.parseOrNull(params.text("tile")));
  }
}
