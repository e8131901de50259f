package org.calfcheck.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Starts {@link SaveLoop} in a separate JVM on the test class path. */
final class ChildJvm {

    private ChildJvm() {
    }

    static Process saveLoop(Path db, String client, int count) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dlogback.configurationFile=none", SaveLoop.class.getName(), db.toString(), client,
                Integer.toString(count)))
                .redirectErrorStream(false)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }
}
