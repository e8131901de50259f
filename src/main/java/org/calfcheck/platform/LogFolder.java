package org.calfcheck.platform;

import ch.qos.logback.core.PropertyDefinerBase;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Tells the logging configuration (logback.xml) where the log files go: {@link UserFolders#state()}, so a test
 * run with {@code -Dcalfcheck.home} logs under the build folder. The system property {@code calfcheck.logdir}
 * overrides it. Resolved by logback itself, so it holds however early the first logger is created.
 *
 * <p>Logs may name files and clients, so they are owner-only like the database: the log file is created 600
 * before logback opens it (logback would create it with the umask, often 644), and older logs are narrowed too.
 */
public final class LogFolder extends PropertyDefinerBase {

    public static final String PROPERTY = "calfcheck.logdir";
    /** The active log's name, as in logback.xml. */
    static final String LOG_FILE = "calfcheck.log";

    @Override
    public String getPropertyValue() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            ownerOnlyLogs(Path.of(override));
            return override;
        }
        try {
            Path state = UserFolders.fromEnvironment().ensureExists().state();
            if (isPosix()) {
                // our own folder: narrowed even if it was made 755 before
                Files.setPosixFilePermissions(state, PosixFilePermissions.fromString("rwx------"));
            }
            ownerOnlyLogs(state);
            return state.toString();
        } catch (IOException | RuntimeException e) {
            addWarn("Cannot create the log folder, logging to the temporary folder: " + e);
            return System.getProperty("java.io.tmpdir");
        }
    }

    private void ownerOnlyLogs(Path folder) {
        if (!isPosix() || !Files.isDirectory(folder)) {
            return;
        }
        try {
            Files.createFile(folder.resolve(LOG_FILE),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException e) {
            // written before: narrowed below
        } catch (IOException e) {
            addWarn("Cannot create the log file owner-only: " + e);
        }
        try (DirectoryStream<Path> logs = Files.newDirectoryStream(folder, "calfcheck*.log")) {
            for (Path log : logs) {
                if (Files.isRegularFile(log, LinkOption.NOFOLLOW_LINKS)) {
                    Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-------"));
                }
            }
        } catch (IOException e) {
            addWarn("Cannot make the log files owner-only: " + e);
        }
    }

    private static boolean isPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
