package org.calfcheck.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's small preferences file ({@code ui.properties} in the user's config folder). A missing or unreadable
 * file means defaults; a write that fails is logged, never shown: losing a theme choice is not worth a dialog.
 */
public final class PreferencesFile implements ThemeStore {

    private static final String THEME = "theme";

    private final Path file;

    public PreferencesFile(Path configDir) {
        this.file = configDir.resolve("ui.properties");
    }

    @Override
    public Optional<Theme> load() {
        Properties props = read();
        String value = props.getProperty(THEME, "");
        for (Theme theme : Theme.values()) {
            if (theme.name().equalsIgnoreCase(value)) {
                return Optional.of(theme);
            }
        }
        return Optional.empty();
    }

    @Override
    public void save(Theme theme) {
        Properties props = read();
        props.setProperty(THEME, theme.name().toLowerCase(java.util.Locale.ROOT));
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                props.store(out, "CalfCheck preferences");
            }
        } catch (IOException e) {
            log().warn("Could not save preferences to {}: {}", file, e.getMessage());
        }
    }

    private Properties read() {
        Properties props = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(in);
            } catch (IOException | IllegalArgumentException e) {
                log().warn("Ignoring unreadable preferences {}: {}", file, e.getMessage());
            }
        }
        return props;
    }

    /** Looked up when needed: logging starts up after the first frame, not before it. */
    private static Logger log() {
        return LoggerFactory.getLogger(PreferencesFile.class);
    }
}
