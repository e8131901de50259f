package org.calfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up does only the work its result needs (docs/benchmarks.md, "Installed app"): the packaged jar is run with
 * every class load logged to standard output, in order with what the app prints, and the classes that mark costly
 * work it does not need must not appear — before the first frame for the window, at all for a plain
 * {@code assess}. Each was once there and cost tens of milliseconds.
 */
class StartUpWorkIT {

    /**
     * Classes that mean work the first frame does not need, with what each costs. Time zones are not among them
     * here: run from the jar, JavaFX logs a warning about its class-path configuration, with the time, before the
     * window opens; {@code SheetPreviewOpenerTest} checks that opening the window does not look up the zone.
     */
    private static final List<String> NOT_BEFORE_THE_FIRST_FRAME = List.of(
            "picocli.CommandLine", // the command-line model
            "ch.qos.logback.classic.LoggerContext", // the logging system
            "com.fasterxml.jackson.databind.ObjectMapper", // Jackson's mapper
            "org.sqlite.JDBC", // the client database
            "org.apache.pdfbox.pdmodel.PDDocument"); // the sheet

    /** Classes that mean work a plain {@code assess --format json} does not need at all. */
    private static final List<String> NOT_IN_A_PLAIN_ASSESS = List.of(
            "picocli.CommandLine", // PlainAssess reads the arguments
            "java.lang.runtime.ObjectMethods", // a record's generated equals, hashCode or toString: method handles
            "java.time.zone.ZoneRulesProvider", // time zones: every jar scanned for rule providers
            "ch.qos.logback.classic.LoggerContext",
            "com.fasterxml.jackson.databind.ObjectMapper",
            "org.sqlite.JDBC");

    @TempDir
    Path temp;

    private List<String> run(List<String> jvmOptions, String... args) throws Exception {
        String jar = System.getProperty("calfcheck.jar");
        assumeTrue(jar != null && Files.isRegularFile(Path.of(jar)), "the jar is built by mvn package");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:stdout:uptime", "-Dcalfcheck.home=" + temp.resolve("home"),
                "-Djavafx.cachedir=" + temp.resolve("fx")));
        command.addAll(jvmOptions);
        command.addAll(List.of("org.calfcheck.cli.Main"));
        command.addAll(List.of(args));
        Path out = temp.resolve("out.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(temp.resolve("err.txt").toFile()).start();
        assertTrue(process.waitFor(90, TimeUnit.SECONDS), "calfcheck did not finish");
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), () -> String.join("\n", lines.subList(Math.max(0, lines.size() - 20),
                lines.size())) + readQuietly(temp.resolve("err.txt")));
        return lines;
    }

    private static List<String> loaded(List<String> lines, List<String> classes) {
        return classes.stream()
                .filter(name -> lines.stream().anyMatch(line -> line.contains("] " + name + " source:")))
                .toList();
    }

    @Test
    void theFirstFrameWaitsForNothingItDoesNotShow() throws Exception {
        String monocle = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.contains("openjfx-monocle")).findFirst().orElse("");
        assumeTrue(!monocle.isEmpty(), "Monocle is on the test class path");
        List<String> lines = run(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-cp", System.getProperty("calfcheck.jar") + File.pathSeparator + monocle),
                "--smoke");

        // both count from the JVM's start: the first frame's time, and each class load's "[0.123s]"
        double frame = lines.stream().filter(line -> line.matches("startup-ms \\d+")).findFirst()
                .map(line -> Integer.parseInt(line.substring("startup-ms ".length())) / 1000.0)
                .orElseThrow(() -> new AssertionError("no startup-ms line"));
        List<String> beforeTheFrame = lines.stream()
                .filter(line -> line.matches("\\[\\d+\\.\\d+s\\] .*"))
                .filter(line -> Double.parseDouble(line.substring(1, line.indexOf('s'))) < frame - 0.005)
                .toList();
        assertTrue(beforeTheFrame.stream().anyMatch(line -> line.contains("] javafx.stage.Stage source:")),
                "the class loads are not in the output");
        assertEquals(List.of(), loaded(beforeTheFrame, NOT_BEFORE_THE_FIRST_FRAME));
    }

    @Test
    void aPlainAssessmentDoesNoWorkItDoesNotNeed() throws Exception {
        Path answers = Path.of("docs/examples/self-care-new-runner-overuse.json").toAbsolutePath();
        List<String> lines = run(List.of("-cp", System.getProperty("calfcheck.jar")), "assess", answers.toString(),
                "--format", "json");

        assertTrue(lines.stream().anyMatch(line -> line.contains("\"careLevel\"")), "no assessment printed");
        assertEquals(List.of(), loaded(lines, NOT_IN_A_PLAIN_ASSESS));
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
