package org.calfcheck.ui.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.calfcheck.content.CareLevel;
import org.calfcheck.engine.Assessment;
import org.calfcheck.store.AssessmentComparison;
import org.calfcheck.store.Fixtures;
import org.calfcheck.store.SavedAssessment;
import org.calfcheck.ui.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The comparison as a coach reads it: two checks on one day, the second one more urgent. */
@ExtendWith(ApplicationExtension.class)
class CompareViewTest {

    private static SavedAssessment saved(long id, String when, double pain, Assessment assessment) {
        return new SavedAssessment(id, 1, Instant.parse(when), Fixtures.answers(pain), "1.0.0", assessment, "");
    }

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.LIGHT.apply();
        AssessmentComparison comparison = AssessmentComparison.of(
                saved(1, "2026-12-05T08:00:00Z", 3, Fixtures.selfCare()),
                saved(2, "2026-12-05T17:30:00Z", 6, Fixtures.assessment(CareLevel.URGENT, Map.of())));
        stage.setScene(new Scene(new CompareView(comparison, () -> { }), 1024, 700));
        stage.show();
    }

    private static List<String> texts(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#compare-grid .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList()).get();
    }

    @Test
    void causesTheUrgentCheckDidNotListAreNotAssessedNeverResolved(FxRobot robot) throws Exception {
        List<String> texts = texts(robot);
        assertFalse(texts.contains("Resolved"), texts.toString());
        assertEquals(2, texts.stream().filter("Not assessed"::equals).count(), texts.toString());
        assertTrue(texts.contains("More urgent") && texts.contains("+3"), texts.toString());
    }

    @Test
    void theTitleTellsTwoChecksOnOneDayApartByTheirTimes(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        String title = WaitForAsyncUtils.asyncFx(() -> robot.lookup("#compare-heading").queryAs(Label.class)
                .getText()).get();
        String earlier = ClientPageViewModel.DATE_TIME.format(Instant.parse("2026-12-05T08:00:00Z"));
        String later = ClientPageViewModel.DATE_TIME.format(Instant.parse("2026-12-05T17:30:00Z"));
        assertEquals("Compare " + earlier + " with " + later, title);
        assertTrue(title.matches(".*\\d{2}:\\d{2}.*\\d{2}:\\d{2}"), title);
    }

    /** Beside the client list of a 1024-pixel window the page is about 680 wide: no column may run off its edge. */
    @Test
    void theLongestCareWordsFitBesideTheClientListOfTheSmallestWindow(FxRobot robot) throws Exception {
        AssessmentComparison widest = AssessmentComparison.of(
                saved(1, "2026-10-01T07:00:00Z", 7, Fixtures.assessment(CareLevel.SOON, Map.of())),
                saved(2, "2026-11-01T07:00:00Z", 2, Fixtures.selfCare()));
        robot.interact(() -> stage.setScene(new Scene(new CompareView(widest, () -> { }), 680, 700)));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> outside = WaitForAsyncUtils.asyncFx(() -> robot.lookup("#compare-grid .label")
                .queryAllAs(Label.class).stream()
                .filter(label -> label.localToScene(label.getBoundsInLocal()).getMaxX() > 680.5)
                .map(Label::getText).toList()).get();
        assertEquals(List.of(), outside);
    }
}
