package org.calfcheck.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.calfcheck.content.CareLevel;
import org.calfcheck.engine.recovery.Activity;
import org.calfcheck.engine.recovery.CheckIn;
import org.calfcheck.engine.recovery.Clearance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recovery journal in the client database: kept across restarts, exported with the client, bad input refused whole. */
class RecoveryJournalTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Set<String> SIGNS = Set.of("ws_warmth");

    @TempDir
    Path dir;

    private ClientStore open() throws StoreException {
        return ClientStore.inFolder(dir, Fixtures.clock());
    }

    private static SavedAssessment saved(ClientStore store, long client, CareLevel level) throws StoreException {
        return store.save(client, Fixtures.answers(3), Fixtures.assessment(level, Map.of()));
    }

    private static CheckIn checkIn(LocalDate day, int painDuring) {
        return new CheckIn(day, Activity.WALK, 30, painDuring, painDuring, 0, 1, Optional.of(20), Optional.of(24),
                Optional.of(true), Set.of());
    }

    @Test
    void aPlanAndItsCheckInsSurviveReopeningTheDatabase() throws Exception {
        long id;
        try (ClientStore store = open()) {
            id = store.addClient("Sam", "").id();
            SavedAssessment from = saved(store, id, CareLevel.SOON);
            RecoveryJournal journal = new RecoveryJournal(store, Fixtures.clock());
            journal.start(id, from, false);
            journal.record(id, checkIn(TODAY.minusDays(1), 2), false, SIGNS);
            journal.record(id, checkIn(TODAY, 1), false, SIGNS);
        }
        try (ClientStore store = open()) {
            RecoveryJournal journal = new RecoveryJournal(store, Fixtures.clock());
            StoredPlan plan = journal.plan(id).orElseThrow();
            assertEquals(TODAY, plan.startedOn());
            assertEquals(CareLevel.SOON, plan.careLevel());
            assertEquals(Fixtures.answers(3), plan.baseline());
            assertEquals(List.of(checkIn(TODAY.minusDays(1), 2), checkIn(TODAY, 1)), journal.checkIns(id));
        }
    }

    @Test
    void aSecondCheckInForTheSameDayReplacesTheFirstOnlyWhenAsked() throws Exception {
        try (ClientStore store = open()) {
            long id = store.addClient("Sam", "").id();
            RecoveryJournal journal = new RecoveryJournal(store, Fixtures.clock());
            journal.start(id, saved(store, id, CareLevel.SELF_CARE), false);
            journal.record(id, checkIn(TODAY, 2), false, SIGNS);

            StoreException refused = assertThrows(StoreException.class,
                    () -> journal.record(id, checkIn(TODAY, 4), false, SIGNS));
            assertTrue(refused.getMessage().contains("there is already a check-in for 2026-11-24; add --replace"),
                    refused.getMessage());
            assertEquals(List.of(checkIn(TODAY, 2)), journal.checkIns(id));

            journal.record(id, checkIn(TODAY, 4), true, SIGNS);
            assertEquals(List.of(checkIn(TODAY, 4)), journal.checkIns(id));
        }
    }

    @Test
    void aBadCheckInIsRefusedWholeWithEveryProblemNamed() throws Exception {
        try (ClientStore store = open()) {
            long id = store.addClient("Sam", "").id();
            RecoveryJournal journal = new RecoveryJournal(store, Fixtures.clock());
            journal.start(id, saved(store, id, CareLevel.SELF_CARE), false);
            CheckIn bad = new CheckIn(TODAY.plusDays(1), Activity.RUN, 30, 12, 3, 0, 0, Optional.of(-4),
                    Optional.of(20), Optional.empty(), Set.of());

            StoreException refused = assertThrows(StoreException.class, () -> journal.record(id, bad, false, SIGNS));

            assertEquals(StoreException.Kind.INVALID, refused.kind());
            assertEquals("The check-in was not recorded:\n"
                    + "  date: 2026-11-25 is in the future (today is 2026-11-24)\n"
                    + "  pain-during: 12 is out of range (0 to 10)\n"
                    + "  heel-raises-sore: -4 is out of range (0 to 200)", refused.getMessage());
            assertEquals(List.of(), journal.checkIns(id));
        }
    }

    @Test
    void aPlanForAClientThatDoesNotExistIsRefused() throws Exception {
        try (ClientStore store = open()) {
            long id = store.addClient("Sam", "").id();
            SavedAssessment from = saved(store, id, CareLevel.SELF_CARE);
            RecoveryJournal journal = new RecoveryJournal(store, Fixtures.clock());

            StoreException refused = assertThrows(StoreException.class, () -> journal.start(99, from, false));

            assertEquals(StoreException.Kind.NOT_FOUND, refused.kind());
            assertEquals(Optional.empty(), journal.plan(id));
        }
    }

    @Test
    void anUrgentResultStartsAPlanOnlyAfterAClearance() throws Exception {
        try (ClientStore store = open()) {
            long id = store.addClient("Sam", "").id();
            SavedAssessment urgent = saved(store, id, CareLevel.URGENT);
            RecoveryJournal journal = new RecoveryJournal(store, Fixtures.clock());

            StoreException refused = assertThrows(StoreException.class, () -> journal.start(id, urgent, false));
            assertTrue(refused.getMessage().contains("cleared you"), refused.getMessage());
            assertEquals(Optional.empty(), journal.plan(id));

            journal.clear(id, new Clearance(TODAY, "Dr Ng: scan clear"));
            assertEquals(CareLevel.URGENT, journal.start(id, urgent, false).careLevel());
        }
    }

    @Test
    void aCheckInWithoutAPlanIsRefused() throws Exception {
        try (ClientStore store = open()) {
            long id = store.addClient("Sam", "").id();
            RecoveryJournal journal = new RecoveryJournal(store, Fixtures.clock());

            StoreException refused = assertThrows(StoreException.class,
                    () -> journal.record(id, checkIn(TODAY, 1), false, SIGNS));

            assertTrue(refused.getMessage().contains("has no recovery plan"), refused.getMessage());
        }
    }

    @Test
    void theJournalTravelsWithTheClientInAnExport() throws Exception {
        Path file = dir.resolve("sam.json");
        RecoveryRecords before;
        try (ClientStore store = open()) {
            long id = store.addClient("Sam", "").id();
            RecoveryJournal journal = new RecoveryJournal(store, Fixtures.clock());
            journal.clear(id, new Clearance(TODAY.minusDays(2), "physio"));
            journal.start(id, saved(store, id, CareLevel.URGENT), false);
            journal.record(id, checkIn(TODAY, 1), false, SIGNS);
            before = journal.records(id);
            store.exportClient(id, file, false);
            store.deleteClient(id);
        }
        Path other = dir.resolve("other");
        java.nio.file.Files.createDirectories(other);
        try (ClientStore store = ClientStore.inFolder(other, Fixtures.clock())) {
            long imported = store.importClient(file, ClashPolicy.REFUSE).client().orElseThrow().id();
            RecoveryRecords after = new RecoveryJournal(store, Fixtures.clock()).records(imported);
            assertEquals(before.clearances(), after.clearances());
            assertEquals(before.checkIns(), after.checkIns());
            assertEquals(before.plan().orElseThrow().baseline(), after.plan().orElseThrow().baseline());
            assertEquals(before.plan().get().startedOn(), after.plan().get().startedOn());
        }
    }

    @Test
    void aDamagedJournalInAClientFileIsRefusedNamingEachPart() throws Exception {
        Path file = dir.resolve("bad.json");
        java.nio.file.Files.writeString(file, """
                {"format": "calfcheck-client", "version": 1,
                 "client": {"name": "Kim", "notes": "", "created": "2026-11-01T10:00:00Z"},
                 "assessments": [],
                 "recovery": {"checkIns": [
                   {"day": "2026-11-20", "activity": "swim", "painDuring": 11, "painAfter": 1, "painMorning": 0,
                    "stiffnessMorning": 0}]}}""");
        try (ClientStore store = open()) {
            StoreException refused = assertThrows(StoreException.class,
                    () -> store.importClient(file, ClashPolicy.REFUSE));

            assertTrue(refused.getMessage().contains("$.recovery.checkIns[0].activity: \"swim\" is not rest, walk,"
                    + " walk_run or run"), refused.getMessage());
            assertTrue(refused.getMessage().contains("$.recovery.checkIns[0].painDuring: expected a whole number"
                    + " from 0 to 10"), refused.getMessage());
            assertEquals(List.of(), store.clients(true));
        }
    }
}
