package org.calfcheck.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.calfcheck.engine.recovery.Activity;
import org.calfcheck.engine.recovery.CheckIn;
import org.calfcheck.ui.recovery.RecoveryCharts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The recovery charts' lines as the themes draw them: each at least 3:1 against the page (WCAG 1.4.11, graphics)
 * in light and dark, and the lines of one chart clearly apart from each other.
 */
@ExtendWith(ApplicationExtension.class)
class RecoveryChartsContrastTest {

    private static final List<String> PAIN = List.of("recovery-during", "recovery-after", "recovery-morning");
    private static final List<String> HEEL = List.of("recovery-sore", "recovery-other");

    private RecoveryCharts charts;
    private Region page;

    @Start
    void start(Stage stage) {
        charts = new RecoveryCharts();
        page = new Region();
        page.setStyle("-fx-background-color: -color-bg-default;");
        stage.setScene(new Scene(new StackPane(page, charts), 700, 600));
        stage.show();
    }

    @Test
    void everyLineStandsOutFromThePageAndFromTheOthersInBothThemes(FxRobot robot) {
        LocalDate day = LocalDate.parse("2026-11-02");
        List<CheckIn> checkIns = List.of(
                new CheckIn(day, Activity.WALK, 20, 3, 4, 1, 1, Optional.of(15), Optional.of(20), Optional.empty(),
                        Set.of()),
                new CheckIn(day.plusDays(1), Activity.WALK, 20, 2, 3, 0, 0, Optional.of(17), Optional.of(21),
                        Optional.empty(), Set.of()));
        List<String> failures = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            robot.interact(() -> {
                theme.apply();
                charts.show(checkIns);
            });
            Color background = FxWait.read(() -> {
                page.applyCss();
                return (Color) page.getBackground().getFills().get(0).getFill();
            });
            for (List<String> chart : List.of(PAIN, HEEL)) {
                List<Color> strokes = new ArrayList<>();
                for (String line : chart) {
                    Color stroke = FxWait.read(() -> {
                        charts.applyCss();
                        return (Color) ((Path) charts.lookup(".chart-series-line." + line)).getStroke();
                    });
                    strokes.add(stroke);
                    double ratio = ContrastTest.ratio(stroke, background);
                    if (ratio < 3.0) {
                        failures.add(String.format("%s, %s: %.2f:1 against the page", theme, line, ratio));
                    }
                }
                for (int i = 0; i < strokes.size(); i++) {
                    for (int j = i + 1; j < strokes.size(); j++) {
                        if (distance(strokes.get(i), strokes.get(j)) < 0.25) {
                            failures.add(theme + ", " + chart.get(i) + " and " + chart.get(j) + " look alike");
                        }
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static double distance(Color a, Color b) {
        return Math.sqrt(Math.pow(a.getRed() - b.getRed(), 2) + Math.pow(a.getGreen() - b.getGreen(), 2)
                + Math.pow(a.getBlue() - b.getBlue(), 2));
    }
}
