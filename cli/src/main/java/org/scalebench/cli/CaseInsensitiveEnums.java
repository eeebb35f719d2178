package org.scalebench.cli;

import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Lets a command's enum options take their values in any case ({@code --scaling weak}); picocli then
 * names the values it accepts when one is wrong. A model transformer, so that the command carries
 * the setting itself, whoever builds its {@code CommandLine}.
 */
final class CaseInsensitiveEnums implements IModelTransformer {
  @Override
  public CommandSpec transform(CommandSpec spec) {
    spec.parser().caseInsensitiveEnumValuesAllowed(true);
    return spec;
  }
}
