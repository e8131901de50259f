package org.calfcheck.ui.coach;

import org.calfcheck.ui.InlineRunner;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.calfcheck.content.CareLevel;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.AnswersJson;
import org.calfcheck.store.Client;
import org.calfcheck.store.ClientStore;
import org.calfcheck.store.Fixtures;
import org.calfcheck.store.RealAssessments;
import org.calfcheck.store.SavedAssessment;
import org.calfcheck.ui.RecordingDialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import and export a client, and take in a runner's check, from the Coach page (no window). */
class CoachFilesTest {

    @TempDir
    Path dir;

    private ClientStore store;
    private Client sam;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private ClientListViewModel list;

    @BeforeEach
    void setUp() throws Exception {
        store = ClientStore.inFolder(dir.resolve("data"), Fixtures.clock());
        sam = store.addClient("Sam Runner", "marathon in May");
        store.save(sam.id(), Instant.parse("2026-10-01T07:00:00Z"), Fixtures.answers(7), Fixtures.selfCare(), "ok");
        list = new ClientListViewModel(store, new InlineRunner(), dialogs);
        list.refresh();
    }

    @AfterEach
    void tearDown() throws Exception {
        store.close();
    }

    private ClientPageViewModel page(CheckReader checks) {
        ClientPageViewModel page = new ClientPageViewModel(store, new InlineRunner(), dialogs, s -> { },
                (s, n) -> { }, list::refresh, checks);
        page.show(Optional.of(sam));
        return page;
    }

    @Test
    void anExportedClientImportsIntoAnotherDatabaseWithTheirAssessments() throws Exception {
        Path file = dir.resolve("Sam-Runner.json");
        dialogs.answerSaveFile(Optional.of(file));
        page(CheckReader.UNAVAILABLE).exportClient();
        assertEquals("Sam-Runner.json", dialogs.shown("save").get(0).message());
        assertTrue(Files.exists(file));

        try (ClientStore other = ClientStore.inFolder(dir.resolve("other"), Fixtures.clock())) {
            RecordingDialogService otherDialogs = new RecordingDialogService().answerOpenFile(Optional.of(file));
            ClientListViewModel otherList = new ClientListViewModel(other, new InlineRunner(), otherDialogs);
            otherList.importClient();
            assertEquals("Sam Runner", otherList.selectedProperty().get().name());
            assertEquals(List.of("Sam Runner"), otherList.shownClients().stream().map(Client::name).toList());
            assertEquals(1, other.assessmentCount(otherList.selectedProperty().get().id()));
            assertEquals("Sam Runner: 1 assessment added.", otherDialogs.shown("info").get(0).message());
        }
    }

    @Test
    void importingANameAlreadyHereMergesOnlyWhenTheCoachSaysSo() throws Exception {
        Path file = dir.resolve("sam.json");
        store.exportClient(sam.id(), file, false);
        store.save(sam.id(), Fixtures.answers(2), Fixtures.selfCare());
        dialogs.answerOpenFile(Optional.of(file));
        list.importClient();
        assertEquals(1, dialogs.shown("confirm").size());
        assertEquals(1, store.clients(true).size());

        dialogs.answerOpenFile(Optional.of(file)).answerConfirm(true);
        list.importClient();
        assertEquals(1, store.clients(true).size());
        assertEquals(2, store.assessmentCount(sam.id()));
        assertTrue(dialogs.shown("error").isEmpty(), dialogs.shown().toString());
    }

    @Test
    void aBrokenClientFileIsReportedWithItsProblemsAndNothingIsWritten() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"format\": \"calfcheck-client\", \"version\": 1}");
        dialogs.answerOpenFile(Optional.of(file));
        list.importClient();
        String message = dialogs.shown("error").get(0).message();
        assertTrue(message.contains("broken.json") && message.contains("$.client"), message);
        assertEquals(1, store.clients(true).size());
    }

    @Test
    void aRunnersAnswersFileIsAssessedByTheEngineAndSavedToTheShownClient() throws Exception {
        RealAssessments real = new RealAssessments();
        Answers answers = real.answers("soon-marked-swelling-both-calves.json");
        Path file = dir.resolve("from-sam.json");
        Files.writeString(file, AnswersJson.write(answers));
        dialogs.answerOpenFile(Optional.of(file));
        ClientPageViewModel page = page(new EngineCheckReader(real::engine));
        page.takeInCheck();
        List<SavedAssessment> saved = store.assessments(sam.id());
        assertEquals(2, saved.size());
        assertEquals(real.engine().assess(answers), saved.get(1).assessment());
        assertEquals(CareLevel.SOON, saved.get(1).assessment().careLevel());
        assertEquals(2, page.history().size());
    }

    @Test
    void aBadAnswersFileNamesEachProblemAndSavesNothing() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"units\": \"parsecs\", \"answers\": {\"pain_now\": \"lots\"}}");
        dialogs.answerOpenFile(Optional.of(file));
        page(new EngineCheckReader(() -> new RealAssessments().engine())).takeInCheck();
        RecordingDialogService.Shown error = dialogs.shown("error").get(0);
        assertTrue(error.message().contains("bad.json") && error.message().contains("nothing was saved"),
                error.message());
        assertTrue(error.details().stream().anyMatch(d -> d.contains("units")), error.details().toString());
        assertEquals(1, store.assessmentCount(sam.id()));
    }
}
