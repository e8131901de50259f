package org.calfcheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesFileTest {

    @TempDir
    Path dir;

    @Test
    void aSavedThemeIsLoadedByTheNextRun() {
        new PreferencesFile(dir.resolve("config")).save(Theme.DARK);

        assertEquals(Optional.of(Theme.DARK), new PreferencesFile(dir.resolve("config")).load());
    }

    @Test
    void noFileMeansNoRememberedTheme() {
        assertEquals(Optional.empty(), new PreferencesFile(dir).load());
    }

    @Test
    void aGarbledFileIsIgnored() throws Exception {
        Files.writeString(dir.resolve("ui.properties"), "theme=purple\n\\u12");

        assertEquals(Optional.empty(), new PreferencesFile(dir).load());
    }

    @Test
    void theToggleRemembersTheNewTheme() {
        PreferencesFile file = new PreferencesFile(dir);
        ThemeViewModel theme = new ThemeViewModel(file);

        theme.toggle();

        assertEquals(Theme.DARK, theme.getTheme());
        assertEquals("Light mode", theme.toggleLabelProperty().get());
        assertEquals(Optional.of(Theme.DARK), file.load());
    }
}
