package org.calfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
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
import picocli.CommandLine;

/** {@code client history} and {@code client export} with one saved assessment that cannot be read. */
class DamagedHistoryTest {

    @TempDir
    Path dir;

    private StringWriter out;
    private StringWriter err;
    private long sam;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = Main.commandLineFor(args);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

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
        int exit = run("client", "history", Long.toString(sam), "--data-dir", dir.resolve("data").toString());
        assertEquals(1, exit, err.toString());
        assertTrue(out.toString().contains("4 saved assessments"), out.toString());
        assertEquals(2, out.toString().lines().filter(l -> l.contains("DAMAGED")).count(), out.toString());
        assertTrue(out.toString().contains("SOON"), out.toString());
        assertTrue(err.toString().contains("2 saved assessments could not be read"), err.toString());
        assertEquals(1, run("client", "history", Long.toString(sam), "--format", "json", "--data-dir",
                dir.resolve("data").toString()));
        assertEquals(2, out.toString().lines().filter(l -> l.contains("\"damaged\"")).count(), out.toString());
    }

    @Test
    void exportWritesWhatIsReadableAndSaysWhatIsNot() throws Exception {
        Path file = dir.resolve("sam.json");
        int exit = run("client", "export", Long.toString(sam), "--out", file.toString(), "--data-dir",
                dir.resolve("data").toString());
        assertEquals(1, exit, err.toString());
        assertTrue(out.toString().contains("(2 assessments)"), out.toString());
        assertTrue(err.toString().contains("Not exported: saved assessment"), err.toString());
        assertTrue(Files.readString(file).contains("2026-11-01T07:00:00Z"));
    }
}
