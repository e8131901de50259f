package org.calfcheck.ui.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.calfcheck.store.Client;
import org.calfcheck.store.ClientStore;
import org.calfcheck.store.Fixtures;
import org.calfcheck.store.SavedAssessment;
import org.calfcheck.ui.InlineRunner;
import org.calfcheck.ui.RecordingDialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SaveToClientViewModelTest {

    @TempDir
    Path dir;

    private ClientStore store;
    private final List<List<Client>> asked = new ArrayList<>();
    private final List<SavedAssessment> saved = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        store = ClientStore.inFolder(dir, Fixtures.clock());
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    private final RecordingDialogService dialogs = new RecordingDialogService();

    private SaveToClientViewModel answering(Optional<ClientChoice> answer) {
        return new SaveToClientViewModel(store, new InlineRunner(), dialogs, clients -> {
            asked.add(clients);
            return answer;
        });
    }

    @Test
    void aRunnerWithNoClientsSavesToMeWithoutBeingAsked() throws Exception {
        answering(Optional.empty()).save(Fixtures.answers(4), Fixtures.selfCare(), saved::add);
        assertTrue(asked.isEmpty());
        assertEquals("Me", store.client(saved.get(0).clientId()).name());
        assertEquals(Fixtures.selfCare(), store.assessment(saved.get(0).id()).assessment());
    }

    @Test
    void aCoachPicksAnExistingClient() throws Exception {
        Client sam = store.addClient("Sam Runner", "");
        store.addClient("Bo", "");
        answering(Optional.of(new ClientChoice.Existing(sam))).save(Fixtures.answers(4), Fixtures.selfCare(),
                saved::add);
        assertEquals(2, asked.get(0).size());
        assertEquals(1, store.assessmentCount(sam.id()));
    }

    @Test
    void aCoachCanSaveForANewClientByName() throws Exception {
        store.addClient("Bo", "");
        answering(Optional.of(new ClientChoice.New("Cleo Hill"))).save(Fixtures.answers(4), Fixtures.selfCare(),
                saved::add);
        assertEquals("Cleo Hill", store.client(saved.get(0).clientId()).name());
        assertEquals("This assessment is now in Cleo Hill's history on the Coach page.",
                dialogs.shown("info").get(0).message());
    }

    @Test
    void cancellingSavesNothing() throws Exception {
        Client bo = store.addClient("Bo", "");
        answering(Optional.empty()).save(Fixtures.answers(4), Fixtures.selfCare(), saved::add);
        assertTrue(saved.isEmpty());
        assertEquals(0, store.assessmentCount(bo.id()));
    }

    @Test
    void savingTheSameResultTwiceWarnsAndCancelKeepsOneCopy() throws Exception {
        Client sam = store.addClient("Sam Runner", "");
        SaveToClientViewModel saving = answering(Optional.of(new ClientChoice.Existing(sam)));
        saving.save(Fixtures.answers(4), Fixtures.selfCare(), saved::add);
        assertTrue(dialogs.shown("confirm").isEmpty());
        saving.save(Fixtures.answers(4), Fixtures.selfCare(), saved::add);
        assertEquals("Sam Runner's history already has this check with the same answers and result."
                + " Save it again?", dialogs.shown("confirm").get(0).message());
        assertEquals(1, store.assessmentCount(sam.id()));
        assertEquals(1, saved.size());
    }

    @Test
    void aDuplicateIsSavedAgainOnlyWhenTheCoachSaysSo() throws Exception {
        Client sam = store.addClient("Sam Runner", "");
        SaveToClientViewModel saving = answering(Optional.of(new ClientChoice.Existing(sam)));
        saving.save(Fixtures.answers(4), Fixtures.selfCare(), saved::add);
        dialogs.answerConfirm(true);
        saving.save(Fixtures.answers(4), Fixtures.selfCare(), saved::add);
        assertEquals(2, store.assessmentCount(sam.id()));
    }

    @Test
    void differentAnswersAreNeverADuplicate() throws Exception {
        Client sam = store.addClient("Sam Runner", "");
        SaveToClientViewModel saving = answering(Optional.of(new ClientChoice.Existing(sam)));
        saving.save(Fixtures.answers(4), Fixtures.selfCare(), saved::add);
        saving.save(Fixtures.answers(5), Fixtures.selfCare(), saved::add);
        assertTrue(dialogs.shown("confirm").isEmpty());
        assertEquals(2, store.assessmentCount(sam.id()));
    }
}
