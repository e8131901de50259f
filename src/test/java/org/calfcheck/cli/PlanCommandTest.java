package org.calfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.calfcheck.content.CareLevel;
import org.calfcheck.store.ClientStore;
import org.calfcheck.store.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code plan start}, {@code checkin} and {@code plan show}, run in-process on a temporary data folder. */
class PlanCommandTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private Run calfcheck(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString()));
        all.addAll(List.of(args));
        String[] argv = all.toArray(String[]::new);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLineFor(argv);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(argv);
        return new Run(exit, out.toString(), err.toString());
    }

    private long seed(CareLevel level) throws Exception {
        try (ClientStore store = ClientStore.inFolder(dir.resolve("data"), Fixtures.clock())) {
            long id = store.addClient("Sam", "").id();
            store.save(id, Fixtures.answers(3), Fixtures.assessment(level, Map.of()));
            return id;
        }
    }

    @Test
    void startCheckInAndShowTodaysDecisionAsJson() throws Exception {
        long id = seed(CareLevel.SELF_CARE);

        Run start = calfcheck("plan", "start", "--client", String.valueOf(id));
        Run checkIn = calfcheck("checkin", "--client", String.valueOf(id), "--activity", "walk", "--minutes", "20",
                "--pain-during", "1", "--pain-after", "1", "--pain-morning", "0", "--heel-raises-sore", "18",
                "--heel-raises-other", "25", "--hops", "painful");
        Run show = calfcheck("plan", "show", "--client", String.valueOf(id), "--format", "json");

        assertEquals(0, start.exit(), start.err());
        assertEquals(0, checkIn.exit(), checkIn.err());
        assertTrue(checkIn.out().contains("HOLD: Hold at Rest and settle"), checkIn.out());
        assertEquals(0, show.exit(), show.err());
        JsonNode json = new ObjectMapper().readTree(show.out());
        assertEquals("plan_rest_settle", json.at("/stage/id").asText());
        assertEquals(1, json.at("/stage/number").asInt());
        assertEquals("HOLD", json.at("/today/decision").asText());
        assertTrue(json.at("/today/reason").asText().contains("days done in this stage 0 (needs at least 2)"));
        assertEquals(18, json.at("/checkIns/0/heelRaisesSore").asInt());
        assertEquals(LocalDate.now().toString(), json.at("/today/date").asText());
    }

    @Test
    void aWarningSignPausesAndShowsTheCareLevel() throws Exception {
        long id = seed(CareLevel.SELF_CARE);
        calfcheck("plan", "start", "--client", String.valueOf(id));

        Run checkIn = calfcheck("checkin", "--client", String.valueOf(id), "--pain-during", "2", "--pain-after", "2",
                "--pain-morning", "1", "--warning", "ws_breathless");
        Run show = calfcheck("plan", "show", "--client", String.valueOf(id));

        assertEquals(0, checkIn.exit(), checkIn.err());
        assertTrue(checkIn.out().contains("PAUSED: Paused: you reported short of breath"), checkIn.out());
        assertTrue(show.out().contains("Today, " + LocalDate.now() + ": PAUSED"), show.out());
    }

    @Test
    void badCheckInsAreRefusedWholeAndASecondOneNeedsReplace() throws Exception {
        long id = seed(CareLevel.SELF_CARE);
        calfcheck("plan", "start", "--client", String.valueOf(id));
        String tomorrow = LocalDate.now().plusDays(1).toString();

        Run bad = calfcheck("checkin", "--client", String.valueOf(id), "--date", tomorrow, "--pain-during", "14",
                "--pain-after", "1", "--pain-morning", "0");
        Run first = calfcheck("checkin", "--client", String.valueOf(id), "--pain-during", "1", "--pain-after", "1",
                "--pain-morning", "0");
        Run second = calfcheck("checkin", "--client", String.valueOf(id), "--pain-during", "3", "--pain-after", "3",
                "--pain-morning", "0");
        Run replaced = calfcheck("checkin", "--client", String.valueOf(id), "--pain-during", "3", "--pain-after",
                "3", "--pain-morning", "0", "--replace");

        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("date: " + tomorrow + " is in the future"), bad.err());
        assertTrue(bad.err().contains("pain-during: 14 is out of range (0 to 10)"), bad.err());
        assertEquals(0, first.exit(), first.err());
        assertEquals(2, second.exit());
        assertTrue(second.err().contains("add --replace"), second.err());
        assertEquals(0, replaced.exit(), replaced.err());
        assertTrue(calfcheck("plan", "show", "--client", String.valueOf(id)).out().contains("pain 3/3/0"));
    }

    @Test
    void aPlanForAMissingClientOrAnUrgentResultIsRefused() throws Exception {
        long id = seed(CareLevel.URGENT);

        Run missing = calfcheck("plan", "start", "--client", "99");
        Run urgent = calfcheck("plan", "start", "--client", String.valueOf(id));
        Run cleared = calfcheck("plan", "clear", "--client", String.valueOf(id), "--note", "GP: all clear");
        Run started = calfcheck("plan", "start", "--client", String.valueOf(id));

        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("99"), missing.err());
        assertEquals(2, urgent.exit());
        assertTrue(urgent.err().contains("cleared you"), urgent.err());
        assertEquals(0, cleared.exit(), cleared.err());
        assertEquals(0, started.exit(), started.err());
    }

    @Test
    void aCheckInFileIsReadWithEveryProblemNamed() throws Exception {
        long id = seed(CareLevel.SELF_CARE);
        calfcheck("plan", "start", "--client", String.valueOf(id));
        Path file = dir.resolve("checkin.json");
        Files.writeString(file, "{\"day\": \"" + LocalDate.now() + "\", \"activity\": \"swim\", \"painDuring\": 1,"
                + " \"painAfter\": 11, \"painMorning\": 0, \"stiffnessMorning\": 0}");

        Run run = calfcheck("checkin", "--client", String.valueOf(id), "--file", file.toString());

        assertEquals(2, run.exit());
        assertTrue(run.err().contains("$.activity: \"swim\" is not rest, walk, walk_run or run"), run.err());
        assertTrue(run.err().contains("$.painAfter: expected a whole number from 0 to 10"), run.err());
    }

    @Test
    void planShowWritesTheSheetWithThisWeeksPlanAndTheJsonCarriesTheWeek() throws Exception {
        long id = seed(CareLevel.SELF_CARE);
        calfcheck("plan", "start", "--client", String.valueOf(id));
        calfcheck("checkin", "--client", String.valueOf(id), "--activity", "rest", "--pain-during", "1",
                "--pain-after", "1", "--pain-morning", "0");
        Path pdf = dir.resolve("week.pdf");

        Run show = calfcheck("plan", "show", "--client", String.valueOf(id), "--sheet", pdf.toString(), "--paper",
                "a4", "--format", "json");

        assertEquals(0, show.exit(), show.err());
        JsonNode json = new ObjectMapper().readTree(show.out());
        assertEquals(7, json.at("/week/days").size());
        assertEquals(LocalDate.now().plusDays(6).toString(), json.at("/week/days/6/date").asText());
        assertEquals("Walk and load", json.at("/week/nextStage").asText());
        assertEquals("days done in this stage: at least 2", json.at("/week/moveOn/0").asText());
        assertTrue(show.err().contains("Routine sheet written to " + pdf), show.err());
        String text = pdfText(pdf);
        assertTrue(text.contains("This week's recovery plan: stage 1 of 5, Rest and settle"), text);
        assertTrue(text.contains("Sam"), "the client's name in the header");
        assertTrue(text.contains("Get help if"), "the routine sheet around it");
    }

    @Test
    void planShowRefusesAnExistingSheetWithoutForceAndSheetOptionsWithoutSheet() throws Exception {
        long id = seed(CareLevel.SELF_CARE);
        calfcheck("plan", "start", "--client", String.valueOf(id));
        Path pdf = dir.resolve("there.pdf");
        Files.writeString(pdf, "keep me");

        Run refused = calfcheck("plan", "show", "--client", String.valueOf(id), "--sheet", pdf.toString());
        Run stray = calfcheck("plan", "show", "--client", String.valueOf(id), "--paper", "a4");

        assertEquals(2, refused.exit(), refused.out());
        assertTrue(refused.err().contains(pdf.toString()), refused.err());
        assertEquals("keep me", Files.readString(pdf), "nothing overwritten");
        assertEquals(2, stray.exit());
        assertTrue(stray.err().contains("--paper and --force go with --sheet FILE"), stray.err());
    }

    private static String pdfText(Path pdf) throws Exception {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
