package org.calfcheck.cli;

import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** "--version": the app's version from the jar manifest and the version of the content in use. */
public final class VersionInfo implements IVersionProvider {

    @Spec
    private CommandSpec spec;

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        ContentSource source = spec != null && spec.root().userObject() instanceof Main main
                ? main.contentSource()
                : ContentSource.packaged();
        String content = source.loader().version().orElse("unknown");
        return new String[] {"CalfCheck " + (version == null ? "development build" : version)
                + " (content " + content + ")"};
    }
}
