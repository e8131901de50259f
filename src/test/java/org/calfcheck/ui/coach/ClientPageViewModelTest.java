package org.calfcheck.ui.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.calfcheck.content.CareLevel;
import org.calfcheck.engine.Strength;
import org.calfcheck.store.AssessmentComparison;
import org.calfcheck.store.Client;
import org.calfcheck.store.ClientStore;
import org.calfcheck.store.Fixtures;
import org.calfcheck.store.HistoryRow;
import org.calfcheck.store.SavedAssessment;
import org.calfcheck.ui.InlineRunner;
import org.calfcheck.ui.RecordingDialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientPageViewModelTest {

    @TempDir
    Path dir;

    private ClientStore store;
    private Client sam;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<SavedAssessment> reopened = new ArrayList<>();
    private final List<SavedAssessment> reprinted = new ArrayList<>();
    private final List<String> reprintedFor = new ArrayList<>();
    private int listRefreshes;
    private ClientPageViewModel viewModel;

    @BeforeEach
    void setUp() throws Exception {
        store = ClientStore.inFolder(dir, Fixtures.clock());
        sam = store.addClient("Sam Runner", "marathon in May");
        store.save(sam.id(), Instant.parse("2026-10-01T07:00:00Z"), Fixtures.answers(7),
                Fixtures.assessment(CareLevel.SOON, Map.of("overuse", Strength.MODERATE)), "");
        store.save(sam.id(), Instant.parse("2026-11-01T07:00:00Z"), Fixtures.answers(3), Fixtures.selfCare(), "");
        viewModel = new ClientPageViewModel(store, new InlineRunner(), dialogs, reopened::add, (saved, name) -> {
            reprinted.add(saved);
            reprintedFor.add(name);
        },
                () -> listRefreshes++);
        viewModel.show(Optional.of(sam));
    }

    @AfterEach
    void tearDown() throws Exception {
        store.close();
    }

    @Test
    void historyIsNewestFirstAndThePainTrendOldestFirst() {
        assertEquals(List.of(CareLevel.SELF_CARE, CareLevel.SOON),
                viewModel.history().stream().map(HistoryRow::careLevel).toList());
        assertEquals(List.of(7.0, 3.0), viewModel.pain().stream().map(PainPoint::pain).toList());
        assertEquals("Sam Runner", viewModel.headingProperty().get());
        assertTrue(viewModel.detailsProperty().get().contains("2 assessments"), viewModel.detailsProperty().get());
    }

    @Test
    void reopenAndReprintHandTheSelectedSavedAssessmentToTheirCallbacks() {
        viewModel.selectedRows().setAll(viewModel.history().get(1));
        viewModel.reopenSelected();
        viewModel.reprintSelected();
        assertEquals(CareLevel.SOON, reopened.get(0).assessment().careLevel());
        assertEquals(reopened, reprinted);
        assertEquals(List.of("Sam Runner"), reprintedFor);
    }

    @Test
    void comparingNeedsExactlyTwoAndReadsThemInTimeOrder() {
        viewModel.selectedRows().setAll(viewModel.history().get(0));
        assertFalse(viewModel.twoSelectedProperty().get());
        viewModel.selectedRows().setAll(viewModel.history());
        assertTrue(viewModel.twoSelectedProperty().get());
        viewModel.compareSelected();
        AssessmentComparison comparison = viewModel.comparisonProperty().get();
        assertEquals(CareLevel.SOON, comparison.careBefore());
        assertEquals(AssessmentComparison.Change.WEAKER, comparison.careChange());
        viewModel.closeComparison();
        assertNull(viewModel.comparisonProperty().get());
    }

    @Test
    void notesOnTheClientAndOnAnAssessmentAreSaved() throws Exception {
        viewModel.clientNotesProperty().set("switched to trail shoes");
        viewModel.saveClientNotes();
        viewModel.selectedRows().setAll(viewModel.history().get(0));
        viewModel.coachNotesProperty().set("much better");
        viewModel.saveCoachNotes();
        assertEquals("switched to trail shoes", store.client(sam.id()).notes());
        assertEquals("much better", store.assessment(viewModel.history().get(0).assessmentId()).coachNotes());
    }

    @Test
    void archivingFlipsTheFlagAndTheButton() throws Exception {
        viewModel.toggleArchived();
        assertTrue(store.client(sam.id()).archived());
        assertEquals("Unarchive", viewModel.archiveLabelProperty().get());
        assertEquals(1, listRefreshes);
    }

    @Test
    void deleteAsksNamingTheClientAndCountAndCancelKeepsEverything() throws Exception {
        viewModel.delete();
        assertEquals("Delete Sam Runner and 2 assessments permanently? This cannot be undone.",
                dialogs.shown("confirm").get(0).message());
        assertEquals(2, store.assessmentCount(sam.id()));
    }

    @Test
    void deleteAfterConfirmingRemovesTheClient() throws Exception {
        dialogs.answerConfirm(true);
        viewModel.delete();
        assertEquals(List.of(), store.clients(true));
        assertNull(viewModel.clientProperty().get());
        assertEquals(1, listRefreshes);
    }

    @Test
    void savingANoteMarksItsRowAtOnceAndKeepsItSelected() {
        HistoryRow october = viewModel.history().get(1);
        viewModel.selectedRows().setAll(october);
        viewModel.coachNotesProperty().set("calf much calmer");
        viewModel.saveCoachNotes();
        assertTrue(viewModel.history().get(1).hasNotes(), viewModel.history().toString());
        assertEquals(List.of(october.assessmentId()),
                viewModel.selectedRows().stream().map(HistoryRow::assessmentId).toList());
        assertEquals("calf much calmer", viewModel.coachNotesProperty().get());
    }

    @Test
    void reloadingTheSameClientKeepsTheSelectedAssessmentAndTheNoteBeingTyped() {
        HistoryRow october = viewModel.history().get(1);
        viewModel.selectedRows().setAll(october);
        viewModel.coachNotesProperty().set("half typed");
        viewModel.clientNotesProperty().set("new shoes");
        viewModel.saveClientNotes();
        viewModel.show(Optional.of(sam)); // what the list's refresh after saving does
        assertEquals(List.of(october.assessmentId()),
                viewModel.selectedRows().stream().map(HistoryRow::assessmentId).toList());
        assertEquals("half typed", viewModel.coachNotesProperty().get());
        assertEquals("new shoes", viewModel.clientNotesProperty().get());
    }

    @Test
    void showingAnotherClientStartsWithNothingSelected() throws Exception {
        Client bo = store.addClient("Bo", "");
        viewModel.selectedRows().setAll(viewModel.history().get(0));
        viewModel.show(Optional.of(bo));
        assertTrue(viewModel.selectedRows().isEmpty());
        assertEquals("", viewModel.coachNotesProperty().get());
    }

    @Test
    void deletingOneAssessmentAsksNamingItAndCancelKeepsIt() throws Exception {
        viewModel.selectedRows().setAll(viewModel.history().get(1));
        viewModel.deleteSelectedAssessment();
        String message = dialogs.shown("confirm").get(0).message();
        assertTrue(message.startsWith("Delete the check of " + ClientPageViewModel.DATE_TIME.format(
                Instant.parse("2026-10-01T07:00:00Z")) + " (" + CareLevelText.of(CareLevel.SOON) + ") from Sam Runner's history?"), message);
        assertEquals(2, store.assessmentCount(sam.id()));
    }

    @Test
    void deletingOneAssessmentAfterConfirmingKeepsTheClientAndTheOthers() throws Exception {
        dialogs.answerConfirm(true);
        viewModel.selectedRows().setAll(viewModel.history().get(1));
        viewModel.deleteSelectedAssessment();
        assertEquals(List.of(CareLevel.SELF_CARE), viewModel.history().stream().map(HistoryRow::careLevel).toList());
        assertEquals(1, store.assessmentCount(sam.id()));
        assertEquals(List.of(3.0), viewModel.pain().stream().map(PainPoint::pain).toList());
        assertTrue(viewModel.selectedRows().isEmpty());
    }
}
