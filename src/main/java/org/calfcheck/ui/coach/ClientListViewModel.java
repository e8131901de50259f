package org.calfcheck.ui.coach;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import java.nio.file.Path;
import org.calfcheck.store.ClashPolicy;
import org.calfcheck.store.Client;
import org.calfcheck.store.ClientStore;
import org.calfcheck.store.StoreException;
import org.calfcheck.ui.BackgroundRunner;
import org.calfcheck.ui.DialogService;

/**
 * The searchable client list. All clients load once (a light list: id, name, notes, flags) and the filter runs
 * in memory as the coach types, case-insensitive; archived clients stay hidden unless asked for.
 */
public final class ClientListViewModel {

    private final ClientStore store;
    private final BackgroundRunner background;
    private final DialogService dialogs;

    private final ObservableList<Client> all = FXCollections.observableArrayList();
    private final FilteredList<Client> shown = new FilteredList<>(all, client -> true);
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty showArchived = new SimpleBooleanProperty(false);
    private final StringProperty newName = new SimpleStringProperty("");
    private final ObjectProperty<Client> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper("");

    public ClientListViewModel(ClientStore store, BackgroundRunner background, DialogService dialogs) {
        this.store = store;
        this.background = background;
        this.dialogs = dialogs;
        filter.addListener((obs, old, now) -> applyFilter());
        showArchived.addListener((obs, old, now) -> applyFilter());
        applyFilter();
    }

    /** Reloads the list from the database, keeping the selection when the client still exists. */
    public void refresh() {
        refresh(clients -> { });
    }

    void refresh(Consumer<List<Client>> then) {
        background.run(() -> store.clients(true), clients -> {
            Client keep = selected.get();
            all.setAll(clients);
            updateSummary();
            if (keep != null) {
                selected.set(clients.stream().filter(c -> c.id() == keep.id()).findFirst().orElse(null));
            }
            then.accept(clients);
        }, CoachErrors.showing(dialogs, "The client list could not be loaded"));
    }

    /** Adds a client named by {@link #newNameProperty()} and selects them. */
    public void addClient() {
        String name = newName.get() == null ? "" : newName.get().strip();
        if (name.isEmpty()) {
            return;
        }
        background.run(() -> store.addClient(name, ""), added -> {
            newName.set("");
            filter.set("");
            refresh(clients -> selected.set(added));
        }, CoachErrors.showing(dialogs, "The client could not be added"));
    }

    /** Imports a client file chosen by the coach; a name already taken is merged only when the coach says so. */
    public void importClient() {
        dialogs.chooseOpenFile("Import a client", "CalfCheck client file (*.json)", "json")
                .ifPresent(file -> importFrom(file, ClashPolicy.REFUSE));
    }

    private void importFrom(Path file, ClashPolicy policy) {
        background.run(() -> store.importClient(file, policy), result -> {
            filter.set("");
            refresh(clients -> result.client().ifPresent(selected::set));
            String name = result.client().map(Client::name).orElse("The client");
            dialogs.showInfo("Client imported", name + ": " + result.added()
                    + (result.added() == 1 ? " assessment" : " assessments") + " added"
                    + (result.unchanged() > 0 ? ", " + result.unchanged() + " already here" : "") + ".");
        }, failure -> {
            if (failure instanceof StoreException clash && clash.kind() == StoreException.Kind.NAME_CLASH
                    && policy == ClashPolicy.REFUSE) {
                if (dialogs.confirm("Client already in your records", "A client with the name in " + file.getFileName()
                        + " is already in your records. Add the file's assessments to that client? Assessments"
                        + " already there are not added twice.", "Add to that client")) {
                    importFrom(file, ClashPolicy.MERGE);
                }
                return;
            }
            CoachErrors.showing(dialogs, "The client could not be imported").accept(failure);
        });
    }

    private void applyFilter() {
        String text = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        boolean archived = showArchived.get();
        shown.setPredicate(client -> (archived || !client.archived())
                && client.name().toLowerCase(Locale.ROOT).contains(text));
        updateSummary();
    }

    private void updateSummary() {
        long hidden = all.stream().filter(Client::archived).count();
        summary.set(shown.size() + (shown.size() == 1 ? " client" : " clients")
                + (!showArchived.get() && hidden > 0 ? " · " + hidden + " archived hidden" : ""));
        String text = filter.get() == null ? "" : filter.get().strip();
        emptyText.set(all.isEmpty() ? "No clients yet — add one below."
                : !text.isEmpty() ? "No clients match \"" + text + "\"."
                : "Every client is archived — tick \"Show archived\" to see them.");
    }

    /** What the empty list says: no clients at all, none matching the search, or all archived. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public ObservableList<Client> shownClients() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public BooleanProperty showArchivedProperty() {
        return showArchived;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public ObjectProperty<Client> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
