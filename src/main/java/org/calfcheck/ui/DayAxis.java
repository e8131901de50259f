package org.calfcheck.ui;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

/**
 * A chart's time axis in whole days (epoch days), so gaps between dates show as gaps. The range is set by the
 * chart from its data, never auto-ranged from zero (which would start the axis in 1970).
 */
public final class DayAxis {

    private DayAxis() {
    }

    /** An axis whose tick labels are {@code label} of the day under each tick. */
    public static NumberAxis labelled(Function<LocalDate, String> label) {
        NumberAxis axis = new NumberAxis();
        axis.setForceZeroInRange(false);
        axis.setAutoRanging(false);
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number day) {
                return label.apply(LocalDate.ofEpochDay(Math.round(day.doubleValue())));
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        return axis;
    }
}
