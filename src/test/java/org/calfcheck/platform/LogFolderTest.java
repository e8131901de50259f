package org.calfcheck.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
}
