package org.calfcheck.ui.recovery;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.calfcheck.engine.recovery.CheckIn;
import org.calfcheck.ui.recovery.RecoveryDayChart.Line;

/**
 * The recovery journal as two charts over real dates: pain (during activity, after, next morning; 0–10) and
 * single-leg heel raises on each side. With no check-ins it shows one calm sentence instead of empty axes; each
 * {@link #show} replaces everything shown before.
 */
public final class RecoveryCharts extends VBox {

    static final String STYLESHEET = Objects.requireNonNull(
            RecoveryCharts.class.getResource("recovery-charts.css")).toExternalForm();

    private static final List<Line> PAIN = List.of(
            new Line("During activity", "recovery-during", c -> Optional.of(c.painDuring())),
            new Line("After", "recovery-after", c -> Optional.of(c.painAfter())),
            new Line("Next morning", "recovery-morning", c -> Optional.of(c.painMorning())));
    private static final List<Line> HEEL = List.of(
            new Line("Sore side", "recovery-sore", CheckIn::heelRaisesSore),
            new Line("Other side", "recovery-other", CheckIn::heelRaisesOther));

    private final RecoveryDayChart pain = new RecoveryDayChart("recovery-pain-chart", "Pain (0–10)",
            "Pain over days: during activity, after, and the next morning, from 0 to 10", PAIN, Optional.of(10));
    private final RecoveryDayChart heel = new RecoveryDayChart("recovery-heel-chart",
            "Single-leg heel raises", "Single-leg heel raises over days: sore side and other side", HEEL,
            Optional.empty());
    private final Label empty = new Label("No check-ins yet: the charts appear after the first check-in.");

    public RecoveryCharts() {
        super(12);
        getStyleClass().add("recovery-charts");
        getStylesheets().add(STYLESHEET);
        empty.setId("recovery-charts-empty");
        empty.getStyleClass().add("help-text");
        empty.setWrapText(true);
        getChildren().addAll(empty, pain, heel);
        show(List.of());
    }

    /** Shows these check-ins (any order), replacing whatever was shown; an empty list shows the sentence. */
    public void show(List<CheckIn> checkIns) {
        List<CheckIn> byDay = checkIns.stream().sorted(Comparator.comparing(CheckIn::day)).toList();
        boolean none = byDay.isEmpty();
        empty.setVisible(none);
        empty.setManaged(none);
        for (RecoveryDayChart chart : List.of(pain, heel)) {
            chart.show(byDay);
            chart.shown(!none);
        }
    }
}
