package org.calfcheck.ui;

import java.util.Optional;

/** Where the chosen theme is remembered between runs. */
public interface ThemeStore {

    Optional<Theme> load();

    void save(Theme theme);
}
