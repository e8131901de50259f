package org.calfcheck.ui.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;
import org.calfcheck.engine.Engine;
import org.calfcheck.store.ClientStore;
import org.calfcheck.store.StoreException;
import org.calfcheck.ui.CompletedCheck;
import org.calfcheck.ui.DeferredPage;
import org.calfcheck.ui.DialogService;
import org.calfcheck.ui.PageFactory;
import org.calfcheck.ui.coach.CheckReader;
import org.calfcheck.ui.coach.CoachWorkspace;
import org.calfcheck.ui.recovery.MyRecoveryPage;
import org.calfcheck.ui.recovery.RecoveryBook;
import org.calfcheck.ui.sheet.SheetPreviewOpener;
import org.slf4j.LoggerFactory;

/**
 * Wires the coach workspace into the desktop app: the shell gets the Coach page at once, the database is opened
 * on its own thread once the window is drawn (so neither the FX thread nor the first frame waits on the disk),
 * the results view gets its "Save to client…", and the database is closed when the app ends.
 */
final class CoachWiring implements AutoCloseable {

    private final Path dataDir;
    private final CheckReader checks;
    /** Without it there are no recovery plans: the clients' pages have no recovery section. */
    private final Optional<Callable<Engine>> engines;
    /** Completes on the FX thread once "My recovery" is built; the results page's "Start a recovery plan" waits. */
    private final CompletableFuture<MyRecoveryPage> recovery = new CompletableFuture<>();
    private CompletableFuture<CoachWorkspace.Opening> opening;
    /** Completes on the FX thread once the page is built; "Save to client…" waits for it instead of doing nothing. */
    private final CompletableFuture<CoachWorkspace> workspace = new CompletableFuture<>();
    /** The main window's dialog service, given when the page is made; says why saving is impossible. */
    private volatile DialogService windowDialogs;

    /** @param checks assesses a runner's answers file for "Take in a check…" */
    CoachWiring(Path dataDir, CheckReader checks) {
        this(dataDir, checks, Optional.empty());
    }

    /** @param engines the engine for recovery plans, made off the FX thread on first use */
    CoachWiring(Path dataDir, CheckReader checks, Optional<Callable<Engine>> engines) {
        this.dataDir = dataDir;
        this.checks = checks;
        this.engines = engines;
    }

    /** Opens the database on its own thread, once; the page asks for it after the window's first frame. */
    private synchronized CompletableFuture<CoachWorkspace.Opening> opening() {
        if (opening == null) {
            opening = CompletableFuture.supplyAsync(() -> CoachWorkspace.open(dataDir));
        }
        return opening;
    }

    /**
     * The Coach page. Reopening shows a saved result in the results view, as it was computed then; "Reprint sheet"
     * opens the sheet preview with {@code reprint}.
     */
    PageFactory page(Consumer<CompletedCheck> reprint) {
        // the page is there at once and fills in when the database is open: the first frame never waits on disk
        return (dialogs, background, showResults) -> {
            windowDialogs = dialogs;
            return new DeferredPage("Coach", "Opening your clients…", () -> opening().thenCompose(open -> onFxThread(() -> {
                    CoachWorkspace built = open.build(background, dialogs, CoachWiring::focusedWindow,
                            saved -> showResults.accept(new CompletedCheck(saved.answers(), saved.assessment())),
                            (saved, name) -> reprint.accept(
                                    new CompletedCheck(saved.answers(), saved.assessment(), Optional.of(name))),
                            checks, engines);
                    workspace.complete(built);
                    return built.page();
                })).whenComplete((page, error) -> {
                    if (error != null) {
                        workspace.completeExceptionally(error);
                    }
                }));
        };
    }

    /**
     * The "My recovery" page: on the same database as the Coach page (one connection per app), filled in once it is
     * open; when it cannot be opened the page says why.
     */
    PageFactory recoveryPage() {
        return recoveryPage(Optional.empty());
    }

