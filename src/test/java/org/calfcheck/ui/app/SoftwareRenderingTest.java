package org.calfcheck.ui.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The note that sends the launcher's next start straight to software rendering: when it is written and dropped. */
class SoftwareRenderingTest {

    private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");

    @TempDir
    Path cache;

    private SoftwareRendering rendering() {
        return new SoftwareRendering(cache.resolve("calfcheck").resolve(SoftwareRendering.FILE_NAME),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void javaFxFallingBackToSoftwareByItselfIsNoted() {
        rendering().note(false, Optional.empty());
        assertTrue(Files.isRegularFile(rendering().file()));
    }

    @Test
    void hardwareRenderingDropsTheNote() throws IOException {
        rendering().note(false, Optional.empty());
        rendering().note(true, Optional.empty());
        assertFalse(Files.exists(rendering().file()));
        // nothing to drop is no problem either
        rendering().note(true, Optional.empty());
        assertFalse(Files.exists(rendering().file()));
    }

    @Test
    void softwareRenderingAskedForIsNotMistakenForAFallBack() {
        rendering().note(false, Optional.of("sw"));
        assertFalse(Files.exists(rendering().file()));
    }

    @Test
    void aNoteOlderThanThirtyDaysIsDroppedSoTheHardwareIsTriedAgain() throws IOException {
        rendering().note(false, Optional.empty());
        Path note = rendering().file();
        Files.setLastModifiedTime(note, FileTime.from(NOW.minus(Duration.ofDays(29))));
        rendering().note(false, Optional.of("sw"));
        assertTrue(Files.exists(note), "a young note stays");
        Files.setLastModifiedTime(note, FileTime.from(NOW.minus(Duration.ofDays(31))));
        rendering().note(false, Optional.of("sw"));
        assertFalse(Files.exists(note), "an old note goes");
    }

    @Test
    void aCacheThatCannotBeWrittenCostsOnlyTheNote() throws IOException {
        Files.writeString(cache.resolve("calfcheck"), "a file where the folder should be");
        rendering().note(false, Optional.empty());
        assertTrue(Files.isRegularFile(cache.resolve("calfcheck")));
    }
}
