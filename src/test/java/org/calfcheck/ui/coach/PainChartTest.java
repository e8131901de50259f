package org.calfcheck.ui.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.calfcheck.ui.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The pain trend after switching from a client with visits to one with none. */
@ExtendWith(ApplicationExtension.class)
class PainChartTest {

    private final ObservableList<PainPoint> points = FXCollections.observableArrayList();
    private PainTrend trend;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        points.setAll(new PainPoint(Instant.parse("2026-10-01T07:00:00Z"), 7),
                new PainPoint(Instant.parse("2026-11-01T07:00:00Z"), 3));
        trend = new PainTrend(points);
        stage.setScene(new Scene(trend, 800, 300));
        stage.show();
    }

    private static long drawnSegments(Node root) {
        return root.lookupAll(".chart-series-line").stream().filter(Path.class::isInstance)
                .mapToLong(node -> ((Path) node).getElements().size()).sum();
    }

    @Test
    void aClientWithNoScoresShowsAnEmptyStateAndNoLeftoverLine(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(WaitForAsyncUtils.asyncFx(() -> drawnSegments(trend)).get() > 0, "the first client's line");
        robot.interact(points::clear);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0L, WaitForAsyncUtils.asyncFx(() -> drawnSegments(trend)).get());
        assertTrue(WaitForAsyncUtils.asyncFx(() -> trend.lookup("#pain-empty").isVisible()).get());
        assertFalse(WaitForAsyncUtils.asyncFx(() -> trend.lookup("#pain-chart").isVisible()).get());
    }

    @Test
    void theAxisSpansTheVisitsNeverTheYear1970(FxRobot robot) throws Exception {
        robot.interact(() -> points.setAll(List.of(new PainPoint(Instant.parse("2026-12-01T07:00:00Z"), 5))));
        robot.interact(points::clear);
        robot.interact(() -> points.setAll(List.of(new PainPoint(Instant.parse("2026-12-01T07:00:00Z"), 5))));
        WaitForAsyncUtils.waitForFxEvents();
        double lower = WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.chart.NumberAxis)
                ((javafx.scene.chart.LineChart<?, ?>) trend.lookup("#pain-chart")).getXAxis()).getLowerBound()).get();
        assertTrue(lower > java.time.LocalDate.parse("2026-01-01").toEpochDay(), "lower bound " + lower);
        assertTrue(WaitForAsyncUtils.asyncFx(() -> trend.lookup("#pain-chart").isVisible()).get());
    }
}
