package org.scalebench.cli;

import picocli.CommandLine.IVersionProvider;

/** The build's version and commit. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = ScalebenchCommand.class.getPackage().getImplementationVersion();
    return new String[] {"scalebench " + (version == null ? "dev" : version) + " (commit " + GitCommit.current() + ")"};
  }
}