    /** With {@code sheet}, the page prints this week's plan on the routine sheet through the sheet preview. */
    PageFactory recoveryPage(Optional<SheetPreviewOpener> sheet) {
        return (dialogs, background, showResults) -> {
            windowDialogs = dialogs;
            return new DeferredPage(MyRecoveryPage.NAME, "Opening your recovery journal…",
                    () -> opening().thenCompose(open -> onFxThread(() -> {
                        ClientStore store = open.store().orElseThrow(() -> new IllegalStateException(
                                "Your records are not available. " + open.problem()));
                        MyRecoveryPage page = new MyRecoveryPage(new RecoveryBook(store, Clock.systemDefaultZone(),
                                engines.orElseThrow(() -> new IllegalStateException("Recovery plans are not"
                                        + " available in this build."))), background, dialogs,
                                sheet.map(opener -> planSheet -> opener.open(opener.requestFor(planSheet.check())
                                        .withPlanWeek(planSheet.week()))));
                        recovery.complete(page);
                        return (org.calfcheck.ui.Page) page;
                    })).whenComplete((page, error) -> {
                        if (error != null) {
                            recovery.completeExceptionally(error);
                        }
                    }));
        };
    }

    /**
     * For {@code ResultActions.withStartPlan}: starts the runner's own plan from the finished check through the
     * "My recovery" page (which applies the plan's rule), then says where to find it.
     */
    Consumer<CompletedCheck> startPlan() {
        return check -> {
            opening();
            recovery.whenComplete((page, error) -> Platform.runLater(() -> {
                if (error == null) {
                    page.startFrom(check.answers(), check.assessment(), () -> windowDialogs.showInfo(
                            "Your recovery plan has started", "Open \"My recovery\" at the top to see today's"
                                    + " plan and to check in each morning."));
                } else if (windowDialogs != null) {
                    Throwable cause = error instanceof CompletionException && error.getCause() != null
                            ? error.getCause() : error;
                    windowDialogs.showError("The recovery plan could not be started", cause.getMessage(),
                            List.of());
                }
            }));
        };
    }

    /**
     * For {@code ResultActions.withSaveToClient}: saves the finished check via the Coach page's store. Pressed
     * while the database is still opening, it saves once it is open; if it could not be opened, it says why.
     */
    Consumer<CompletedCheck> saveToClient() {
        return check -> {
            opening(); // pressed before the page started the opening: start it now
            workspace.whenComplete((ready, error) -> Platform.runLater(() -> {
                if (error == null) {
                    ready.saveToClient(check.answers(), check.assessment(), saved -> { });
                } else if (windowDialogs != null) {
                    Throwable cause = error instanceof CompletionException && error.getCause() != null
                            ? error.getCause() : error;
                    windowDialogs.showError("The assessment could not be saved",
                            "Client records could not be opened: " + cause.getMessage(), List.of());
                }
            }));
        };
    }

    /** Closes the database, if it was opened; waits for an opening still under way. */
    @Override
    public void close() {
        CompletableFuture<CoachWorkspace.Opening> started;
        synchronized (this) {
            started = opening;
        }
        if (started == null) {
            return;
        }
        try {
            started.join().store().ifPresent(store -> {
                try {
                    store.close();
                } catch (StoreException e) {
                    LoggerFactory.getLogger(CoachWiring.class).warn("Closing the client database failed", e);
                }
            });
        } catch (CompletionException e) {
            LoggerFactory.getLogger(CoachWiring.class).warn("The client database was never opened", e);
        }
    }

    /**
     * Builds JavaFX nodes on the FX thread. Never waits: the caller may itself be the FX thread (when the database
     * was already open), and waiting there for a later FX task would never end.
     */
    private static <T> CompletableFuture<T> onFxThread(Supplier<T> build) {
        CompletableFuture<T> built = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                built.complete(build.get());
            } catch (RuntimeException e) {
                built.completeExceptionally(e);
            }
        });
        return built;
    }

    private static Window focusedWindow() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(null);
    }
}
