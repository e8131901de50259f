package org.calfcheck.ui.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.calfcheck.engine.recovery.Activity;
import org.calfcheck.engine.recovery.CheckIn;
import org.calfcheck.ui.FxWait;
import org.calfcheck.ui.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The recovery charts against the check-ins they show: points, gaps, the empty sentence and replacing. */
@ExtendWith(ApplicationExtension.class)
class RecoveryChartsTest {

    private static final LocalDate MONDAY = LocalDate.parse("2026-11-02");

    private RecoveryCharts charts;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        charts = new RecoveryCharts();
        stage.setScene(new Scene(charts, 760, 620));
        stage.show();
    }

    static CheckIn checkIn(LocalDate day, int during, int after, int morning, Integer sore, Integer other) {
        return new CheckIn(day, Activity.WALK, 20, during, after, morning, 1, Optional.ofNullable(sore),
                Optional.ofNullable(other), Optional.empty(), Set.of());
    }

    /** Monday, Tuesday, (no Wednesday), Thursday with no heel-raise count on the other side, Friday. */
    static List<CheckIn> week() {
        return List.of(checkIn(MONDAY.plusDays(4), 2, 2, 0, 20, 24),
                checkIn(MONDAY, 4, 5, 3, 12, 25),
                checkIn(MONDAY.plusDays(1), 3, 4, 2, 14, 25),
                checkIn(MONDAY.plusDays(3), 3, 3, 1, 18, null));
    }

    /** Each line's points by series name, in drawing order: day (epoch day) to value, per unbroken run. */
    private Map<String, List<Map<Long, Integer>>> lines(String chartId) {
        return FxWait.read(() -> {
            @SuppressWarnings("unchecked")
            LineChart<Number, Number> chart = (LineChart<Number, Number>) charts.lookup("#" + chartId);
            Map<String, List<Map<Long, Integer>>> lines = new TreeMap<>();
            for (XYChart.Series<Number, Number> series : chart.getData()) {
                Map<Long, Integer> run = new TreeMap<>();
                series.getData().forEach(d -> run.put(d.getXValue().longValue(), d.getYValue().intValue()));
                lines.computeIfAbsent(series.getName(), n -> new ArrayList<>()).add(run);
            }
            return lines;
        });
    }

    private static long day(int plus) {
        return MONDAY.plusDays(plus).toEpochDay();
    }

    private long drawnSegments() {
        return FxWait.read(() -> charts.lookupAll(".chart-series-line").stream().filter(Node::isVisible)
                .filter(Path.class::isInstance).mapToLong(n -> ((Path) n).getElements().size()).sum());
    }

    @Test
    void theThreePainLinesHaveOnePointPerCheckInOnItsRealDate(FxRobot robot) {
        robot.interact(() -> charts.show(week()));
        Map<String, List<Map<Long, Integer>>> pain = lines("recovery-pain-chart");
        assertEquals(List.of(Map.of(day(0), 4, day(1), 3, day(3), 3, day(4), 2)), pain.get("During activity"));
        assertEquals(List.of(Map.of(day(0), 5, day(1), 4, day(3), 3, day(4), 2)), pain.get("After"));
        assertEquals(List.of(Map.of(day(0), 3, day(1), 2, day(3), 1, day(4), 0)), pain.get("Next morning"));
        assertEquals(3, pain.size());
        NumberAxis x = FxWait.read(() -> (NumberAxis) ((LineChart<?, ?>) charts.lookup("#recovery-pain-chart"))
                .getXAxis());
        assertTrue(FxWait.read(x::getLowerBound) < day(0) && FxWait.read(x::getUpperBound) > day(4),
                "the axis spans the week, not 1970");
        NumberAxis y = FxWait.read(() -> (NumberAxis) ((LineChart<?, ?>) charts.lookup("#recovery-pain-chart"))
                .getYAxis());
        assertTrue(FxWait.read(y::getLowerBound) < 0 && FxWait.read(y::getUpperBound) > 10,
                "0 and 10 are drawn whole");
        assertEquals("0", FxWait.read(() -> y.getTickLabelFormatter().toString(0)));
        assertEquals("10", FxWait.read(() -> y.getTickLabelFormatter().toString(10)));
        assertEquals("", FxWait.read(() -> y.getTickLabelFormatter().toString(-2)));
    }

    @Test
    void aMissingHeelRaiseCountBreaksTheLineInsteadOfDrawingZero(FxRobot robot) {
        robot.interact(() -> charts.show(week()));
        Map<String, List<Map<Long, Integer>>> heel = lines("recovery-heel-chart");
        assertEquals(List.of(Map.of(day(0), 12, day(1), 14, day(3), 18, day(4), 20)), heel.get("Sore side"));
        assertEquals(List.of(Map.of(day(0), 25, day(1), 25), Map.of(day(4), 24)), heel.get("Other side"),
                "Thursday's missing count splits the other side's line and is not a zero");
    }

    @Test
    void noCheckInsShowsTheSentenceAndNoAxesOrLeftoverLines(FxRobot robot) throws Exception {
        FxWait.until(() -> charts.lookup("#recovery-charts-empty").isVisible());
        assertFalse(FxWait.read(() -> charts.lookup("#recovery-pain-chart").isVisible()));
        robot.interact(() -> charts.show(week()));
        FxWait.until(() -> charts.lookup("#recovery-pain-chart").isVisible());
        assertTrue(drawnSegments() > 0);
        assertFalse(FxWait.read(() -> charts.lookup("#recovery-charts-empty").isVisible()));
        robot.interact(() -> charts.show(List.of()));
        assertTrue(FxWait.read(() -> charts.lookup("#recovery-charts-empty").isVisible()));
        assertFalse(FxWait.read(() -> charts.lookup("#recovery-pain-chart").isVisible()));
        assertFalse(FxWait.read(() -> charts.lookup("#recovery-heel-chart").isVisible()));
        assertEquals(0L, drawnSegments(), "no line of the last client left behind");
    }

    @Test
    void showingAgainReplacesEveryPoint(FxRobot robot) {
        robot.interact(() -> charts.show(week()));
        LocalDate later = MONDAY.plusDays(20);
        robot.interact(() -> charts.show(List.of(checkIn(later, 1, 1, 0, 22, 23))));
        assertEquals(Map.of("During activity", List.of(Map.of(later.toEpochDay(), 1)),
                "After", List.of(Map.of(later.toEpochDay(), 1)),
                "Next morning", List.of(Map.of(later.toEpochDay(), 0))), lines("recovery-pain-chart"));
        assertEquals(Map.of("Sore side", List.of(Map.of(later.toEpochDay(), 22)),
                "Other side", List.of(Map.of(later.toEpochDay(), 23))), lines("recovery-heel-chart"));
        assertTrue(FxWait.read(() -> ((NumberAxis) ((LineChart<?, ?>) charts.lookup("#recovery-heel-chart"))
                .getXAxis()).getLowerBound()) > day(4), "the axis moved to the new dates");
    }

    @Test
    void theChartsHaveAccessibleNamesAndEachLineItsOwnSymbol(FxRobot robot) {
        robot.interact(() -> charts.show(week()));
        for (String id : List.of("#recovery-pain-chart", "#recovery-heel-chart")) {
            String name = FxWait.read(() -> charts.lookup(id).getAccessibleText());
            assertTrue(name != null && !name.isBlank(), id);
        }
        for (String line : List.of("recovery-during", "recovery-after", "recovery-morning", "recovery-sore",
                "recovery-other")) {
            assertFalse(FxWait.read(() -> charts.lookupAll(".chart-line-symbol." + line).isEmpty()), line);
            assertFalse(FxWait.read(() -> charts.lookupAll(".recovery-key-symbol." + line).isEmpty()), line);
        }
        // not told by colour alone: the three pain lines are solid, dashed and dotted
        List<Object> dashes = FxWait.read(() -> List.of("recovery-during", "recovery-after", "recovery-morning")
                .stream().map(c -> (Object) ((Path) charts.lookup(".chart-series-line." + c))
                        .getStrokeDashArray().stream().toList()).distinct().toList());
        assertEquals(3, dashes.size(), dashes.toString());
    }
}
