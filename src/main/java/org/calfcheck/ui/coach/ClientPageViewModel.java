package org.calfcheck.ui.coach;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.calfcheck.store.AssessmentComparison;
import org.calfcheck.store.Client;
import org.calfcheck.store.ClientStore;
import org.calfcheck.store.HistoryRow;
import org.calfcheck.store.SavedAssessment;
import org.calfcheck.ui.BackgroundRunner;
import org.calfcheck.ui.DialogService;

/**
 * One client's page: history, pain trend, notes, archive, delete, and the actions on past assessments
 * (reopen the result, reprint the sheet, compare two).
 */
public final class ClientPageViewModel {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private final ClientStore store;
    private final BackgroundRunner background;
    private final DialogService dialogs;
    private final Consumer<SavedAssessment> onReopen;
    private final Consumer<SavedAssessment> onReprint;
    private final Runnable onClientsChanged;

    private final ReadOnlyObjectWrapper<Client> client = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper archiveLabel = new ReadOnlyStringWrapper("Archive");
    private final ObservableList<HistoryRow> history = FXCollections.observableArrayList();
    private final ObservableList<PainPoint> pain = FXCollections.observableArrayList();
    private final ObservableList<HistoryRow> historyView = FXCollections.unmodifiableObservableList(history);
    private final ObservableList<PainPoint> painView = FXCollections.unmodifiableObservableList(pain);
    private final ObservableList<HistoryRow> selectedRows = FXCollections.observableArrayList();
    private final StringProperty clientNotes = new SimpleStringProperty("");
    private final StringProperty coachNotes = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper oneSelected = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper twoSelected = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<AssessmentComparison> comparison = new ReadOnlyObjectWrapper<>();
    private final Map<Long, SavedAssessment> saved = new HashMap<>();

    public ClientPageViewModel(ClientStore store, BackgroundRunner background, DialogService dialogs,
                               Consumer<SavedAssessment> onReopen, Consumer<SavedAssessment> onReprint,
                               Runnable onClientsChanged) {
        this.store = store;
        this.background = background;
        this.dialogs = dialogs;
        this.onReopen = onReopen;
        this.onReprint = onReprint;
        this.onClientsChanged = onClientsChanged;
        selectedRows.addListener((ListChangeListener<HistoryRow>) change -> {
            oneSelected.set(selectedRows.size() == 1);
            twoSelected.set(selectedRows.size() == 2);
            coachNotes.set(single().map(SavedAssessment::coachNotes).orElse(""));
        });
    }

    /** Shows a client (empty: nothing shown) and loads their history off the FX thread. */
    public void show(Optional<Client> shown) {
        comparison.set(null);
        selectedRows.clear();
        if (shown.isEmpty()) {
            client.set(null);
            history.clear();
            pain.clear();
            saved.clear();
            return;
        }
        long id = shown.get().id();
        background.run(() -> new Loaded(store.client(id), store.assessments(id)), this::loaded,
                CoachErrors.showing(dialogs, "This client's history could not be loaded"));
    }

    private record Loaded(Client client, List<SavedAssessment> assessments) {
    }

    private void loaded(Loaded loaded) {
        Client c = loaded.client();
        client.set(c);
        heading.set(c.name());
        int count = loaded.assessments().size();
        details.set((c.archived() ? "Archived · " : "") + "Client since " + DATE.format(c.created()) + " · "
                + count + (count == 1 ? " assessment" : " assessments"));
        archiveLabel.set(c.archived() ? "Unarchive" : "Archive");
        clientNotes.set(c.notes());
        saved.clear();
        loaded.assessments().forEach(a -> saved.put(a.id(), a));
        selectedRows.clear();
        // newest first in the table; the chart runs left to right in time
        List<HistoryRow> rows = loaded.assessments().stream().map(HistoryRow::of).toList();
        List<HistoryRow> newestFirst = new java.util.ArrayList<>(rows);
        java.util.Collections.reverse(newestFirst);
        history.setAll(newestFirst);
        pain.setAll(rows.stream().filter(r -> r.painNow().isPresent())
                .map(r -> new PainPoint(r.takenAt(), r.painNow().get())).toList());
    }

    public void saveClientNotes() {
        withClient(c -> background.run(() -> store.setNotes(c.id(), clientNotes.get()), updated -> {
            client.set(updated);
            onClientsChanged.run();
        }, CoachErrors.showing(dialogs, "The notes could not be saved")));
    }

    public void saveCoachNotes() {
        single().ifPresent(one -> background.run(() -> store.setCoachNotes(one.id(), coachNotes.get()),
                updated -> saved.put(updated.id(), updated),
                CoachErrors.showing(dialogs, "The note could not be saved")));
    }

    public void toggleArchived() {
        withClient(c -> background.run(() -> store.setArchived(c.id(), !c.archived()), updated -> {
            onClientsChanged.run();
            show(Optional.of(updated));
        }, CoachErrors.showing(dialogs, "The client could not be archived")));
    }

    /** Deletes the client after a confirmation that names them and what goes with them. */
    public void delete() {
        withClient(c -> {
            int count = saved.size();
            String question = "Delete " + c.name() + " and " + count + (count == 1 ? " assessment" : " assessments")
                    + " permanently?";
            if (!dialogs.confirm("Delete client", question + " This cannot be undone.", "Delete permanently")) {
                return;
            }
            background.run(() -> store.deleteClient(c.id()), deleted -> {
                show(Optional.empty());
                onClientsChanged.run();
            }, CoachErrors.showing(dialogs, "The client could not be deleted"));
        });
    }

    public void reopenSelected() {
        single().ifPresent(onReopen);
    }

    public void reprintSelected() {
        single().ifPresent(onReprint);
    }

    /** Compares the two selected assessments (earlier first). */
    public void compareSelected() {
        if (selectedRows.size() == 2) {
            comparison.set(AssessmentComparison.of(saved.get(selectedRows.get(0).assessmentId()),
                    saved.get(selectedRows.get(1).assessmentId())));
        }
    }

    public void closeComparison() {
        comparison.set(null);
    }

    private Optional<SavedAssessment> single() {
        return selectedRows.size() == 1 ? Optional.ofNullable(saved.get(selectedRows.get(0).assessmentId()))
                : Optional.empty();
    }

    private void withClient(Consumer<Client> action) {
        Optional.ofNullable(client.get()).ifPresent(action);
    }

    public ReadOnlyObjectProperty<Client> clientProperty() {
        return client.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty archiveLabelProperty() {
        return archiveLabel.getReadOnlyProperty();
    }

    public ObservableList<HistoryRow> history() {
        return historyView; // one wrapper, held here: a fresh one per call could be collected with its listeners
    }

    public ObservableList<PainPoint> pain() {
        return painView;
    }

    /** The view mirrors the table's selection here. */
    public ObservableList<HistoryRow> selectedRows() {
        return selectedRows;
    }

    public StringProperty clientNotesProperty() {
        return clientNotes;
    }

    public StringProperty coachNotesProperty() {
        return coachNotes;
    }

    public ReadOnlyBooleanProperty oneSelectedProperty() {
        return oneSelected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty twoSelectedProperty() {
        return twoSelected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AssessmentComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public BooleanBinding hasClient() {
        return Bindings.isNotNull(client);
    }
}
