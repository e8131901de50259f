package org.calfcheck.ui.coach;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.Assessment;
import org.calfcheck.engine.Engine;
import org.calfcheck.store.ClientStore;
import org.calfcheck.store.SavedAssessment;
import org.calfcheck.store.StoreException;
import org.calfcheck.ui.BackgroundRunner;
import org.calfcheck.ui.DialogService;
import org.calfcheck.ui.Page;
import org.calfcheck.ui.recovery.RecoveryBook;

/**
 * Everything the app shell needs for coaching, from one call: the Coach page and the results view's
 * "Save to client…". When the database cannot be opened (in use, damaged, foreign, newer) the page explains why
 * and saving shows the same message; the rest of the app works on.
 */
public final class CoachWorkspace implements AutoCloseable {

    private final Optional<ClientStore> store;
    private final Page page;
    private final Optional<CoachPage> coachPage;
    private final Optional<SaveToClientViewModel> saving;
    private final DialogService dialogs;
    private final String unavailable;

    private CoachWorkspace(Optional<ClientStore> store, Page page, Optional<CoachPage> coachPage,
                           Optional<SaveToClientViewModel> saving, DialogService dialogs, String unavailable) {
        this.store = store;
        this.page = page;
        this.coachPage = coachPage;
        this.saving = saving;
        this.dialogs = dialogs;
        this.unavailable = unavailable;
    }

    /**
     * Opens {@code <dataDir>/calfcheck.db}. Opening touches the disk: call this off the FX thread, then build
     * the page with {@link #page()} on it.
     */
    public static Opening open(Path dataDir) {
        try {
            return new Opening(Optional.of(ClientStore.inFolder(dataDir, Clock.systemDefaultZone())), "");
        } catch (StoreException e) {
            return new Opening(Optional.empty(), e.getMessage());
        }
    }

    /** The opened store, or why it could not be opened; {@link #build} turns it into the workspace on the FX thread. */
    public record Opening(Optional<ClientStore> store, String problem) {

        public CoachWorkspace build(BackgroundRunner background, DialogService dialogs, Supplier<Window> owner,
                                    Consumer<SavedAssessment> onReopen,
                                    BiConsumer<SavedAssessment, String> onReprint) {
            return build(background, dialogs, owner, onReopen, onReprint, CheckReader.UNAVAILABLE);
        }

        /** As above, and {@code checks} assesses a runner's answers file for "Take in a check…". */
        public CoachWorkspace build(BackgroundRunner background, DialogService dialogs, Supplier<Window> owner,
                                    Consumer<SavedAssessment> onReopen,
                                    BiConsumer<SavedAssessment, String> onReprint, CheckReader checks) {
            return build(background, dialogs, owner, onReopen, onReprint, checks, Optional.empty());
        }

        /** As above, and with {@code engines} each client's page shows their recovery plan. */
        public CoachWorkspace build(BackgroundRunner background, DialogService dialogs, Supplier<Window> owner,
                                    Consumer<SavedAssessment> onReopen,
                                    BiConsumer<SavedAssessment, String> onReprint, CheckReader checks,
                                    Optional<Callable<Engine>> engines) {
            if (store.isEmpty()) {
                return new CoachWorkspace(store, new UnavailablePage(problem), Optional.empty(), Optional.empty(),
                        dialogs, problem);
            }
            CoachPage coach = new CoachPage(store.get(), background, dialogs, onReopen, onReprint, checks,
                    engines.map(e -> new RecoveryBook(store.get(), Clock.systemDefaultZone(), e)));
            return new CoachWorkspace(store, coach, Optional.of(coach), Optional.of(new SaveToClientViewModel(
                    store.get(), background, dialogs, new FxClientChooser(owner))), dialogs, "");
        }
    }

    public Page page() {
        return page;
    }

    /** The results view's "Save to client…": saves, then refreshes the Coach page and runs {@code onSaved}. */
    public void saveToClient(Answers answers, Assessment assessment, Consumer<SavedAssessment> onSaved) {
        if (saving.isEmpty()) {
            dialogs.showError("The assessment could not be saved", unavailable, java.util.List.of());
            return;
        }
        saving.get().save(answers, assessment, saved -> {
            coachPage.ifPresent(CoachPage::refresh);
            onSaved.accept(saved);
        });
    }

    @Override
    public void close() throws StoreException {
        if (store.isPresent()) {
            store.get().close();
        }
    }

    /** The Coach page when the database cannot be used: the store's message, which names the file. */
    private static final class UnavailablePage implements Page {
        private final StackPane view;

        UnavailablePage(String problem) {
            Label message = new Label("Client records are not available.\n\n" + problem);
            message.setWrapText(true);
            message.setMaxWidth(640);
            message.setId("coach-unavailable");
            view = new StackPane(message);
            view.getStylesheets().add(CoachView.STYLESHEET);
        }

        @Override
        public String name() {
            return "Coach";
        }

        @Override
        public Node view() {
            return view;
        }

        @Override
        public void reset() {
            // nothing to reset
        }
    }
}
