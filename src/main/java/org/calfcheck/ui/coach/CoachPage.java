package org.calfcheck.ui.coach;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.calfcheck.store.ClientStore;
import org.calfcheck.store.SavedAssessment;
import org.calfcheck.ui.BackgroundRunner;
import org.calfcheck.ui.DialogService;
import org.calfcheck.ui.Page;
import org.calfcheck.ui.recovery.RecoveryBook;
import org.calfcheck.ui.recovery.RecoveryViewModel;

/**
 * The "Coach" page of the app shell. The lead wires {@code onReopen} to the results view and {@code onReprint}
 * to the sheet preview (with the client's name); {@link #refresh()} after saving an assessment elsewhere ("Save to client…").
 */
public final class CoachPage implements Page {

    private final ClientListViewModel list;
    private final ClientPageViewModel page;
    private final CoachView view;
    private final OutsideChanges outside;
    /** Held here: the listener on it lives as long as the page. */
    private final javafx.beans.value.ObservableValue<Boolean> windowFocused;

    public CoachPage(ClientStore store, BackgroundRunner background, DialogService dialogs,
                     Consumer<SavedAssessment> onReopen, BiConsumer<SavedAssessment, String> onReprint) {
        this(store, background, dialogs, onReopen, onReprint, CheckReader.UNAVAILABLE);
    }

    /** With {@code checks}, "Take in a check…" assesses a runner's answers file and saves it to the client. */
    public CoachPage(ClientStore store, BackgroundRunner background, DialogService dialogs,
                     Consumer<SavedAssessment> onReopen, BiConsumer<SavedAssessment, String> onReprint,
                     CheckReader checks) {
        this(store, background, dialogs, onReopen, onReprint, checks, Optional.empty());
    }

    /** With {@code recovery}, each client's page has a recovery section (today, stage, charts, log, check-in). */
    public CoachPage(ClientStore store, BackgroundRunner background, DialogService dialogs,
                     Consumer<SavedAssessment> onReopen, BiConsumer<SavedAssessment, String> onReprint,
                     CheckReader checks, Optional<RecoveryBook> recovery) {
        this.list = new ClientListViewModel(store, background, dialogs);
        this.page = new ClientPageViewModel(store, background, dialogs, onReopen, onReprint, list::refresh, checks,
                recovery.map(book -> new RecoveryViewModel(book, background, dialogs)));
        this.view = new CoachView(list, page);
        this.outside = new OutsideChanges(store, background, this::refresh);
        // coming back to the window (from a terminal, or another CalfCheck window) picks up what changed there
        this.windowFocused = view.sceneProperty().flatMap(javafx.scene.Scene::windowProperty)
                .flatMap(javafx.stage.Window::focusedProperty).orElse(false);
        windowFocused.addListener((obs, was, now) -> {
            if (now) {
                checkForOutsideChanges();
            }
        });
        list.refresh();
        outside.check();
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
        list.filterProperty().set("");
        list.selectedProperty().set(null);
        page.show(Optional.empty());
    }

    /** Reloads clients and the shown client's history (after an assessment was saved from the results view). */
    public void refresh() {
        list.refresh();
        page.show(Optional.ofNullable(list.selectedProperty().get()));
    }

    /** Refreshes when another window or a command wrote to the database since the last look. */
    public void checkForOutsideChanges() {
        outside.check();
    }

    public ClientListViewModel clientList() {
        return list;
    }

    public ClientPageViewModel clientPage() {
        return page;
    }
}
