package org.calfcheck.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code --data-dir DIR}: where calfcheck.db lives. Global (inherited by every subcommand); without it, the
 * user's data folder.
 */
public final class DataDirOption {

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Folder of the CalfCheck database (default: your data folder).")
    Path dataDir;

    /** The folder to use: the option when given, else the user's data folder. */
    public Path resolve() {
        return Optional.ofNullable(dataDir).orElseGet(DataDirOption::userDataFolder);
    }

    private static Path userDataFolder() {
        // replaced by UserFolders.fromEnvironment().data() once the foundation branch lands
        String home = System.getProperty("calfcheck.home");
        if (home != null) {
            return Path.of(home, "data");
        }
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String user = System.getProperty("user.home");
        if (os.contains("win")) {
            return Path.of(Optional.ofNullable(System.getenv("APPDATA")).orElse(user), "CalfCheck");
        }
        if (os.contains("mac")) {
            return Path.of(user, "Library", "Application Support", "CalfCheck");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(user, ".local", "share")).resolve("calfcheck");
    }
}
