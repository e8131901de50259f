package org.calfcheck.ui.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * A note, for the Linux launcher, that JavaFX could not use this computer's graphics hardware, so that the next
 * start goes to software rendering at once (docs/decisions.md, "Installer"). On such a computer — a virtual
 * machine, a remote desktop, a graphics chip JavaFX does not accept — GTK and JavaFX each load the OpenGL driver
 * at every start only for JavaFX to fall back to software, about a tenth of a second before the first frame. The
 * note is a file in the cache folder, which the launcher script tests without starting a program. It goes when
 * JavaFX finds usable graphics, and 30 days after it was written, so a computer that gains a supported graphics
 * chip is tried again.
 *
 * @param file  the note
 * @param clock for the note's age
 */
public record SoftwareRendering(Path file, Clock clock) {

    /** The note's name in the cache folder; the launcher script spells it too (src/packaging/BuildInstaller.java). */
    public static final String FILE_NAME = "software-rendering";
    static final Duration TRY_AGAIN_AFTER = Duration.ofDays(30);

    public static SoftwareRendering inCache(Path cacheFolder) {
        return new SoftwareRendering(cacheFolder.resolve(FILE_NAME), Clock.systemUTC());
    }

    /**
     * Notes what this start found, once JavaFX has chosen how to render.
     *
     * @param hardware whether JavaFX renders with the graphics hardware (only its hardware pipelines do 3D)
     * @param chosen   the renderer this start was told to use ({@code prism.order}); empty when JavaFX chose
     */
    public void note(boolean hardware, Optional<String> chosen) {
        try {
            if (hardware) {
                Files.deleteIfExists(file);
            } else if (chosen.isEmpty()) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, "JavaFX could not use this computer's graphics hardware (" + clock.instant()
                        + "), so CalfCheck starts in software rendering. Delete this file to have it try again.\n");
            } else if (Files.isRegularFile(file) && Files.getLastModifiedTime(file).toInstant()
                    .isBefore(clock.instant().minus(TRY_AGAIN_AFTER))) {
                Files.delete(file);
            }
        } catch (IOException e) {
            // only a faster next start is lost
            LoggerFactory.getLogger(SoftwareRendering.class).warn("Could not note how JavaFX renders: {}",
                    e.toString());
        }
    }
}
