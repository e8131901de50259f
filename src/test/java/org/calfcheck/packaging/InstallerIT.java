package org.calfcheck.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app image and the .deb that {@code mvn -Pinstaller verify} builds (src/packaging/BuildInstaller.java): the
 * packaged launcher opens the window, assesses like the jar does, uses its class-data archive, and starts normally
 * when the archive is missing, stale or damaged; the .deb carries what a desktop install needs. Skipped, saying
 * why, when the installer profile was not built in this run or jpackage was missing.
 */
class InstallerIT {

    @TempDir
    Path temp;

    private Path installer;
    private Path image;

    @BeforeEach
    void builtImage() throws IOException {
        String dir = System.getProperty("calfcheck.installer.dir");
        assumeTrue(dir != null, "the installer profile was not built in this run (mvn -Pinstaller verify)");
        installer = Path.of(dir);
        Path skipped = installer.resolve("SKIPPED");
        assumeFalse(Files.exists(skipped), () -> "the installer was not built: " + read(skipped));
        assumeTrue(isLinux(), "the launcher checks below are written for the Linux app image");
        image = installer.resolve("image/CalfCheck");
        assertTrue(Files.isExecutable(launcher(image)), "no launcher in " + image);
    }

    @Test
    void versionIsThePoms() throws Exception {
        Run run = run(launcher(image), Map.of(), "--version");

        assertEquals(0, run.exit, run::toString);
        assertTrue(run.out.startsWith("CalfCheck " + System.getProperty("calfcheck.version") + " "), run::toString);
    }

    @Test
    void assessPrintsWhatTheJarPrintsAndTheArchiveIsTaken() throws Exception {
        String example = System.getProperty("calfcheck.example");
        Run jar = run(Path.of(System.getProperty("java.home"), "bin", "java"), Map.of(),
                "-Dcalfcheck.home=" + temp.resolve("home"), "-jar", System.getProperty("calfcheck.jar"),
                "assess", example, "--format", "json");
        // -Xshare:on: the JVM fails instead of starting without the archive, so passing proves it fits the image
        Run packaged = run(launcher(image), Map.of("_JAVA_OPTIONS", "-Xshare:on"), "assess", example, "--format", "json");
        Run command = run(command(image), Map.of("_JAVA_OPTIONS", "-Xshare:on"), "assess", example, "--format", "json");

        assertEquals(0, jar.exit, jar::toString);
        assertEquals(0, packaged.exit, packaged::toString);
        assertEquals(0, command.exit, command::toString);
        assertTrue(packaged.out.contains("\"careLevel\" : \"SELF_CARE\""), packaged::toString);
        assertEquals(jar.out, packaged.out);
        assertEquals(jar.out, command.out);
    }

    @Test
    void theCommandStartsTheRuntimeWithTheLaunchersOptionsAndNoPackageQueries() throws Exception {
        Path appDir = image.resolve("lib/app");
        List<String> cfg = Files.readAllLines(appDir.resolve("CalfCheck.cfg"));
        String script = Files.readString(command(image));
        List<String> scriptOptions = script.lines().map(String::strip)
                .filter(line -> line.startsWith("\"-") && line.endsWith("\" \\"))
                .map(line -> line.substring(1, line.length() - 3)).toList();
        List<String> cfgOptions = cfg.stream().filter(line -> line.startsWith("java-options="))
                .map(line -> line.substring("java-options=".length()).replace("$APPDIR", "$app")).toList();
        List<String> jars = cfg.stream().filter(line -> line.startsWith("app.classpath="))
                .map(line -> line.replace("app.classpath=$APPDIR", "$app")).toList();

        assertEquals(cfgOptions, scriptOptions, script);
        assertTrue(script.contains("-cp \"" + String.join(":", jars) + "\" org.calfcheck.cli.Main \"$@\""), script);
        assertFalse(script.contains("dpkg") || script.contains("rpm "), script);
        // started through a symbolic link, as /usr/bin/calfcheck is, by its own path, as the menu entry starts it,
        // and by a relative path: each time the app folder is found, and the archive taken (-Xshare:on fails if not)
        Path link = Files.createSymbolicLink(temp.resolve("calfcheck"), command(image).toAbsolutePath());
        Path real = command(image).toRealPath();
        Path relative = Path.of("").toAbsolutePath().relativize(real);
        for (Path start : List.of(link, real, relative)) {
            Run run = run(start, Map.of("_JAVA_OPTIONS", "-Xshare:on"), "--version");
            assertEquals(0, run.exit, start + ": " + run);
        }
    }

