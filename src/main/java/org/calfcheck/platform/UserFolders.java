package org.calfcheck.platform;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where CalfCheck keeps its files on this computer, following each system's convention: XDG folders on Linux,
 * %APPDATA% and %LOCALAPPDATA% on Windows, ~/Library on macOS. The system property {@code calfcheck.home} puts
 * everything under one folder instead (tests, portable installs), so tests never touch the real home folder.
 *
 * @param data   client records and saved assessments
 * @param config settings
 * @param state  logs
 * @param cache  anything that can be rebuilt (JavaFX and PDFBox caches)
 */
public record UserFolders(Path data, Path config, Path state, Path cache) {

    public static final String HOME_PROPERTY = "calfcheck.home";
    static final String APP = "calfcheck";
    static final String APP_TITLE = "CalfCheck";

    /** Reads one named value (an environment variable or a system property); empty when unset or blank. */
    @FunctionalInterface
    public interface Lookup {
        Optional<String> get(String name);

        static Lookup of(java.util.function.UnaryOperator<String> source) {
            return name -> Optional.ofNullable(source.apply(name)).filter(v -> !v.isBlank());
        }
    }

    /** The folders for this process: real environment variables and system properties. */
    public static UserFolders fromEnvironment() {
        return resolve(Lookup.of(System::getenv), Lookup.of(System::getProperty));
    }

    /** The folders for the given environment and system properties (tests fake Windows, macOS and Linux). */
    public static UserFolders resolve(Lookup env, Lookup properties) {
        Optional<String> home = properties.get(HOME_PROPERTY);
        if (home.isPresent()) {
            Path root = Path.of(home.get()).toAbsolutePath();
            return new UserFolders(root.resolve("data"), root.resolve("config"), root.resolve("state"),
                    root.resolve("cache"));
        }
        Path userHome = Path.of(properties.get("user.home").orElse("."));
        String os = properties.get("os.name").orElse("").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return windows(env, userHome);
        }
        if (os.startsWith("mac")) {
            Path library = userHome.resolve("Library");
            return new UserFolders(library.resolve("Application Support").resolve(APP_TITLE),
                    library.resolve("Preferences").resolve(APP_TITLE), library.resolve("Logs").resolve(APP_TITLE),
                    library.resolve("Caches").resolve(APP_TITLE));
        }
        return new UserFolders(xdg(env, "XDG_DATA_HOME", userHome.resolve(".local/share")),
                xdg(env, "XDG_CONFIG_HOME", userHome.resolve(".config")),
                xdg(env, "XDG_STATE_HOME", userHome.resolve(".local/state")),
                xdg(env, "XDG_CACHE_HOME", userHome.resolve(".cache")));
    }

    private static UserFolders windows(Lookup env, Path userHome) {
        Path roaming = env.get("APPDATA").map(Path::of).orElse(userHome.resolve("AppData").resolve("Roaming"))
                .resolve(APP_TITLE);
        Path local = env.get("LOCALAPPDATA").map(Path::of).orElse(userHome.resolve("AppData").resolve("Local"))
                .resolve(APP_TITLE);
        return new UserFolders(roaming.resolve("data"), roaming.resolve("config"), local.resolve("logs"),
                local.resolve("cache"));
    }

    /** The XDG base directory spec says to ignore a relative path in these variables. */
    private static Path xdg(Lookup env, String variable, Path fallback) {
        return env.get(variable).map(Path::of).filter(Path::isAbsolute).orElse(fallback).resolve(APP);
    }

    public List<Path> all() {
        return List.of(data, config, state, cache);
    }

    /**
     * Creates the four folders where missing; new folders are readable by their owner only where the file system
     * has POSIX permissions (health data lives here).
     *
     * @return this, for chaining
     */
    public UserFolders ensureExists() throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rwx------");
        for (Path folder : all()) {
            if (Files.isDirectory(folder)) {
                continue;
            }
            if (posix) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(ownerOnly));
                // the umask may have narrowed the attribute: set it explicitly on our own folder
                Files.setPosixFilePermissions(folder, ownerOnly);
            } else {
                Files.createDirectories(folder);
            }
        }
        return this;
    }
}
