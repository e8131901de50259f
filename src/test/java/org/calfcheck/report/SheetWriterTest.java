package org.calfcheck.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.calfcheck.content.CareLevel;
import org.calfcheck.engine.Assessment;
import org.calfcheck.engine.CareWords;
import org.calfcheck.engine.DistanceUnit;
import org.calfcheck.engine.RaisedFlag;
import org.calfcheck.engine.RoutineItem;
import org.calfcheck.engine.WithheldItem;
import org.junit.jupiter.api.Test;

class SheetWriterTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 24);
    private final SheetWriter writer = new SheetWriter();

    private PdfText sheet(Assessment assessment, Optional<String> name, Paper paper) {
        return PdfText.of(writer.write(new SheetRequest(assessment, name, DATE, paper, DistanceUnit.KM,
                Optional.empty())));
    }

    @Test
    void sheetShowsTheNameTheDateAndTheCareLevel() {
        PdfText pdf = sheet(SheetFixtures.selfCare(), Optional.of("Sam Runner"), Paper.A4);
        assertTrue(pdf.contains("Sam Runner"), pdf.text());
        assertTrue(pdf.contains("24 November 2026"));
        assertTrue(pdf.contains("CalfCheck routine"));
        assertTrue(pdf.contains(CareWords.of(CareLevel.SELF_CARE).title()), pdf.text());
    }

    @Test
    void aBlankNameCountsAsNoName() {
        SheetRequest request = new SheetRequest(SheetFixtures.selfCare(), Optional.of("   "), DATE, Paper.A4,
                DistanceUnit.KM, Optional.empty());
        assertEquals(Optional.empty(), request.name());
        PdfText pdf = PdfText.of(writer.write(request));
        assertTrue(pdf.text().startsWith("CalfCheck routine 24 November 2026"), pdf.text());
    }

    @Test
    void everyRoutineItemTitleIsOnTheSheet() {
        Assessment assessment = SheetFixtures.selfCare();
        PdfText pdf = sheet(assessment, Optional.empty(), Paper.A4);
        for (RoutineItem item : assessment.routine().all()) {
            assertTrue(pdf.contains(item.title()), item.title() + " missing from: " + pdf.text());
            if (!item.doseText().isBlank()) {
                assertTrue(pdf.contains(item.doseText()), item.doseText());
            }
        }
    }

    @Test
    void withheldItemsNeverAppearOnTheSheet() {
        Assessment assessment = SheetFixtures.urgentClot();
        PdfText pdf = sheet(assessment, Optional.empty(), Paper.A4);
        for (WithheldItem item : assessment.withheld()) {
            assertFalse(pdf.contains(item.title()), item.title() + " is withheld but printed");
        }
        for (RoutineItem item : assessment.routine().all()) {
            assertTrue(pdf.contains(item.title()), item.title());
        }
        assertTrue(pdf.contains("4 items are left out on purpose"));
    }

    @Test
    void urgentSheetLeadsWithTheSeekCareMessage() {
        Assessment assessment = SheetFixtures.urgentClot();
        PdfText pdf = sheet(assessment, Optional.empty(), Paper.A4);
        RaisedFlag clot = assessment.redFlags().get(0);
        int action = pdf.indexOf(clot.action());
        int firstCause = pdf.indexOf(assessment.causes().get(0).title());
        assertTrue(action >= 0, "action missing: " + pdf.text());
        assertTrue(pdf.indexOf("See a doctor today") < action);
        assertTrue(action < pdf.indexOf("Likely causes"), "the seek-care message must come before the causes");
        assertTrue(action < firstCause);
        assertTrue(pdf.contains("you flew for nine hours this week"), "the flag's reasons are shown");
        assertTrue(action < pdf.indexOf("Until you are seen"), "what to do until seen follows the action: " + pdf.text());
    }

    @Test
    void emergencySheetSaysThereIsNoRoutineAndWhatToDoNow() {
        Assessment assessment = SheetFixtures.emergency();
        PdfText pdf = sheet(assessment, Optional.empty(), Paper.A4);
        assertTrue(pdf.contains(CareWords.of(CareLevel.EMERGENCY).title() + ". "
                + CareWords.of(CareLevel.EMERGENCY).detail()), pdf.text());
        assertTrue(pdf.contains("No exercises for now"));
        assertFalse(pdf.contains("Wall calf stretch"));
        assertFalse(pdf.contains("Calf raises"));
        assertFalse(pdf.contains("Prevention checklist"));
    }

    @Test
    void causesAreOneSentenceEachWithTheirStrength() {
        PdfText pdf = sheet(SheetFixtures.selfCare(), Optional.empty(), Paper.A4);
        assertTrue(pdf.contains("Too much, too soon (strong match): Your running went up faster than your"
                + " calves could adapt."));
        assertFalse(pdf.contains("They need a few weeks."), "only the first sentence of a cause's summary");
        assertTrue(pdf.contains("Tight calves (possible)"));
    }

    @Test
    void footerSaysNotADiagnosisWithTheContentVersionAndPageNumbers() {
        PdfText pdf = sheet(SheetFixtures.longestRoutine(), Optional.empty(), Paper.A4);
        assertTrue(pdf.contains("Not a diagnosis"));
        assertTrue(pdf.contains("Content 1.0.0 · Page 1 of 2"), pdf.text());
        assertTrue(pdf.contains("Page 2 of 2"));
    }

    @Test
    void everyFontOnTheSheetIsEmbedded() {
        PdfText pdf = sheet(SheetFixtures.urgentClot(), Optional.of("Zoë"), Paper.A4);
        assertFalse(pdf.fonts().isEmpty());
        for (PDFont font : pdf.fonts()) {
            assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
        }
    }

    @Test
    void longestRoutineFitsOnTwoPagesWithEveryItem() {
        Assessment assessment = SheetFixtures.longestRoutine();
        for (Paper paper : Paper.values()) {
            PdfText pdf = sheet(assessment, Optional.of("Zoë Łukasiewicz"), paper);
            assertEquals(2, pdf.pages(), paper.name());
            for (RoutineItem item : assessment.routine().all()) {
                assertTrue(pdf.contains(item.title()), item.title() + " on " + paper);
            }
        }
    }

    @Test
    void everyStyleKeepsEveryItem() throws Exception {
        Assessment assessment = SheetFixtures.longestRoutine();
        SheetRequest request = new SheetRequest(assessment, Optional.empty(), DATE, Paper.A4, DistanceUnit.KM,
                Optional.empty());
        for (SheetStyle style : SheetStyle.DENSER_IN_TURN) {
            PdfText pdf = PdfText.of(writer.write(request, style));
            for (RoutineItem item : assessment.routine().all()) {
                assertTrue(pdf.contains(item.title()), item.title() + " in style " + style);
            }
        }
    }

    @Test
    void typicalSelfCareSheetIsOnePage() {
        assertEquals(1, sheet(SheetFixtures.selfCare(), Optional.of("Sam"), Paper.LETTER).pages());
        assertEquals(1, sheet(SheetFixtures.urgentClot(), Optional.empty(), Paper.A4).pages());
    }

    @Test
    void paperSizeSetsTheMediaBox() {
        PdfText a4 = sheet(SheetFixtures.selfCare(), Optional.empty(), Paper.A4);
        assertEquals(595.28f, a4.mediaBox().getWidth(), 0.5f);
        assertEquals(841.89f, a4.mediaBox().getHeight(), 0.5f);
        PdfText letter = sheet(SheetFixtures.selfCare(), Optional.empty(), Paper.LETTER);
        assertEquals(612f, letter.mediaBox().getWidth(), 0.5f);
        assertEquals(792f, letter.mediaBox().getHeight(), 0.5f);
    }

    @Test
    void namesInAnyScriptPrint() {
        for (String name : new String[] {"Zoë Łukasiewicz", "Ψ", "Дарья Ковалёва", "田中 花子", "김민준", "さくら",
            "王芳", "Ana 李"}) {
            PdfText pdf = sheet(SheetFixtures.selfCare(), Optional.of(name), Paper.A4);
            assertTrue(pdf.contains(name), name + " not in " + pdf.text());
            for (PDFont font : pdf.fonts()) {
                assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
            }
        }
    }

    @Test
    void theWideFontIsEmbeddedOnlyForASheetThatNeedsIt() {
        PdfText latin = sheet(SheetFixtures.selfCare(), Optional.of("Zoë Łukasiewicz"), Paper.A4);
        PdfText cjk = sheet(SheetFixtures.selfCare(), Optional.of("田中 花子"), Paper.A4);

        assertTrue(fontNames(latin).stream().noneMatch(n -> n.contains("WenQuanYi")), fontNames(latin).toString());
        assertTrue(fontNames(cjk).stream().anyMatch(n -> n.contains("WenQuanYi")), fontNames(cjk).toString());
    }

    @Test
    void charactersNoBundledFontHasBecomeQuestionMarksInsteadOfFailing() {
        PdfText pdf = sheet(SheetFixtures.selfCare(), Optional.of("Ana 🏃 日本"), Paper.A4);
        assertTrue(pdf.contains("Ana ? 日本"), pdf.text());
    }

    private static java.util.List<String> fontNames(PdfText pdf) {
        return pdf.fonts().stream().map(PDFont::getName).toList();
    }

    @Test
    void footwearLineQuotesTheRunnersShoeDistanceInTheirUnit() {
        SheetRequest miles = new SheetRequest(SheetFixtures.selfCare(), Optional.empty(), DATE, Paper.LETTER,
                DistanceUnit.MI, Optional.of(410.0));
        PdfText pdf = PdfText.of(writer.write(miles));
        assertTrue(pdf.contains("every 300–500 miles (480–800 km)"), pdf.text());
        assertTrue(pdf.contains("Yours have done 410 miles: plan a new pair soon."));
        PdfText km = sheet(SheetFixtures.selfCare(), Optional.empty(), Paper.A4);
        assertTrue(km.contains("every 480–800 km (300–500 miles) or about every six months."));
        assertFalse(km.contains("Yours have done"));
    }

    @Test
    void noShoeLineWhenTheRoutineHasNoShoeTip() {
        PdfText pdf = sheet(SheetFixtures.urgentClot(), Optional.empty(), Paper.A4);
        assertFalse(pdf.contains("Replace running shoes"), pdf.text());
    }

    @Test
    void eachItemSaysWhyItIsThere() {
        PdfText pdf = sheet(SheetFixtures.selfCare(), Optional.empty(), Paper.A4);
        assertTrue(pdf.contains("(because you said you ran 50% more this week)"), pdf.text());
    }

    @Test
    void runningAdviceNeverReachesASheetThatSaysSeeADoctorToday() {
        PdfText withTip = sheet(SheetFixtures.selfCare(), Optional.empty(), Paper.A4);
        assertTrue(withTip.contains("Ten per cent a week"));
        PdfText urgent = sheet(SheetFixtures.urgentClot(), Optional.empty(), Paper.A4);
        assertFalse(urgent.contains("10% more"), urgent.text());
        assertFalse(urgent.contains("Warm-up: before each run"), urgent.text());
    }

    @Test
    void sameRequestGivesTheSameBytes() {
        SheetRequest request = new SheetRequest(SheetFixtures.urgentClot(), Optional.of("Zoë"), DATE, Paper.A4,
                DistanceUnit.KM, Optional.of(300.0));
        assertArrayEquals(writer.write(request), writer.write(request));
    }
}
