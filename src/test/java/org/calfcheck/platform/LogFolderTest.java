package org.calfcheck.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFolderTest {

    @AfterEach
    void clearOverride() {
        System.clearProperty(LogFolder.PROPERTY);
    }

    @Test
    void logsGoToTheStateFolderWhichIsCreated() {
        Path state = UserFolders.fromEnvironment().state();

        assertEquals(state.toString(), new LogFolder().getPropertyValue());
        assertTrue(Files.isDirectory(state));
    }

    @Test
    void theLogdirPropertyOverridesTheStateFolder(@TempDir Path elsewhere) {
        System.setProperty(LogFolder.PROPERTY, elsewhere.toString());

        assertEquals(elsewhere.toString(), new LogFolder().getPropertyValue());
    }

    @Test
    void logFilesAreOwnerOnlyEvenInAFolderThatWasOpenToAll(@TempDir Path elsewhere) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Files.setPosixFilePermissions(elsewhere, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path old = Files.writeString(elsewhere.resolve("calfcheck.2026-11-01.0.log"), "old");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-r--r--"));
        System.setProperty(LogFolder.PROPERTY, elsewhere.toString());

        new LogFolder().getPropertyValue();

        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(elsewhere.resolve(LogFolder.LOG_FILE))));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(old)));
    }
}
