package org.calfcheck.cli.archfixture;

import javafx.application.Platform;
import org.calfcheck.ui.CalfCheckApp;

/** Deliberately wrong, for ArchitectureTest: command-line code that builds the window itself. */
public final class BuildsWindows {

    private BuildsWindows() {
    }

    public static String wrong() {
        Platform.setImplicitExit(false);
        return CalfCheckApp.STYLESHEET;
    }
}
