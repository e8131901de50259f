package org.calfcheck.ui.recovery;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.calfcheck.engine.recovery.CheckIn;
import org.calfcheck.ui.DayAxis;

/**
 * One chart of {@link RecoveryCharts}: a line per measure over real dates, with a legend of our own that shows each
 * line's colour, dash and symbol. A check-in without the measure breaks its line: a gap, never a zero.
 */
final class RecoveryDayChart extends VBox {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    /** A measure drawn as a line: its legend name, its style class, and its value in a check-in when recorded. */
    record Line(String name, String styleClass, Function<CheckIn, Optional<Integer>> value) {
    }

    private final LineChart<Number, Number> chart;
    private final List<Line> lines;

    RecoveryDayChart(String id, String title, String accessibleText, List<Line> lines, Optional<Integer> max) {
        super(2);
        this.lines = List.copyOf(lines);
        NumberAxis y = max.map(RecoveryDayChart::scoreAxis).orElseGet(NumberAxis::new);
        y.setMinorTickVisible(false);
        chart = new LineChart<>(DayAxis.labelled(DAY::format), y);
        chart.setId(id);
        chart.getStyleClass().add("recovery-chart");
        chart.setTitle(title);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setMinHeight(200);
        chart.setPrefHeight(220);
        chart.setAccessibleText(accessibleText);
        chart.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        getChildren().addAll(chart, legend());
    }

    LineChart<Number, Number> chart() {
        return chart;
    }

    /**
     * 0 to {@code max} in steps of 2 with room below and above, so a 0 ("gone by the morning") or a 10 is drawn
     * whole rather than cut in half by the plot's edge; the step below 0 has no label.
     */
    private static NumberAxis scoreAxis(int max) {
        NumberAxis y = new NumberAxis(-2, max + 2, 2);
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                long score = Math.round(value.doubleValue());
                return score >= 0 && score <= max && score % 2 == 0 ? String.valueOf(score) : "";
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        return y;
    }

    private FlowPane legend() {
        FlowPane legend = new FlowPane(16, 4);
        legend.getStyleClass().add("recovery-legend");
        legend.setAlignment(Pos.CENTER);
        for (Line line : lines) {
            Region stroke = new Region();
            stroke.getStyleClass().addAll("recovery-key-line", line.styleClass());
            Region symbol = new Region();
            symbol.getStyleClass().addAll("recovery-key-symbol", line.styleClass());
            StackPane key = new StackPane(stroke, symbol);
            Label label = new Label(line.name(), key);
            label.getStyleClass().add("recovery-legend-item");
            legend.getChildren().add(label);
        }
        return legend;
    }

    /** Shows or hides the chart and its legend, so a lookup of the chart by id sees it hidden too. */
    void shown(boolean shown) {
        for (javafx.scene.Node node : List.of(this, chart)) {
            node.setVisible(shown);
            node.setManaged(shown);
        }
    }

    /** Replaces the chart's lines with these check-ins, sorted by day; empty clears it. */
    void show(List<CheckIn> byDay) {
        // an emptied series keeps its old path drawn; replacing the series list clears every one of them
        chart.getData().clear();
        if (byDay.isEmpty()) {
            return;
        }
        List<XYChart.Series<Number, Number>> all = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        for (Line line : lines) {
            for (List<XYChart.Data<Number, Number>> run : runs(line, byDay)) {
                XYChart.Series<Number, Number> series = new XYChart.Series<>();
                series.setName(line.name());
                series.getData().setAll(run);
                all.add(series);
                classes.add(line.styleClass());
            }
        }
        // all at once, then our classes: the chart resets every series' style classes whenever series are added
        chart.getData().setAll(all);
        for (int i = 0; i < all.size(); i++) {
            String styleClass = classes.get(i);
            all.get(i).getNode().getStyleClass().add(styleClass);
            all.get(i).getData().forEach(point -> point.getNode().getStyleClass().add(styleClass));
        }
        long first = byDay.get(0).day().toEpochDay();
        long last = byDay.get(byDay.size() - 1).day().toEpochDay();
        // about six date labels whatever the span, with half a tick of room either side
        double span = Math.max(last - first, 6);
        double tick = Math.max(1, Math.ceil(span / 6));
        NumberAxis x = (NumberAxis) chart.getXAxis();
        x.setLowerBound(Math.floor(first - tick / 2));
        x.setUpperBound(Math.ceil(first + span + tick / 2));
        x.setTickUnit(tick);
    }

    /** The line's points, split where a check-in lacks the measure. */
    private static List<List<XYChart.Data<Number, Number>>> runs(Line line, List<CheckIn> byDay) {
        List<List<XYChart.Data<Number, Number>>> runs = new ArrayList<>();
        List<XYChart.Data<Number, Number>> run = new ArrayList<>();
        for (CheckIn checkIn : byDay) {
            Optional<Integer> value = line.value().apply(checkIn);
            if (value.isPresent()) {
                run.add(new XYChart.Data<>(checkIn.day().toEpochDay(), value.get()));
            } else if (!run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }
}
