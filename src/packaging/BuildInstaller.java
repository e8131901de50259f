import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Builds CalfCheck's installer with the JDK's own tools (run by {@code mvn -Pinstaller package}; see
 * docs/decisions.md, "Installer"):
 * <ol>
 * <li>JavaFX's platform jars from Maven become JMOD files ({@code jmod}), their native libraries in the native
 * section, so the linked runtime holds JavaFX as real modules and loads its libraries straight from {@code lib/};
 * <li>{@code jdeps} computes the JDK modules the app and its libraries use; {@code jlink} links exactly those plus
 * JavaFX, with the JDK's own class-data archive ({@code --generate-cds-archive});
 * <li>{@code jpackage} makes the app image, its launcher starting with the flags in {@link #JAVA_OPTIONS};
 * <li>training runs of the packaged launcher (the window, an assessment, a sheet) record the classes loaded, and
 * the runtime dumps them into the application's class-data archive;
 * <li>where the platform's tools exist, the installer: {@code .deb} on Linux, {@code .msi} on Windows (WiX),
 * {@code .dmg} on macOS.
 * </ol>
 * Where jpackage is missing it writes why to {@code installer/SKIPPED} and stops without failing the build; the
 * integration test reads that reason.
 *
 * <p>Arguments: {@code name=value} pairs — version, mainJar, mainClass, classPath (the runtime class path),
 * monocle (the headless JavaFX platform jar, for training without a display), example (an answers file), icon,
 * resources (src/packaging), out.
 */
public final class BuildInstaller {

    static final String NAME = "CalfCheck";
    static final String PACKAGE = "calfcheck";
    static final String ARCHIVE = "calfcheck.jsa";
    static final String CLASS_LIST = "calfcheck.classlist";
    /** The app's note that JavaFX fell back to software rendering here ({@code ui.app.SoftwareRendering}). */
    static final String SOFTWARE_RENDERING = "software-rendering";

    /**
     * The launcher's JVM flags, chosen by measurement (docs/benchmarks.md, "Installed app"). C1 only: a desktop
     * app and short commands never run long enough for C2 to pay back its compile time on two cores. The archive
     * is used when it fits and skipped silently when it is missing or stale; JVM warnings go to standard error so
     * they never mix with {@code assess --format json}. The archive is mapped where it was dumped: JDK 17 builds
     * that relocate it on every start by default rewrite and touch all of its 40 MB first, which costs more time
     * and memory than the rest of the start-up; where that address is taken the JVM still relocates. The heap
     * starts at 16 MB instead of a 64th of the machine's memory: until the first collection every allocated page
     * stays resident, and the first frame's peak memory fell by about 12 MB (the heap still grows as needed).
     */
    static final List<String> JAVA_OPTIONS = List.of(
            "-XX:SharedArchiveFile=$APPDIR/" + ARCHIVE, "-Xshare:auto", "-XX:+UnlockDiagnosticVMOptions",
            "-XX:ArchiveRelocationMode=0", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xms16m", "-Xlog:disable",
            "-Xlog:all=warning:stderr", "-Xlog:cds=off,cds+dynamic=off:stderr");

    private final Map<String, String> args;
    private final Path out;
    private final String os = System.getProperty("os.name").toLowerCase();

    private BuildInstaller(Map<String, String> args) {
        this.args = args;
        this.out = Path.of(arg("out"));
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i < argv.length; i++) {
            int eq = argv[i].indexOf('=');
            if (eq < 0) {
                // "classPath" then the class path as one argument: how Maven's exec plugin passes it
                args.put(argv[i], argv[++i]);
            } else {
                args.put(argv[i].substring(0, eq), argv[i].substring(eq + 1));
            }
        }
        new BuildInstaller(args).build();
    }

    private String arg(String name) {
        String value = args.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing argument " + name + "=...");
        }
        return value;
    }

    private void build() throws Exception {
        deleteTree(out);
        Files.createDirectories(out);
        for (String tool : List.of("jpackage", "jlink", "jdeps", "jmod")) {
            if (ToolProvider.findFirst(tool).isEmpty()) {
                skip(tool + " is not in this JDK (" + System.getProperty("java.home") + ")");
                return;
            }
        }
        List<Path> classPath = Arrays.stream(arg("classPath").split(java.io.File.pathSeparator))
                .filter(s -> s.endsWith(".jar")).map(Path::of).toList();
        List<Path> fxJars = classPath.stream().filter(BuildInstaller::isJavaFxPlatformJar).toList();
        Path input = Files.createDirectories(out.resolve("input"));
        Path mainJar = Path.of(arg("mainJar"));
        Files.copy(mainJar, input.resolve(mainJar.getFileName()));
        for (Path jar : classPath) {
            if (!jar.getFileName().toString().startsWith("javafx-")) {
                Files.copy(jar, input.resolve(jar.getFileName()));
            }
        }

        Path jmods = javaFxJmods(fxJars);
        String modules = jdkModules(input, fxJars);
        Path runtime = out.resolve("runtime");
        run("jlink", "--module-path", Path.of(System.getProperty("java.home"), "jmods") + java.io.File.pathSeparator
                + jmods, "--add-modules", modules, "--strip-debug", "--no-man-pages", "--no-header-files",
                "--generate-cds-archive", "--output", runtime.toString());

        Path images = out.resolve("image");
        List<String> jpackage = new ArrayList<>(List.of("--type", "app-image", "--dest", images.toString(),
                "--name", NAME, "--app-version", arg("version"), "--input", input.toString(),
                "--main-jar", mainJar.getFileName().toString(), "--main-class", arg("mainClass"),
                "--runtime-image", runtime.toString(), "--icon", icon().toString(),
                "--description", "Sore calves after running: triage, likely causes and a personal routine.",
                "--vendor", "CalfCheck", "--copyright", "MIT licence"));
        for (String option : JAVA_OPTIONS) {
            jpackage.add("--java-options");
            jpackage.add(option);
        }
        run("jpackage", jpackage.toArray(String[]::new));
        Path image = images.resolve(os.contains("mac") ? NAME + ".app" : NAME);
        Layout layout = Layout.of(image, os);
        if (os.contains("linux")) {
            command(layout);
        }
        train(layout);
        installer(image, layout);
    }

    /**
     * {@code bin/calfcheck}: the command on the PATH and the menu entry's start. It runs the bundled runtime with the
     * native launcher's options and class path, because JDK 17's native launcher asks rpm and then dpkg which package
     * owns it on every start, about a quarter of a second before the JVM even loads (docs/benchmarks.md,
     * "Installed app"). The class path is spelled from the real path of the app folder, as the class-data archive
     * was dumped with it, found without starting {@code readlink} when the script is started by its own absolute
     * path (the menu entry); the JVM's own variables ({@code _JAVA_OPTIONS}) still apply.
     */
    private void command(Layout layout) throws IOException {
        String classPath = layout.classPath().stream().map(p -> "$app/" + Path.of(p).getFileName())
                .collect(Collectors.joining(":"));
        StringBuilder options = new StringBuilder();
        // the native launcher's options: its own version property first, then the ones it was given
        for (String option : Stream.concat(Stream.of("-Djpackage.app-version=" + arg("version")),
                JAVA_OPTIONS.stream()).toList()) {
            options.append(" \\\n    \"").append(option.replace("$APPDIR", "$app")).append('"');
        }
        String script = "#!/bin/sh\n"
                + "# CalfCheck " + arg("version") + ": the bundled runtime started with the options of lib/app/" + NAME
                + ".cfg, without\n# the native launcher's package-manager queries (see src/packaging/BuildInstaller.java).\n"
                + "# The app folder, from this script's real path; readlink runs only for a link (/usr/bin/calfcheck) or a\n"
                + "# relative path, as every program started costs the command a few milliseconds.\n"
                + "case $0 in\n"
                + "    /*/bin/*) self=$0 ;;\n"
                + "    *) self=$(readlink -f \"$0\") ;;\n"
                + "esac\n"
                + "if [ -L \"$self\" ]; then\n"
                + "    self=$(readlink -f \"$self\")\n"
                + "fi\n"
                + "app=${self%/bin/*}/lib/app\n"
                + "# A computer whose graphics JavaFX could not use last time starts in software rendering at once,\n"
                + "# instead of GTK and JavaFX each loading OpenGL for nothing (the app's note: ui.app.SoftwareRendering).\n"
                + "case $XDG_CACHE_HOME in\n"
                + "    /*) note=$XDG_CACHE_HOME/" + PACKAGE + "/" + SOFTWARE_RENDERING + " ;;\n"
                + "    *) note=$HOME/.cache/" + PACKAGE + "/" + SOFTWARE_RENDERING + " ;;\n"
                + "esac\n"
                + "rendering=\n"
                + "if [ -f \"$note\" ]; then\n"
                + "    export GDK_GL=disable\n"
                + "    rendering=-Dprism.order=sw\n"
                + "fi\n"
                + "exec \"$app/../runtime/bin/java\"" + options
                + " \\\n    $rendering -cp \"" + classPath + "\" " + arg("mainClass") + " \"$@\"\n";
        Path file = layout.launcher().resolveSibling(PACKAGE);
        Files.writeString(file, script);
        file.toFile().setExecutable(true, false);
    }

    /** The platform jar of a JavaFX module ({@code javafx-graphics-21.0.12-linux.jar}), not its empty twin. */
    private static boolean isJavaFxPlatformJar(Path jar) {
        String name = jar.getFileName().toString();
        return name.startsWith("javafx-") && name.matches("javafx-[a-z]+-[0-9.]+-[a-z0-9-]+\\.jar");
    }

    /** Each JavaFX platform jar as a JMOD: classes and resources, and its native libraries in the native section. */
    private Path javaFxJmods(List<Path> fxJars) throws IOException {
        Path jmods = Files.createDirectories(out.resolve("javafx-jmods"));
        for (Path jar : fxJars) {
            Path classes = out.resolve("javafx-classes").resolve(jar.getFileName().toString());
            Path natives = out.resolve("javafx-natives").resolve(jar.getFileName().toString());
            Files.createDirectories(natives);
            unzip(jar, classes);
            try (Stream<Path> files = Files.list(classes)) {
                for (Path file : files.filter(BuildInstaller::isNativeLibrary).toList()) {
                    Files.move(file, natives.resolve(file.getFileName()));
                }
            }
            String module = jar.getFileName().toString().replaceFirst("^javafx-([a-z]+)-.*$", "javafx.$1");
            String version = jar.getFileName().toString().replaceFirst("^javafx-[a-z]+-([0-9.]+)-.*$", "$1");
            run("jmod", "create", "--class-path", classes.toString(), "--libs", natives.toString(),
                    "--module-version", version, jmods.resolve(module + ".jmod").toString());
        }
        return jmods;
    }

    private static boolean isNativeLibrary(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".so") || name.endsWith(".dll") || name.endsWith(".dylib");
    }

    /** The modules the app and its libraries use, as jdeps computes them, plus JavaFX's controls. */
    private String jdkModules(Path input, List<Path> fxJars) throws IOException {
        List<String> jars;
        try (Stream<Path> files = Files.list(input)) {
            jars = files.map(Path::toString).sorted().toList();
        }
        List<String> jdeps = new ArrayList<>(List.of("--print-module-deps", "--ignore-missing-deps",
                "--multi-release", "17", "--module-path",
                fxJars.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator))));
        jdeps.addAll(jars);
        // the answer is the last line; warnings may come before it
        List<String> printed = run("jdeps", jdeps.toArray(String[]::new)).strip().lines().toList();
        Set<String> modules = new LinkedHashSet<>(Arrays.asList(printed.get(printed.size() - 1).split(",")));
        modules.add("javafx.controls");
        String list = String.join(",", modules);
        Files.writeString(out.resolve("modules.txt"), list + "\n");
        System.out.println("[installer] modules: " + list);
        return list;
    }

    /**
     * Records the classes the packaged launcher loads while it opens the window, assesses an answers file and
     * writes the sheet, then has the bundled runtime dump them into the application's class-data archive for
     * this image's class path. The runs use the user folders under the build folder, never the builder's own.
     */
    private void train(Layout layout) throws Exception {
        Path training = Files.createDirectories(out.resolve("training"));
        List<String> classPath = layout.classPath();
        Path example = Path.of(arg("example")).toAbsolutePath();
        Set<String> classes = new LinkedHashSet<>();
        int n = 0;
        for (List<String> command : List.of(List.of("--smoke"),
                List.of("assess", example.toString(), "--format", "json"),
                List.of("assess", example.toString(), "--format", "pdf", "--out",
                        training.resolve("sheet.pdf").toString(), "--name", "Sam Runner"))) {
            Path list = training.resolve("run-" + (++n) + ".classlist");
            String options = "-Xshare:off -XX:DumpLoadedClassList=" + list + " -Dcalfcheck.home=" + training.resolve("home");
            boolean window = command.get(0).equals("--smoke");
            boolean hasDisplay = System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isEmpty();
            Process xvfb = null;
            Map<String, String> env = Map.of();
            if (window && !hasDisplay && onPath("Xvfb")) {
                int number = 90 + (int) (ProcessHandle.current().pid() % 400);
                xvfb = virtualDisplay(number);
                env = Map.of("DISPLAY", ":" + number);
            } else if (window && !hasDisplay) {
                options += monocle(classPath);
            }
            try {
                launch(layout, training, options, command, env);
            } finally {
                if (xvfb != null) {
                    xvfb.destroy();
                    xvfb.waitFor(10, TimeUnit.SECONDS);
                }
            }
            classes.addAll(Files.readAllLines(list));
        }
        // one class per line; lines of the JDK's own format ("@lambda-proxy ...") are kept as they are
        Path merged = layout.appDir().resolve(CLASS_LIST);
        Files.write(merged, classes.stream().map(line -> line.replaceFirst(" id: \\d+$", "")).distinct().toList());
        dump(layout, layout.appDir(), String.join(java.io.File.pathSeparator, classPath));
        // the archive must be taken: -Xshare:on makes the JVM fail instead of falling back
        launch(layout, training, "-Xshare:on", List.of("--version"), Map.of());
        System.out.println("[installer] class-data archive: " + layout.appDir().resolve(ARCHIVE) + " ("
                + Files.size(layout.appDir().resolve(ARCHIVE)) / 1024 / 1024 + " MB, " + classes.size() + " classes)");
    }

    /** Without any display: headless Monocle from the build class path, let into JavaFX's internals. */
    private String monocle(List<String> classPath) {
        String monocle = args.getOrDefault("monocle", "");
        if (monocle.isEmpty() || !Files.isRegularFile(Path.of(monocle))) {
            throw new IllegalStateException("no display for the training run: install Xvfb, set DISPLAY or give monocle=JAR");
        }
        String exports = List.of("javafx.graphics/com.sun.glass.ui", "javafx.graphics/com.sun.glass.events",
                "javafx.graphics/com.sun.javafx.util", "javafx.base/com.sun.javafx.logging").stream()
                .map(p -> " --add-exports=" + p + "=ALL-UNNAMED")
                .collect(Collectors.joining());
        return " -Djava.class.path=" + String.join(java.io.File.pathSeparator, classPath) + java.io.File.pathSeparator
                + monocle + " -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw" + exports;
    }

    /** A virtual X server for the training run when the build has no display and Xvfb is installed. */
    private Process virtualDisplay(int number) throws Exception {
        Process xvfb = new ProcessBuilder("Xvfb", ":" + number, "-screen", "0", "1280x900x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(out.resolve("training/xvfb.log").toFile()).start();
        Path socket = Path.of("/tmp/.X11-unix/X" + number);
        for (int i = 0; i < 100 && !Files.exists(socket) && xvfb.isAlive(); i++) {
            Thread.sleep(100);
        }
        if (!xvfb.isAlive()) {
            throw new IllegalStateException("Xvfb :" + number + " did not start: " + Files.readString(out.resolve("training/xvfb.log")));
        }
        return xvfb;
    }

    private void dump(Layout layout, Path appDir, String classPath) throws Exception {
        Path partial = appDir.resolve(ARCHIVE + ".new");
        exec(List.of(layout.java().toString(), "-Xshare:dump", "-XX:SharedClassListFile=" + appDir.resolve(CLASS_LIST),
                "-XX:SharedArchiveFile=" + partial, "-cp", classPath), Map.of(), out.resolve("training"), "dump");
        // renamed when complete: JDK 17 crashes on a truncated archive instead of falling back
        Files.move(partial, appDir.resolve(ARCHIVE), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    private String launch(Layout layout, Path dir, String javaOptions, List<String> command, Map<String, String> env)
            throws Exception {
        List<String> line = new ArrayList<>();
        line.add(layout.launcher().toString());
        line.addAll(command);
        // _JAVA_OPTIONS comes after the launcher's own options, so it overrides -Xshare:auto for these runs
        Map<String, String> all = new LinkedHashMap<>(env);
        all.put("_JAVA_OPTIONS", javaOptions);
        return exec(line, all, dir, String.join(" ", command));
    }

    /** The installer where the platform's packaging tools exist; the reason in SKIPPED where they do not. */
    private void installer(Path image, Layout layout) throws Exception {
        Path dest = out.resolve("package");
        List<String> common = List.of("--dest", dest.toString(), "--name", NAME, "--app-version", arg("version"),
                "--description", "Sore calves after running: triage, likely causes and a personal routine.",
                "--vendor", "CalfCheck", "--copyright", "MIT licence");
        if (os.contains("linux")) {
            for (String tool : List.of("dpkg-deb", "fakeroot")) {
                if (!onPath(tool)) {
                    Files.writeString(out.resolve("DEB-SKIPPED"), tool + " is not installed (apt-get install fakeroot dpkg-dev)\n");
                    System.out.println("[installer] no .deb: " + tool + " is not installed");
                    return;
                }
            }
            // the archive made for this folder is useless under /opt (JDK 17 checks the class path by name):
            // the package carries the class list, and its postinst dumps the archive for the installed paths
            Path packaged = out.resolve("deb-image").resolve(NAME);
            copyTree(image, packaged);
            Files.delete(Layout.of(packaged, os).appDir().resolve(ARCHIVE));
            String root = "/opt/" + PACKAGE;
            Path scripts = Files.createDirectories(out.resolve("deb-resources"));
            String installedClassPath = String.join(":", layout.classPath().stream()
                    .map(p -> root + "/lib/app/" + Path.of(p).getFileName()).toList());
            for (String script : List.of("postinst", "prerm", NAME + ".desktop")) {
                String text = Files.readString(Path.of(arg("resources"), "linux", script))
                        .replace("@INSTALL_ROOT@", root).replace("@LAUNCHER@", NAME)
                        .replace("@APP_CLASS_PATH@", installedClassPath).replace("@COMMAND@", PACKAGE);
                Files.writeString(scripts.resolve(script), text);
            }
            List<String> deb = new ArrayList<>(List.of("--type", "deb", "--app-image", packaged.toString(),
                    "--resource-dir", scripts.toString(), "--linux-package-name", PACKAGE, "--install-dir", "/opt",
                    "--linux-package-deps", "libgtk-3-0", "--linux-shortcut", "--linux-menu-group", "MedicalSoftware",
                    "--linux-app-category", "misc", "--linux-deb-maintainer", "calfcheck@localhost",
                    "--icon", icon().toString()));
            deb.addAll(common);
            run("jpackage", deb.toArray(String[]::new));
        } else if (os.contains("win")) {
            if (!onPath("candle.exe") || !onPath("light.exe")) {
                Files.writeString(out.resolve("MSI-SKIPPED"), "WiX 3 (candle.exe, light.exe) is not on the PATH\n");
                return;
            }
            List<String> msi = new ArrayList<>(List.of("--type", "msi", "--app-image", image.toString(),
                    "--win-menu", "--win-shortcut", "--win-dir-chooser", "--win-per-user-install"));
            msi.addAll(common);
            run("jpackage", msi.toArray(String[]::new));
        } else if (os.contains("mac")) {
            if (!onPath("hdiutil")) {
                Files.writeString(out.resolve("DMG-SKIPPED"), "hdiutil is not on the PATH\n");
                return;
            }
            List<String> dmg = new ArrayList<>(List.of("--type", "dmg", "--app-image", image.toString()));
            dmg.addAll(common);
            run("jpackage", dmg.toArray(String[]::new));
        }
    }

    private Path icon() {
        String file = os.contains("win") ? "calfcheck.ico" : os.contains("mac") ? "calfcheck.icns" : "calfcheck.png";
        Path icon = Path.of(arg("resources"), file);
        // jpackage's own icon where the platform's format is not in the repository
        return Files.isRegularFile(icon) ? icon : Path.of(arg("resources"), "calfcheck.png");
    }

    private void skip(String reason) throws IOException {
        Files.writeString(out.resolve("SKIPPED"), reason + "\n");
        System.out.println("[installer] not built: " + reason);
    }

    private static boolean onPath(String tool) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, tool)));
    }

    /** Runs a JDK tool in this JVM and returns what it printed; a non-zero exit fails the build with its output. */
    private static String run(String tool, String... toolArgs) {
        StringWriter printed = new StringWriter();
        StringWriter errors = new StringWriter();
        System.out.println("[installer] " + tool + " " + String.join(" ", toolArgs));
        int code = ToolProvider.findFirst(tool).orElseThrow()
                .run(new PrintWriter(printed, true), new PrintWriter(errors, true), toolArgs);
        if (code != 0) {
            throw new IllegalStateException(tool + " failed (" + code + "):\n" + printed + errors);
        }
        return printed.toString();
    }

    private static String exec(List<String> command, Map<String, String> env, Path dir, String what) throws Exception {
        Path log = Files.createTempFile(dir, "run-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(what + " did not finish in 5 minutes; output in " + log);
        }
        String printed = Files.readString(log, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(what + " failed (" + process.exitValue() + "):\n" + printed);
        }
        return printed;
    }

    private static void unzip(Path jar, Path to) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                Path target = to.resolve(entry.getName()).normalize();
                if (!target.startsWith(to)) {
                    throw new IOException("entry outside the folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else if (!entry.getName().startsWith("META-INF/") || entry.getName().equals("META-INF/MANIFEST.MF")) {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target);
                }
            }
        }
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

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(file);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Where jpackage put the launcher, the app's jars and the runtime on this platform. */
    record Layout(Path launcher, Path appDir, Path java) {

        static Layout of(Path image, String os) {
            if (os.contains("win")) {
                return new Layout(image.resolve(NAME + ".exe"), image.resolve("app"),
                        image.resolve("runtime/bin/java.exe"));
            }
            if (os.contains("mac")) {
                return new Layout(image.resolve("Contents/MacOS/" + NAME), image.resolve("Contents/app"),
                        image.resolve("Contents/runtime/Contents/Home/bin/java"));
            }
            return new Layout(image.resolve("bin/" + NAME), image.resolve("lib/app"), image.resolve("lib/runtime/bin/java"));
        }

        /**
         * The class path the launcher gives the JVM, in its order: the {@code app.classpath} lines of its
         * configuration with {@code $APPDIR} as the launcher resolves it (the real path of the app folder).
         */
        List<String> classPath() throws IOException {
            Path cfg = appDir.resolve(NAME + ".cfg");
            String real = appDir.toRealPath().toString();
            return Files.readAllLines(cfg).stream().filter(line -> line.startsWith("app.classpath="))
                    .map(line -> line.substring("app.classpath=".length()).replace("$APPDIR", real)).toList();
        }
    }
}
