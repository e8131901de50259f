package org.calfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code calfcheck --smoke} on the packaged jar: the real main window opens, is drawn, and the process prints its
 * start-up time and exits 0. Headless through Monocle (taken from the test class path), no display needed.
 */
class SmokeIT {

    @TempDir
    Path temp;

    /** Runs {@code --smoke} headless with these extra JVM options and returns what it printed. */
    private String smoke(String... options) throws Exception {
        String jar = System.getProperty("calfcheck.jar");
        assumeTrue(jar != null && Files.isRegularFile(Path.of(jar)), "the jar is built by mvn package");
        String monocle = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.contains("openjfx-monocle")).findFirst().orElse("");
        assumeTrue(!monocle.isEmpty(), "Monocle is on the test class path");
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dcalfcheck.home=" + temp.resolve("home"), "-Djavafx.cachedir=" + temp.resolve("fx")));
        command.addAll(List.of(options));
        command.addAll(List.of("-cp", jar + File.pathSeparator + monocle, "org.calfcheck.cli.Main", "--smoke"));
        Path out = temp.resolve("out.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(temp.resolve("err.txt").toFile()).start();

        assertTrue(process.waitFor(90, TimeUnit.SECONDS), "--smoke did not exit");
        String printed = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), () -> printed + readQuietly(temp.resolve("err.txt")));
        return printed;
    }

    @Test
    void smokeOpensTheWindowPrintsTheStartUpTimeAndExitsZero() throws Exception {
        String printed = smoke("-Dprism.order=sw");

        assertTrue(printed.lines().anyMatch(line -> line.matches("startup-ms \\d+")), printed);
        // software rendering asked for is not a fall-back to remember
        assertFalse(Files.exists(temp.resolve("home/cache/software-rendering")));
    }

    /** Headless Monocle has no OpenGL: JavaFX falls back to software, and the app notes it for the launcher. */
    @Test
    void aFallBackToSoftwareRenderingIsNotedForTheNextStart() throws Exception {
        String printed = smoke();

        assertTrue(printed.lines().anyMatch(line -> line.matches("startup-ms \\d+")), printed);
        assertTrue(Files.isRegularFile(temp.resolve("home/cache/software-rendering")));
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
