package org.calfcheck.ui.coach;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

/** "Pain now" (0–10) over time; the x axis is real time (days), so gaps between visits show as gaps. */
final class PainChart extends LineChart<Number, Number> {

    private final XYChart.Series<Number, Number> series = new XYChart.Series<>();

    PainChart(ObservableList<PainPoint> points) {
        super(new NumberAxis(), new NumberAxis(0, 10, 2));
        setId("pain-chart");
        getStyleClass().add("pain-chart");
        setTitle("Pain now (0–10)");
        setLegendVisible(false);
        setAnimated(false);
        setCreateSymbols(true);
        setMinHeight(200);
        setPrefHeight(230);
        NumberAxis x = (NumberAxis) getXAxis();
        x.setForceZeroInRange(false);
        x.setAutoRanging(true);
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number day) {
                return ClientPageViewModel.DATE.format(LocalDate.ofEpochDay(day.longValue())
                        .atStartOfDay(ZoneId.systemDefault()).toInstant()).replaceFirst(" \\d{4}$", "");
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        ((NumberAxis) getYAxis()).setMinorTickVisible(false);
        getData().add(series);
        points.addListener((ListChangeListener<PainPoint>) change -> redraw(points));
        redraw(points);
        setAccessibleText("Pain trend chart");
    }

    private void redraw(ObservableList<PainPoint> points) {
        series.getData().setAll(points.stream()
                .map(p -> new XYChart.Data<Number, Number>(day(p.takenAt()), p.pain())).toList());
    }

    private static double day(Instant at) {
        return at.atZone(ZoneId.systemDefault()).toLocalDate().toEpochDay()
                + at.atZone(ZoneId.systemDefault()).toLocalTime().toSecondOfDay() / 86400.0;
    }
}
