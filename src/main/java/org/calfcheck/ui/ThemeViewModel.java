package org.calfcheck.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The light/dark choice: starts from the remembered theme, remembers every change. */
public final class ThemeViewModel {

    private final ThemeStore store;
    private final ReadOnlyObjectWrapper<Theme> theme;
    private final ReadOnlyStringWrapper toggleLabel = new ReadOnlyStringWrapper();

    public ThemeViewModel(ThemeStore store) {
        this.store = store;
        this.theme = new ReadOnlyObjectWrapper<>(store.load().orElse(Theme.LIGHT));
        toggleLabel.bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> theme.get() == Theme.LIGHT ? "Dark mode" : "Light mode", theme));
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public Theme getTheme() {
        return theme.get();
    }

    /** What the toggle offers: the theme you would switch to. */
    public ReadOnlyStringProperty toggleLabelProperty() {
        return toggleLabel.getReadOnlyProperty();
    }

    public void toggle() {
        theme.set(theme.get().other());
        store.save(theme.get());
    }
}
