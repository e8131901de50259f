package org.calfcheck.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.stage.Window;
import org.calfcheck.engine.Assessment;
import org.calfcheck.store.SavedAssessment;
import org.calfcheck.ui.CompletedCheck;
import org.calfcheck.ui.DialogService;
import org.calfcheck.ui.PageFactory;
import org.calfcheck.ui.coach.CoachWorkspace;

/**
 * Wires the coach workspace into the desktop app: opens the database on its own thread while JavaFX starts
 * (so the FX thread never waits on the disk), then gives the shell the Coach page and the results view its
 * "Save to client…".
 */
final class CoachSetup {

    private final CompletableFuture<CoachWorkspace.Opening> opening;
    private final AtomicReference<CoachWorkspace> workspace = new AtomicReference<>();

    CoachSetup(Path dataDir) {
        this.opening = CompletableFuture.supplyAsync(() -> CoachWorkspace.open(dataDir));
    }

    /**
     * The Coach page. Reopening shows a saved result in the results view, as it was computed then;
     * {@code reprint} opens the sheet preview for an assessment; where it is not wired, its button says so
     * instead of doing nothing.
     */
    PageFactory page(Optional<Consumer<Assessment>> reprint) {
        return (dialogs, background, showResults) -> {
            CoachWorkspace built = opening.join().build(background, dialogs, CoachSetup::focusedWindow,
                    saved -> showResults.accept(new CompletedCheck(saved.answers(), saved.assessment())),
                    reprint.<Consumer<SavedAssessment>>map(sheet -> saved -> sheet.accept(saved.assessment()))
                            .orElse(saved -> notYet(dialogs, "Reprinting a sheet")));
            workspace.set(built);
            return built.page();
        };
    }

    /** For {@code ResultActions.withSaveToClient}: saves the finished check via the Coach page's store. */
    Consumer<CompletedCheck> saveToClient() {
        return check -> Optional.ofNullable(workspace.get()).ifPresent(w ->
                w.saveToClient(check.answers(), check.assessment(), saved -> { }));
    }

    private static void notYet(DialogService dialogs, String what) {
        dialogs.showInfo("Not available yet", what + " is not available in this build.");
    }

    private static Window focusedWindow() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(null);
    }
}
