package org.calfcheck.ui.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.calfcheck.report.SheetFixtures;
import org.calfcheck.ui.FxWait;
import org.calfcheck.ui.InlineRunner;
import org.calfcheck.ui.RecordingDialogService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SheetPreviewOpenerTest {

    private Stage main;

    @Start
    void start(Stage stage) {
        // as in the app, where the theme is set before any window opens
        org.calfcheck.ui.Theme.LIGHT.apply();
        main = stage;
        stage.show();
    }

    @Test
    void theResultsCallbackOpensThePreviewWindowOnTheLocalesPaper(FxRobot robot) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
        SheetPreviewOpener opener = new SheetPreviewOpener(() -> main, owner -> new RecordingDialogService(),
                new InlineRunner(), () -> clock, Locale.US, Optional.empty());
        robot.interact(() -> opener.accept(new org.calfcheck.ui.CompletedCheck(
                org.calfcheck.engine.Answers.empty(org.calfcheck.engine.DistanceUnit.KM), SheetFixtures.selfCare())));
        List<Window> previews = FxWait.read(() -> robot.listWindows().stream()
                .filter(w -> w instanceof Stage s && "Routine sheet".equals(s.getTitle())).toList());
        assertEquals(1, previews.size());
        assertEquals(main, FxWait.read(() -> ((Stage) previews.get(0)).getOwner()));
        String status = FxWait.read(() -> robot.from(previews.get(0).getScene().getRoot()).lookup("#sheet-status")
                .queryAs(Label.class).getText());
        assertTrue(status.endsWith("US Letter"), status);
        robot.interact(() -> ((Stage) previews.get(0)).close());
    }

    @Test
    void theSheetUsesTheRunnersOwnUnitsAndShoeDistanceNotTheComputersLocale() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
        SheetPreviewOpener opener = new SheetPreviewOpener(() -> main, owner -> new RecordingDialogService(),
                new InlineRunner(), () -> clock, Locale.GERMANY, Optional.empty());
        org.calfcheck.engine.Answers inMiles = org.calfcheck.engine.Answers.empty(org.calfcheck.engine.DistanceUnit.MI)
                .with("shoe_distance", new org.calfcheck.engine.Answer.Number(420));

        org.calfcheck.report.SheetRequest request = opener.requestFor(
                new org.calfcheck.ui.CompletedCheck(inMiles, SheetFixtures.selfCare()));

        assertEquals(org.calfcheck.engine.DistanceUnit.MI, request.units());
        assertEquals(Optional.of(420.0), request.shoeDistance());
        assertEquals(org.calfcheck.report.Paper.A4, request.paper());
        assertEquals(java.time.LocalDate.of(2026, 11, 24), request.date());
        assertEquals(Optional.empty(), request.name());
    }

    @Test
    void aCoachsReprintCarriesTheClientsName() {
        SheetPreviewOpener opener = new SheetPreviewOpener(() -> main, owner -> new RecordingDialogService(),
                new InlineRunner(), Clock::systemUTC, Locale.UK, Optional.empty());
        org.calfcheck.report.SheetRequest request = opener.requestFor(new org.calfcheck.ui.CompletedCheck(
                org.calfcheck.engine.Answers.empty(org.calfcheck.engine.DistanceUnit.KM), SheetFixtures.selfCare(),
                Optional.of("Sam Runner")));
        assertEquals(Optional.of("Sam Runner"), request.name());
    }

    /** The desktop's clock looks up the time zone, which is slow the first time: not while the window opens. */
    @Test
    void theClockIsAskedWhenASheetIsMadeNotWhenTheOpenerIs() {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        java.util.function.Supplier<Clock> clock = () -> Clock.fixed(
                Instant.parse("2026-11-24T10:00:00Z").plus(java.time.Duration.ofDays(asked.getAndIncrement())),
                ZoneOffset.UTC);
        SheetPreviewOpener opener = new SheetPreviewOpener(() -> main, owner -> new RecordingDialogService(),
                new InlineRunner(), clock, Locale.UK, Optional.empty());
        assertEquals(0, asked.get());

        org.calfcheck.ui.CompletedCheck check = new org.calfcheck.ui.CompletedCheck(
                org.calfcheck.engine.Answers.empty(org.calfcheck.engine.DistanceUnit.KM), SheetFixtures.selfCare());
        assertEquals(java.time.LocalDate.of(2026, 11, 24), opener.requestFor(check).date());
        // a sheet made the next day is dated that day
        assertEquals(java.time.LocalDate.of(2026, 11, 25), opener.requestFor(check).date());
    }
}
