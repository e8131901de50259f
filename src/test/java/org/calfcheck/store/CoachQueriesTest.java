package org.calfcheck.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the Coach page asks of the store beyond the basics: delete one check, notice other writers. */
class CoachQueriesTest {

    @TempDir
    Path dir;

    @Test
    void deletingOneAssessmentKeepsTheClientAndTheirOtherAssessments() throws Exception {
        try (ClientStore store = ClientStore.inFolder(dir, Fixtures.clock())) {
            Client sam = store.addClient("Sam", "");
            SavedAssessment first = store.save(sam.id(), Instant.parse("2026-10-01T07:00:00Z"), Fixtures.answers(7),
                    Fixtures.selfCare(), "");
            SavedAssessment second = store.save(sam.id(), Fixtures.answers(3), Fixtures.selfCare());
            store.deleteAssessment(first.id());
            assertEquals(List.of(second.id()), store.assessments(sam.id()).stream().map(SavedAssessment::id).toList());
            assertEquals("Sam", store.client(sam.id()).name());
            StoreException gone = assertThrows(StoreException.class, () -> store.deleteAssessment(first.id()));
            assertEquals(StoreException.Kind.NOT_FOUND, gone.kind());
        }
    }

    @Test
    void theDataVersionMovesWhenAnotherConnectionWritesAndNotForOurOwnWrites() throws Exception {
        try (ClientStore app = ClientStore.inFolder(dir, Fixtures.clock());
             ClientStore command = ClientStore.inFolder(dir, Fixtures.clock())) {
            long before = app.dataVersion();
            app.addClient("Written by the app", "");
            assertEquals(before, app.dataVersion());
            command.addClient("Added by a command", "");
            long after = app.dataVersion();
            assertNotEquals(before, after);
            assertEquals(after, app.dataVersion());
        }
    }
}