    /** The app's note that JavaFX fell back to software rendering sends the script's next start straight there. */
    @Test
    void theNoteOnSoftwareRenderingStartsTheNextRunInSoftware() throws Exception {
        Path cache = temp.resolve("xdg-cache");
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString(),
                "JDK_JAVA_OPTIONS", "-XshowSettings:properties");
        Run plain = run(command(image), env, "--version");
        assertEquals(0, plain.exit, plain::toString);
        assertFalse(plain.err.contains("prism.order"), plain::toString);

        Files.createDirectories(cache.resolve("calfcheck"));
        Files.writeString(cache.resolve("calfcheck/software-rendering"), "noted\n");
        Run noted = run(command(image), env, "--version");
        assertEquals(0, noted.exit, noted::toString);
        assertTrue(noted.err.lines().anyMatch(line -> line.strip().equals("prism.order = sw")), noted::toString);
    }

    @Test
    void smokeOpensTheWindowHeadless() throws Exception {
        String monocle = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.contains("openjfx-monocle")).findFirst().orElse("");
        assumeTrue(!monocle.isEmpty(), "Monocle is on the test class path");
        String appDir = image.resolve("lib/app").toRealPath().toString();
        String classPath = Files.readAllLines(image.resolve("lib/app/CalfCheck.cfg")).stream()
                .filter(line -> line.startsWith("app.classpath="))
                .map(line -> line.substring("app.classpath=".length()).replace("$APPDIR", appDir))
                .collect(Collectors.joining(File.pathSeparator));
        String exports = Stream.of("javafx.graphics/com.sun.glass.ui", "javafx.graphics/com.sun.glass.events",
                "javafx.graphics/com.sun.javafx.util", "javafx.base/com.sun.javafx.logging")
                .map(p -> "--add-exports=" + p + "=ALL-UNNAMED")
                .collect(Collectors.joining(" "));
        Run run = run(launcher(image), Map.of("_JAVA_OPTIONS", "-Djava.class.path=" + classPath + File.pathSeparator
                + monocle + " -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw " + exports),
                "--smoke");

        assertEquals(0, run.exit, run::toString);
        assertTrue(run.out.lines().anyMatch(line -> line.matches("startup-ms \\d+")), run::toString);
    }

    @Test
    void aMissingStaleOrDamagedArchiveStillStartsNormally() throws Exception {
        String example = System.getProperty("calfcheck.example");
        // a copy elsewhere makes the archive stale: it names the class path of the image it was made for
        Path copy = temp.resolve("moved/CalfCheck");
        copyTree(image, copy);
        Path archive = copy.resolve("lib/app/calfcheck.jsa");
        String expected = run(launcher(image), Map.of(), "assess", example, "--format", "json").out;
        List<String> seen = new ArrayList<>();

        seen.add(run(launcher(copy), Map.of(), "assess", example, "--format", "json").checked("stale"));
        seen.add(run(command(copy), Map.of(), "assess", example, "--format", "json").checked("stale, command"));
        byte[] bytes = Files.readAllBytes(archive);
        for (int i = bytes.length / 2; i < bytes.length / 2 + 4096; i++) {
            bytes[i] = (byte) ~bytes[i];
        }
        Files.write(archive, bytes);
        seen.add(run(launcher(copy), Map.of(), "assess", example, "--format", "json").checked("bytes flipped"));
        Files.writeString(archive, "not an archive");
        seen.add(run(launcher(copy), Map.of(), "assess", example, "--format", "json").checked("garbage"));
        Files.write(archive, new byte[0]);
        seen.add(run(launcher(copy), Map.of(), "assess", example, "--format", "json").checked("empty"));
        Files.delete(archive);
        seen.add(run(launcher(copy), Map.of(), "assess", example, "--format", "json").checked("missing"));

        assertEquals(List.of(expected, expected, expected, expected, expected, expected), seen);
    }

    @Test
    void debCarriesTheDesktopEntryTheCommandAndGtkAndIsSmall() throws Exception {
        Path skipped = installer.resolve("DEB-SKIPPED");
        assumeFalse(Files.exists(skipped), () -> "no .deb was built: " + read(skipped));
        Path deb;
        try (Stream<Path> files = Files.list(installer.resolve("package"))) {
            deb = files.filter(f -> f.toString().endsWith(".deb")).findFirst().orElseThrow();
        }
        String version = System.getProperty("calfcheck.version");
        Run fields = run(Path.of("dpkg-deb"), Map.of(), "-f", deb.toString());
        Run contents = run(Path.of("dpkg-deb"), Map.of(), "-c", deb.toString());
        Run postinst = run(Path.of("dpkg-deb"), Map.of(), "-I", deb.toString(), "postinst");
        Run prerm = run(Path.of("dpkg-deb"), Map.of(), "-I", deb.toString(), "prerm");

        assertTrue(Files.size(deb) < 80L * 1024 * 1024, () -> deb + " is " + size(deb) + " bytes");
        assertTrue(fields.out.contains("\nPackage: calfcheck\n") || fields.out.startsWith("Package: calfcheck\n"), fields::toString);
        assertTrue(fields.out.contains("\nVersion: " + version + "-"), fields::toString);
        assertTrue(fields.out.lines().anyMatch(l -> l.startsWith("Depends:") && l.contains("libgtk-3-0")), fields::toString);
        for (String file : List.of("./opt/calfcheck/bin/CalfCheck", "./opt/calfcheck/bin/calfcheck", "./opt/calfcheck/lib/calfcheck-CalfCheck.desktop",
                "./opt/calfcheck/lib/CalfCheck.png", "./opt/calfcheck/lib/app/calfcheck.classlist")) {
            assertTrue(contents.out.lines().anyMatch(l -> l.endsWith(" " + file)), () -> file + " missing:\n" + contents);
        }
        // the archive is made by postinst for /opt; one made for the build folder would be stale there
        assertFalse(contents.out.contains("calfcheck.jsa"), contents::toString);
        assertTrue(postinst.out.contains("ln -sf \"/opt/calfcheck/bin/calfcheck\" /usr/bin/calfcheck"), postinst::toString);
        Run desktop = run(Path.of("sh"), Map.of(), "-c", "dpkg-deb --fsys-tarfile '" + deb
                + "' | tar -xO ./opt/calfcheck/lib/calfcheck-CalfCheck.desktop");
        assertTrue(desktop.out.lines().anyMatch(l -> l.equals("Exec=/opt/calfcheck/bin/calfcheck")), desktop::toString);
        assertTrue(desktop.out.lines().anyMatch(l -> l.equals("Icon=/opt/calfcheck/lib/CalfCheck.png")), desktop::toString);
        assertTrue(postinst.out.contains("-cp \"/opt/calfcheck/lib/app/calfcheck-" + version + ".jar:"), postinst::toString);
        assertTrue(prerm.out.contains("rm -f /usr/bin/calfcheck"), prerm::toString);
    }

    private static Path launcher(Path image) {
        return image.resolve("bin/CalfCheck");
    }

    /** The {@code calfcheck} command: a script that starts the bundled runtime itself. */
    private static Path command(Path image) {
        return image.resolve("bin/calfcheck");
    }

    private static boolean isLinux() {
        return System.getProperty("os.name").toLowerCase().contains("linux");
    }

    private Run run(Path program, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(program.toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(env);
        // the user folders of the test, never the tester's: -Dcalfcheck.home through the JVM's own variable
        String own = "-Dcalfcheck.home=" + temp.resolve("home");
        builder.environment().merge("_JAVA_OPTIONS", own, (given, home) -> given + " " + home);
        if (!program.getFileName().toString().equalsIgnoreCase("CalfCheck")) {
            builder.environment().remove("_JAVA_OPTIONS");
        }
        Process process = builder.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), () -> command + " did not finish");
        return new Run(command, process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private record Run(List<String> command, int exit, String out, String err) {

        /** The output of a run that must succeed, whatever state the archive is in. */
        String checked(String archive) {
            assertEquals(0, exit, () -> "archive " + archive + ": " + this);
            return out;
        }

        @Override
        public String toString() {
            return command + " exit " + exit + "\nout:\n" + out + "\nerr:\n" + err;
        }
    }
}
