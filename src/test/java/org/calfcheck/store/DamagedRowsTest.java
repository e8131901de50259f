package org.calfcheck.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.calfcheck.content.CareLevel;
import org.calfcheck.engine.Strength;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One saved assessment that cannot be read never hides the others. */
class DamagedRowsTest {

    @TempDir
    Path dir;

    private long sam;
    private long broken;

    @BeforeEach
    void threeAssessmentsOneDamaged() throws Exception {
        try (ClientStore store = ClientStore.inFolder(dir, Fixtures.clock())) {
            sam = store.addClient("Sam", "").id();
            store.save(sam, Instant.parse("2026-10-01T07:00:00Z"), Fixtures.answers(7),
                    Fixtures.assessment(CareLevel.SOON, Map.of("overuse", Strength.MODERATE)), "");
            broken = store.save(sam, Instant.parse("2026-10-15T07:00:00Z"), Fixtures.answers(5), Fixtures.selfCare(),
                    "").id();
            store.save(sam, Instant.parse("2026-11-01T07:00:00Z"), Fixtures.answers(2), Fixtures.selfCare(), "");
        }
        sql("UPDATE assessment SET assessment_json = substr(assessment_json, 1, 40) WHERE id = ?", broken);
    }

    private void sql(String statement, Object value) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(ClientStore.FILE_NAME));
             PreparedStatement update = c.prepareStatement(statement)) {
            update.setObject(1, value);
            update.executeUpdate();
        }
    }

    @Test
    void historyShowsEveryReadableAssessmentAndMarksTheDamagedOneInItsPlace() throws Exception {
        try (ClientStore store = ClientStore.inFolder(dir, Fixtures.clock())) {
            List<HistoryRow> history = store.history(sam);
            assertEquals(3, history.size());
            assertEquals(List.of(false, true, false), history.stream().map(HistoryRow::isDamaged).toList());
            assertEquals(broken, history.get(1).assessmentId());
            assertEquals(Instant.parse("2026-10-15T07:00:00Z"), history.get(1).takenAt());
            assertTrue(history.get(1).damage().orElseThrow().contains("not complete JSON"));
            assertEquals(2, store.assessments(sam).size());
            assertEquals(List.of(broken), store.records(sam).damaged().stream().map(DamagedAssessment::id).toList());
        }
    }

    @Test
    void exportWritesTheReadableAssessmentsAndNamesTheDamagedOne() throws Exception {
        Path out = dir.resolve("sam.json");
        try (ClientStore store = ClientStore.inFolder(dir, Fixtures.clock())) {
            List<DamagedAssessment> left = store.exportClient(sam, out, false);
            assertEquals(List.of(broken), left.stream().map(DamagedAssessment::id).toList());
        }
        JsonNode written = new ObjectMapper().readTree(out.toFile());
        assertEquals(2, written.get("assessments").size());
    }

    @Test
    void aStoredDateNoCalendarCanShowIsMarkedNotThrown() throws Exception {
        sql("UPDATE assessment SET taken_at = '+1000000000-12-31T23:59:59Z' WHERE id = ?", broken);
        try (ClientStore store = ClientStore.inFolder(dir, Fixtures.clock())) {
            List<HistoryRow> history = store.history(sam);
            assertEquals(3, history.size());
            HistoryRow marked = history.stream().filter(HistoryRow::isDamaged).findFirst().orElseThrow();
            assertTrue(marked.damage().get().contains("date"), marked.damage().get());
            assertFalse(history.stream().filter(r -> !r.isDamaged()).anyMatch(r -> r.takenAt().getEpochSecond() < 0));
        }
    }
}
