package org.calfcheck.ui.coach;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.calfcheck.store.ClientStore;
import org.calfcheck.store.SavedAssessment;
import org.calfcheck.ui.BackgroundRunner;
import org.calfcheck.ui.DialogService;
import org.calfcheck.ui.Page;

/**
 * The "Coach" page of the app shell. The lead wires {@code onReopen} to the results view and {@code onReprint}
 * to the sheet preview; {@link #refresh()} after saving an assessment elsewhere ("Save to client…").
 */
public final class CoachPage implements Page {

    private final ClientListViewModel list;
    private final ClientPageViewModel page;
    private final CoachView view;

    public CoachPage(ClientStore store, BackgroundRunner background, DialogService dialogs,
                     Consumer<SavedAssessment> onReopen, Consumer<SavedAssessment> onReprint) {
        this.list = new ClientListViewModel(store, background, dialogs);
        this.page = new ClientPageViewModel(store, background, dialogs, onReopen, onReprint, list::refresh);
        this.view = new CoachView(list, page);
        list.refresh();
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

    public ClientListViewModel clientList() {
        return list;
    }

    public ClientPageViewModel clientPage() {
        return page;
    }
}
