package org.calfcheck.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.calfcheck.platform.UserFolders;
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
        return UserFolders.fromEnvironment().data();
    }
}
