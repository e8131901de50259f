package org.calfcheck.ui;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the main window. Only what the first screen needs happens before the first frame; the content is loaded
 * afterwards on the background executor, and broken content becomes an error dialog, never a crash.
 */
public final class CalfCheckApp {

    public static final String STYLESHEET = Objects.requireNonNull(
            CalfCheckApp.class.getResource("calfcheck.css")).toExternalForm();

    private final AppSetup setup;
    private final ThemeStore themeStore;
    private final BackgroundRunner background;
    private final Function<Supplier<Window>, DialogService> dialogService;

    private Stage stage;
    private AppShell shell;
    private CheckPage checkPage;

    /**
     * @param background    the app's one runner for slow work
     * @param dialogService makes the window's one dialog service (tests record dialogs instead of showing them)
     */
    public CalfCheckApp(AppSetup setup, ThemeStore themeStore, BackgroundRunner background,
                        Function<Supplier<Window>, DialogService> dialogService) {
        this.dialogService = dialogService;
        this.setup = setup;
        this.themeStore = themeStore;
        this.background = background;
    }

    /** Shows the main window on {@code stage}; {@code onFirstFrame} runs once the window has been drawn. */
    public void start(Stage stage, Runnable onFirstFrame) {
        this.stage = stage;
        ThemeViewModel theme = new ThemeViewModel(themeStore);

        DialogService dialogs = dialogService.apply(() -> this.stage);
        shell = new AppShell(theme);
        checkPage = new CheckPage(new CheckFlowViewModel(dialogs, background, setup.actions(),
                setup.engine()));
        shell.addPage(checkPage);
        java.util.List<Page> extraPages = setup.extraPages().stream()
                .map(factory -> factory.create(dialogs, background, check -> {
                    checkPage.flow().showSaved(check);
                    shell.showPage(checkPage.name());
                }))
                .toList();
        extraPages.forEach(shell::addPage);

        Scene scene = new Scene(shell, 1120, 780);
        scene.getStylesheets().add(STYLESHEET);
        stage.setScene(scene);
        stage.setTitle("CalfCheck");
        stage.setMinWidth(1024);
        stage.setMinHeight(700);
        FirstFrame.after(scene, () -> {
            // first: the frame is drawn now, and what follows starts background work it never waited for
            onFirstFrame.run();
            loadContent(dialogs);
            extraPages.forEach(Page::afterFirstFrame);
        });
        stage.show();
        stage.requestFocus();
    }

    /** The shell, so the lead can add pages (the coach page) after {@link #start}. */
    public AppShell shell() {
        return shell;
    }

    public CheckPage checkPage() {
        return checkPage;
    }

    private void loadContent(DialogService dialogs) {
        background.run(setup.content()::get, outcome -> {
            checkPage.flow().contentLoaded(outcome);
            if (outcome instanceof ContentOutcome.Failed failed) {
                dialogs.showError("CalfCheck's content could not be loaded", failed.summary(), failed.problems());
            }
        }, error -> {
            log().error("Loading the content failed", error);
            ContentOutcome.Failed failed = new ContentOutcome.Failed("The content could not be read.",
                    java.util.List.of(String.valueOf(error.getMessage())));
            checkPage.flow().contentLoaded(failed);
            dialogs.showError("CalfCheck's content could not be loaded", failed.summary(), failed.problems());
        });
    }

    /** Runs {@code action} on the FX thread after the first time the scene has been laid out and drawn. */
    static final class FirstFrame {
        private FirstFrame() {
        }

        static void after(Scene scene, Runnable action) {
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                scene.removePostLayoutPulseListener(listener[0]);
                // runLater: the render of this pulse completes before the next FX event runs
                Platform.runLater(action);
            };
            scene.addPostLayoutPulseListener(listener[0]);
        }
    }

    /** Looked up when needed: logging starts up after the first frame, not before it. */
    private static Logger log() {
        return LoggerFactory.getLogger(CalfCheckApp.class);
    }
}
