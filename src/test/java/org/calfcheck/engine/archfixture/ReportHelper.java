package org.calfcheck.engine.archfixture;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.logging.Logger;

/** Breaks several house rules on purpose so ArchitectureTest can prove its rules catch them. Never used. */
public final class ReportHelper {
    Path where() {
        return Paths.get("engine", "must", "not", "touch", "files");
    }

    void shout() {
        System.out.println("only the command line prints");
        Logger.getLogger("x").info("SLF4J only");
    }
}
