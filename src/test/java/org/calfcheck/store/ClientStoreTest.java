package org.calfcheck.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.calfcheck.content.CareLevel;
import org.calfcheck.engine.Strength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientStoreTest {

    @TempDir
    Path dir;

    private ClientStore open() throws StoreException {
        return ClientStore.inFolder(dir, Fixtures.clock());
    }

    @Test
    void aClientComesBackWithNameNotesAndCreationDate() throws Exception {
        try (ClientStore store = open()) {
            Client added = store.addClient("  Sam Runner ", "left calf, marathon in May");
            assertEquals(new Client(added.id(), "Sam Runner", "left calf, marathon in May", false, Fixtures.NOW),
                    store.client(added.id()));
        }
    }

    @Test
    void aSavedAssessmentReadsBackExactlyAsSavedAfterReopening() throws Exception {
        SavedAssessment saved;
        try (ClientStore store = open()) {
            Client sam = store.addClient("Sam", "");
            saved = store.save(sam.id(), Fixtures.answers(6), Fixtures.assessment(CareLevel.URGENT,
                    Map.of("overuse", Strength.STRONG, "tight_calves", Strength.MODERATE)));
        }
        try (ClientStore store = open()) {
            SavedAssessment read = store.assessment(saved.id());
            assertEquals(saved, read);
            assertEquals("1.0.0", read.contentVersion());
            assertEquals(Optional.of(6.0), read.painNow());
        }
    }

    @Test
    void coachNotesAreKeptOnTheAssessment() throws Exception {
        try (ClientStore store = open()) {
            Client sam = store.addClient("Sam", "");
            SavedAssessment saved = store.save(sam.id(), Fixtures.answers(3), Fixtures.selfCare());
            store.setCoachNotes(saved.id(), "Better after the new shoes");
            assertEquals("Better after the new shoes", store.assessment(saved.id()).coachNotes());
            assertTrue(store.history(sam.id()).get(0).hasNotes());
        }
    }

    @Test
    void historyShowsDateCareLevelTopCausesAndPainOldestFirst() throws Exception {
        try (ClientStore store = open()) {
            Client sam = store.addClient("Sam", "");
            store.save(sam.id(), Instant.parse("2026-11-20T08:00:00Z"), Fixtures.answers(2), Fixtures.selfCare(), "");
            store.save(sam.id(), Instant.parse("2026-11-01T08:00:00Z"), Fixtures.answers(8),
                    Fixtures.assessment(CareLevel.URGENT, Map.of("tight_calves", Strength.MODERATE)), "");
            List<HistoryRow> history = store.history(sam.id());
            assertEquals(List.of(CareLevel.URGENT, CareLevel.SELF_CARE),
                    history.stream().map(HistoryRow::careLevel).toList());
            assertEquals(List.of("Doing too much too soon", "Worn or ill-fitting shoes"), history.get(1).topCauses());
            assertEquals(Optional.of(8.0), history.get(0).painNow());
        }
    }

    @Test
    void searchIgnoresCaseAndHidesArchivedClientsUnlessAsked() throws Exception {
        try (ClientStore store = open()) {
            store.addClient("Sam Runner", "");
            Client ann = store.addClient("Annie Samson", "");
            store.addClient("Bo", "");
            store.setArchived(ann.id(), true);
            assertEquals(List.of("Sam Runner"), store.search("SAM", false).stream().map(Client::name).toList());
            assertEquals(List.of("Annie Samson", "Sam Runner"),
                    store.search("sam", true).stream().map(Client::name).toList());
            assertEquals(List.of(), store.search("100%", true));
        }
    }

    @Test
    void deletingAClientRemovesTheirAssessmentsAndSaysHowMany() throws Exception {
        try (ClientStore store = open()) {
            Client sam = store.addClient("Sam", "");
            SavedAssessment one = store.save(sam.id(), Fixtures.answers(2), Fixtures.selfCare());
            store.save(sam.id(), Fixtures.answers(3), Fixtures.selfCare());
            assertEquals(2, store.deleteClient(sam.id()));
            assertEquals(StoreException.Kind.NOT_FOUND,
                    assertThrows(StoreException.class, () -> store.assessment(one.id())).kind());
            assertEquals(List.of(), store.clients(true));
        }
    }

    @Test
    void aRunnerAloneGetsOneDefaultClientCalledMe() throws Exception {
        try (ClientStore store = open()) {
            Client me = store.defaultClient();
            assertEquals("Me", me.name());
            assertEquals(me, store.defaultClient());
            assertEquals(1, store.clients(true).size());
        }
    }

    @Test
    void anUnknownClientIdIsANotFoundError() throws Exception {
        try (ClientStore store = open()) {
            StoreException e = assertThrows(StoreException.class, () -> store.history(42));
            assertEquals(StoreException.Kind.NOT_FOUND, e.kind());
        }
    }

    @Test
    void theDatabaseIsOwnerOnlyAndInWalMode() throws Exception {
        try (ClientStore store = open()) {
            store.addClient("Sam", "");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())));
            Path wal = Path.of(store.file() + "-wal");
            assertTrue(Files.exists(wal));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(wal)));
            try (var c = DriverManager.getConnection("jdbc:sqlite:" + store.file());
                 var rows = c.createStatement().executeQuery("PRAGMA journal_mode")) {
                rows.next();
                assertEquals("wal", rows.getString(1));
            }
        }
    }
}
