package org.calfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.Map;
import org.calfcheck.content.CareLevel;
import org.calfcheck.engine.Strength;
import org.calfcheck.store.ClientStore;
import org.calfcheck.store.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code client history} and {@code client export} with one saved assessment that cannot be read. */
class DamagedHistoryTest {

    @TempDir
    Path dir;

    private final CommandRun cli = new CommandRun();
    private long sam;

    @BeforeEach
    void twoReadableOneTruncatedOneFromTheFarFuture() throws Exception {
        Path data = dir.resolve("data");
        try (ClientStore store = ClientStore.inFolder(data, Fixtures.clock())) {
            sam = store.addClient("Sam", "").id();
            store.save(sam, Instant.parse("2026-10-01T07:00:00Z"), Fixtures.answers(7),
                    Fixtures.assessment(CareLevel.SOON, Map.of("overuse", Strength.MODERATE)), "");
            store.save(sam, Instant.parse("2026-10-15T07:00:00Z"), Fixtures.answers(5), Fixtures.selfCare(), "");
            store.save(sam, Instant.parse("2026-11-01T07:00:00Z"), Fixtures.answers(2), Fixtures.selfCare(), "");
            store.save(sam, Instant.parse("2026-11-02T07:00:00Z"), Fixtures.answers(1), Fixtures.selfCare(), "");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(ClientStore.FILE_NAME))) {
            c.createStatement().executeUpdate("UPDATE assessment SET assessment_json = substr(assessment_json, 1, 30)"
                    + " WHERE taken_at = '2026-10-15T07:00:00Z'");
            c.createStatement().executeUpdate("UPDATE assessment SET taken_at = '+1000000000-12-31T23:59:59Z'"
                    + " WHERE taken_at = '2026-11-02T07:00:00Z'");
        }
    }

    @Test
    void historyShowsTheReadableAssessmentsAndMarksTheDamagedOnes() {
        int exit = cli.run("client", "history", Long.toString(sam), "--data-dir", dir.resolve("data").toString());
        assertEquals(1, exit, cli.err());
        assertTrue(cli.out().contains("4 saved assessments"), cli.out());
        assertEquals(2, cli.out().lines().filter(l -> l.contains("DAMAGED")).count(), cli.out());
        assertTrue(cli.out().contains("SOON"), cli.out());
        assertTrue(cli.err().contains("2 saved assessments could not be read"), cli.err());
        assertEquals(1, cli.run("client", "history", Long.toString(sam), "--format", "json", "--data-dir",
                dir.resolve("data").toString()));
        assertEquals(2, cli.out().lines().filter(l -> l.contains("\"damaged\"")).count(), cli.out());
    }

    @Test
    void exportWritesWhatIsReadableAndSaysWhatIsNot() throws Exception {
        Path file = dir.resolve("sam.json");
        int exit = cli.run("client", "export", Long.toString(sam), "--out", file.toString(), "--data-dir",
                dir.resolve("data").toString());
        assertEquals(1, exit, cli.err());
        assertTrue(cli.out().contains("(2 assessments)"), cli.out());
        assertTrue(cli.err().contains("Not exported: saved assessment"), cli.err());
        assertTrue(Files.readString(file).contains("2026-11-01T07:00:00Z"));
    }
}
