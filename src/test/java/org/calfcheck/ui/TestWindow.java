package org.calfcheck.ui;

import java.util.Optional;
import java.util.concurrent.Executors;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.calfcheck.content.Content;

/** The main window as the app builds it, on the real content and engine, with a recording dialog service. */
final class TestWindow {

    private TestWindow() {
    }

    static CheckFlowViewModel show(Stage stage, Content content, DialogService dialogs, ResultActions actions,
                                   ThemeViewModel theme, Page... morePages) {
        AppShell shell = new AppShell(theme);
        CheckFlowViewModel flow = new CheckFlowViewModel(dialogs,
                new TaskRunner(Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "test-assess");
                    t.setDaemon(true);
                    return t;
                })), actions, EngineAssessor::of);
        flow.contentLoaded(new ContentOutcome.Loaded(content));
        shell.addPage(new CheckPage(flow));
        for (Page page : morePages) {
            shell.addPage(page);
        }
        Scene scene = new Scene(shell, 1280, 800);
        scene.getStylesheets().add(CalfCheckApp.STYLESHEET);
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
        return flow;
    }

    /** Remembers the theme in memory only: tests never write preferences. */
    static final class InMemoryThemeStore implements ThemeStore {
        private Optional<Theme> theme = Optional.empty();

        @Override
        public Optional<Theme> load() {
            return theme;
        }

        @Override
        public void save(Theme chosen) {
            theme = Optional.of(chosen);
        }
    }
}
