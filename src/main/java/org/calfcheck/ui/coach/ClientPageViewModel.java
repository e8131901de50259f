package org.calfcheck.ui.coach;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
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
import org.calfcheck.store.ClientRecords;
import org.calfcheck.store.HistoryRow;
import org.calfcheck.store.SavedAssessment;
import org.calfcheck.ui.CompletedCheck;
import org.calfcheck.ui.BackgroundRunner;
import org.calfcheck.ui.DialogService;
import org.calfcheck.ui.recovery.RecoveryViewModel;

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
    private final BiConsumer<SavedAssessment, String> onReprint;
    private final Runnable onClientsChanged;
    private final CheckReader checks;
    private final Optional<RecoveryViewModel> recovery;

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
                               Consumer<SavedAssessment> onReopen, BiConsumer<SavedAssessment, String> onReprint,
                               Runnable onClientsChanged) {
        this(store, background, dialogs, onReopen, onReprint, onClientsChanged, CheckReader.UNAVAILABLE);
    }

    /** With {@code checks}, a runner's answers file can be assessed and saved to the shown client. */
    public ClientPageViewModel(ClientStore store, BackgroundRunner background, DialogService dialogs,
                               Consumer<SavedAssessment> onReopen, BiConsumer<SavedAssessment, String> onReprint,
                               Runnable onClientsChanged, CheckReader checks) {
        this(store, background, dialogs, onReopen, onReprint, onClientsChanged, checks, Optional.empty());
    }

    /** With {@code recovery}, the shown client's recovery plan is loaded with their history. */
    public ClientPageViewModel(ClientStore store, BackgroundRunner background, DialogService dialogs,
                               Consumer<SavedAssessment> onReopen, BiConsumer<SavedAssessment, String> onReprint,
                               Runnable onClientsChanged, CheckReader checks, Optional<RecoveryViewModel> recovery) {
        this.recovery = recovery;
        this.checks = checks;
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

    /**
     * Shows a client (empty: nothing shown) and loads their history off the FX thread. Showing the client already
     * shown reloads it in place: the selected assessments and any note being typed stay.
     */
    public void show(Optional<Client> shown) {
        boolean same = shown.isPresent() && client.get() != null && client.get().id() == shown.get().id();
        if (!same) {
            comparison.set(null);
            selectedRows.clear();
        }
        recovery.ifPresent(r -> r.show(shown.map(Client::id)));
        if (shown.isEmpty()) {
            client.set(null);
            history.clear();
            pain.clear();
            saved.clear();
            return;
        }
        long id = shown.get().id();
        background.run(() -> new Loaded(store.client(id), store.records(id)), this::loaded,
                CoachErrors.showing(dialogs, "This client's history could not be loaded"));
    }

    private record Loaded(Client client, ClientRecords records) {
        List<SavedAssessment> assessments() {
            return records.readable();
        }
    }

    private void loaded(Loaded loaded) {
        Client c = loaded.client();
        boolean same = client.get() != null && client.get().id() == c.id();
        // what the coach was in the middle of: kept when the same client is reloaded
        List<Long> keptIds = same ? selectedRows.stream().map(HistoryRow::assessmentId).toList() : List.of();
        Optional<String> typedNote = same ? single().filter(one -> !one.coachNotes().equals(coachNotes.get()))
                .map(one -> coachNotes.get()) : Optional.empty();
        boolean clientNotesTyped = same && !client.get().notes().equals(clientNotes.get());
        client.set(c);
        heading.set(c.name());
        int count = loaded.assessments().size();
        int damaged = loaded.records().damaged().size();
        details.set((c.archived() ? "Archived · " : "") + "Client since " + DATE.format(c.created()) + " · "
                + count + (count == 1 ? " assessment" : " assessments")
                + (damaged == 0 ? "" : " · " + damaged + " could not be read (marked in the history)"));
        archiveLabel.set(c.archived() ? "Unarchive" : "Archive");
        if (!clientNotesTyped) {
            clientNotes.set(c.notes());
        }
        saved.clear();
        loaded.assessments().forEach(a -> saved.put(a.id(), a));
        // newest first in the table; the chart runs left to right in time
        List<HistoryRow> rows = loaded.records().history();
        List<HistoryRow> newestFirst = new java.util.ArrayList<>(rows);
        java.util.Collections.reverse(newestFirst);
        history.setAll(newestFirst);
        selectedRows.setAll(newestFirst.stream().filter(row -> keptIds.contains(row.assessmentId())).toList());
        if (single().isPresent()) {
            typedNote.ifPresent(coachNotes::set);
        }
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
                this::noteSaved, CoachErrors.showing(dialogs, "The note could not be saved")));
    }

    /** The row gets its ✎ marker (or loses it) at once, and stays selected. */
    private void noteSaved(SavedAssessment updated) {
        saved.put(updated.id(), updated);
        HistoryRow row = HistoryRow.of(updated);
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).assessmentId() == updated.id()) {
                history.set(i, row);
            }
        }
        selectedRows.setAll(row);
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

    /** Deletes the one selected assessment after a confirmation that names its date, time and care level. */
    public void deleteSelectedAssessment() {
        withClient(c -> single().ifPresent(one -> {
            String question = "Delete the check of " + DATE_TIME.format(one.takenAt()) + " ("
                    + CareLevelText.of(one.assessment().careLevel()) + ") from " + c.name() + "'s history?";
            if (!dialogs.confirm("Delete assessment", question + " This cannot be undone.", "Delete assessment")) {
                return;
            }
            background.run(() -> {
                store.deleteAssessment(one.id());
                return one;
            }, deleted -> {
                selectedRows.clear();
                show(Optional.of(c));
            }, CoachErrors.showing(dialogs, "The assessment could not be deleted"));
        }));
    }

    /** Writes the shown client and all their assessments to a client file the coach chooses. */
    public void exportClient() {
        withClient(c -> dialogs.chooseSaveFile("Export " + c.name(), fileName(c.name()) + ".json",
                "CalfCheck client file (*.json)", "json").ifPresent(file -> background.run(() -> {
                    store.exportClient(c.id(), file, true); // the file chooser already asked before replacing
                    return file;
                }, written -> dialogs.showInfo("Client exported", c.name() + " and " + saved.size()
                        + (saved.size() == 1 ? " assessment are" : " assessments are") + " in " + written + "."),
                CoachErrors.showing(dialogs, "The client could not be exported"))));
    }

    /** A runner sent their answers file: assess it with the engine and save it to the shown client. */
    public void takeInCheck() {
        withClient(c -> dialogs.chooseOpenFile("Take in " + c.name() + "'s check", "CalfCheck answers (*.json)",
                "json").ifPresent(file -> background.run(() -> {
                    CompletedCheck check = checks.read(file);
                    return store.save(c.id(), check.answers(), check.assessment());
                }, added -> {
                    show(Optional.of(c));
                    dialogs.showInfo("Check taken in", "The check in " + file.getFileName() + " was assessed ("
                            + CareLevelText.of(added.assessment().careLevel()) + ") and saved to " + c.name()
                            + "'s history.");
                }, failure -> {
                    if (failure instanceof CheckReader.Unreadable unreadable) {
                        dialogs.showError("The check could not be taken in", file + " is not a usable answers"
                                + " file; nothing was saved.", unreadable.problems());
                    } else {
                        CoachErrors.showing(dialogs, "The check could not be taken in").accept(failure);
                    }
                })));
    }

    /** A file name from a client's name: letters, digits, spaces and dashes kept, nothing that breaks a path. */
    static String fileName(String name) {
        String clean = name.replaceAll("[^\\p{L}\\p{N} _-]", "").strip().replace(' ', '-');
        return clean.isEmpty() ? "client" : clean;
    }

    public void reopenSelected() {
        single().ifPresent(onReopen);
    }

    public void reprintSelected() {
        withClient(c -> single().ifPresent(one -> onReprint.accept(one, c.name())));
    }

    /** Compares the two selected assessments (earlier first). */
    public void compareSelected() {
        // a damaged row has no saved assessment to compare
        if (selectedRows.size() == 2 && selectedRows.stream().noneMatch(HistoryRow::isDamaged)) {
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

    /** The shown client's recovery section, when the page has one. */
    public Optional<RecoveryViewModel> recovery() {
        return recovery;
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
