package org.calfcheck.cli;

import picocli.CommandLine.IVersionProvider;

/** "--version": the app's version from the jar manifest. */
public final class VersionInfo implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"CalfCheck " + (version == null ? "development build" : version)};
    }
}
