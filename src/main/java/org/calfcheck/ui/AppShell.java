package org.calfcheck.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's frame: a header with the app name, one navigation button per {@link Page} and the light/dark
 * toggle, and the current page below. Pages are added by whoever builds the window (the coach page too).
 */
public final class AppShell extends BorderPane {

    private final Map<String, Page> pages = new LinkedHashMap<>();
    private final Map<String, ToggleButton> navButtons = new LinkedHashMap<>();
    private final HBox navBar = new HBox(4);
    private final StackPane content = new StackPane();
    private Page current;

    public AppShell(ThemeViewModel theme) {
        getStyleClass().add("app-shell");
        theme.getTheme().apply();
        theme.themeProperty().addListener((obs, old, now) -> now.apply());
        Label name = new Label("CalfCheck", LineIcon.ACTIVITY.node());
        name.getStyleClass().add("app-name");
        name.setGraphicTextGap(8);

        navBar.setAlignment(Pos.CENTER_LEFT);
        navBar.setId("nav");

        Button themeToggle = new Button();
        themeToggle.setId("theme-toggle");
        themeToggle.textProperty().bind(theme.toggleLabelProperty());
        themeToggle.accessibleTextProperty().bind(theme.toggleLabelProperty());
        themeToggle.getStyleClass().addAll("flat");
        themeToggle.setFocusTraversable(true);
        theme.themeProperty().addListener((obs, old, now) -> themeToggle.setGraphic(themeIcon(now)));
        themeToggle.setGraphic(themeIcon(theme.getTheme()));
        themeToggle.setOnAction(e -> theme.toggle());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(24, name, navBar, spacer, themeToggle);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("app-header");

        content.getStyleClass().add("app-content");
        setTop(header);
        setCenter(content);
    }

    /** Adds a page to the navigation; the first page added is shown. */
    public void addPage(Page page) {
        pages.put(page.name(), page);
        ToggleButton button = new ToggleButton(page.name());
        button.setId("nav-" + page.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-"));
        // no toggle group: in one, Tab reaches only the selected button, so the other pages were out of reach
        button.getStyleClass().add("nav-button");
        button.setAccessibleText("Go to " + page.name());
        button.setOnAction(e -> showPage(page.name()));
        navButtons.put(page.name(), button);
        navBar.getChildren().add(button);
        if (current == null) {
            showPage(page.name());
        }
    }

    /** Shows the named page; unknown names are ignored. */
    public void showPage(String name) {
        Page page = pages.get(name);
        if (page == null) {
            return;
        }
        current = page;
        // exactly one page shown as chosen, also when its button is pressed again
        navButtons.forEach((pageName, button) -> button.setSelected(pageName.equals(name)));
        content.getChildren().setAll(page.view());
    }

    public Optional<Page> currentPage() {
        return Optional.ofNullable(current);
    }

    private static javafx.scene.Node themeIcon(Theme theme) {
        return (theme == Theme.LIGHT ? LineIcon.MOON : LineIcon.SUN).node();
    }

    static FontIcon icon(Feather glyph) {
        FontIcon icon = new FontIcon(glyph);
        icon.getStyleClass().add("icon");
        return icon;
    }
}
