package org.calfcheck.ui.coach;

import java.time.Instant;
import java.time.ZoneId;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.calfcheck.ui.DayAxis;

/** "Pain now" (0–10) over time; the x axis is real time (days), so gaps between visits show as gaps. */
final class PainChart extends LineChart<Number, Number> {

    private final XYChart.Series<Number, Number> series = new XYChart.Series<>();

    PainChart(ObservableList<PainPoint> points) {
        // day labels without the year: the chart spans months, the history table gives the year
        super(DayAxis.labelled(day -> ClientPageViewModel.DATE.format(day.atStartOfDay(ZoneId.systemDefault())
                .toInstant()).replaceFirst(" \\d{4}$", "")), new NumberAxis(0, 10, 2));
        setId("pain-chart");
        getStyleClass().add("pain-chart");
        setTitle("Pain now (0–10)");
        setLegendVisible(false);
        setAnimated(false);
        setCreateSymbols(true);
        setMinHeight(200);
        setPrefHeight(200);
        ((NumberAxis) getYAxis()).setMinorTickVisible(false);
        points.addListener((ListChangeListener<PainPoint>) change -> redraw(points));
        redraw(points);
        setAccessibleText("Pain trend chart");
    }

    private void redraw(ObservableList<PainPoint> points) {
        if (points.isEmpty()) {
            // an emptied series keeps its old path drawn; taking the series out clears it
            series.getData().clear();
            getData().remove(series);
            return;
        }
        if (!getData().contains(series)) {
            getData().add(series);
        }
        series.getData().setAll(points.stream()
                .map(p -> new XYChart.Data<Number, Number>(day(p.takenAt()), p.pain())).toList());
        // about six date labels whatever the span, with a little room either side of the first and last visit
        double first = points.stream().mapToDouble(p -> day(p.takenAt())).min().orElseThrow();
        double last = points.stream().mapToDouble(p -> day(p.takenAt())).max().orElseThrow();
        double span = Math.max(last - first, 6);
        double tick = Math.max(1, Math.ceil(span / 6));
        NumberAxis x = (NumberAxis) getXAxis();
        x.setLowerBound(Math.floor(first - tick / 2));
        x.setUpperBound(Math.ceil(first + span + tick / 2));
        x.setTickUnit(tick);
    }

    private static double day(Instant at) {
        return at.atZone(ZoneId.systemDefault()).toLocalDate().toEpochDay()
                + at.atZone(ZoneId.systemDefault()).toLocalTime().toSecondOfDay() / 86400.0;
    }
}
