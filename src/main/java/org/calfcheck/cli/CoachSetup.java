package org.calfcheck.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.stage.Window;
import org.calfcheck.store.SavedAssessment;
import org.calfcheck.ui.CompletedCheck;
import org.calfcheck.ui.DeferredPage;
import org.calfcheck.ui.DialogService;
import org.calfcheck.ui.PageFactory;
import org.calfcheck.ui.coach.CheckReader;
import org.calfcheck.ui.coach.CoachWorkspace;

/**
 * Wires the coach workspace into the desktop app: the shell gets the Coach page at once, the database is opened
 * on its own thread once the window is drawn (so neither the FX thread nor the first frame waits on the disk),
 * and the results view gets its "Save to client…".
 */
final class CoachSetup {

    private final Path dataDir;
    private final CheckReader checks;
    private CompletableFuture<CoachWorkspace.Opening> opening;
    private final AtomicReference<CoachWorkspace> workspace = new AtomicReference<>();

    CoachSetup(Path dataDir, CheckReader checks) {
        this.dataDir = dataDir;
        this.checks = checks;
    }

    /** Opens the database on its own thread, once; the page asks for it after the window's first frame. */
    private synchronized CompletableFuture<CoachWorkspace.Opening> opening() {
        if (opening == null) {
            opening = CompletableFuture.supplyAsync(() -> CoachWorkspace.open(dataDir));
        }
        return opening;
    }

    /**
     * The Coach page. Reopening shows a saved result in the results view, as it was computed then;
     * {@code reprint} opens the sheet preview for an assessment; where it is not wired, its button says so
     * instead of doing nothing.
     */
    PageFactory page(Optional<Consumer<CompletedCheck>> reprint) {
        // the page is there at once and fills in when the database is open: the first frame never waits on disk
        return (dialogs, background, showResults) -> new DeferredPage("Coach", "Opening your clients…",
                () -> opening().thenCompose(open -> onFxThread(() -> {
                    CoachWorkspace built = open.build(background, dialogs, CoachSetup::focusedWindow,
                            saved -> showResults.accept(new CompletedCheck(saved.answers(), saved.assessment())),
                            reprint.<BiConsumer<SavedAssessment, String>>map(sheet -> (saved, name) -> sheet.accept(
                                    new CompletedCheck(saved.answers(), saved.assessment(), Optional.of(name))))
                                    .orElse((saved, name) -> notYet(dialogs, "Reprinting a sheet")), checks);
                    workspace.set(built);
                    return built.page();
                })));
    }

    /**
     * Builds JavaFX nodes on the FX thread. Never waits: the caller may itself be the FX thread (when the database
     * was already open), and waiting there for a later FX task would never end.
     */
    private static <T> CompletableFuture<T> onFxThread(java.util.function.Supplier<T> build) {
        CompletableFuture<T> built = new CompletableFuture<>();
        javafx.application.Platform.runLater(() -> {
            try {
                built.complete(build.get());
            } catch (RuntimeException e) {
                built.completeExceptionally(e);
            }
        });
        return built;
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
