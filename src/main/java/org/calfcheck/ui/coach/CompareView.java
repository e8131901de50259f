package org.calfcheck.ui.coach;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.calfcheck.engine.Strength;
import org.calfcheck.store.AssessmentComparison;
import org.calfcheck.store.AssessmentComparison.Change;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Two assessments side by side: care level, pain, and each cause's strength before and after. */
public final class CompareView extends VBox {

    private static final double CARE_WIDTH = 150;


    public CompareView(AssessmentComparison comparison, Runnable onBack) {
        super(16);
        getStyleClass().add("compare-view");
        setPadding(new Insets(20, 24, 20, 24));
        setId("compare-view");

        Button back = new Button("Back to history", new FontIcon(Feather.ARROW_LEFT));
        back.setId("compare-back");
        back.getStyleClass().add("flat");
        back.setOnAction(e -> onBack.run());
        Label heading = new Label(title(comparison));
        heading.setId("compare-heading");
        heading.getStyleClass().add("heading");
        heading.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setId("compare-grid");
        grid.getStyleClass().add("compare-grid");
        grid.setHgap(24);
        grid.setVgap(10);
        ColumnConstraints first = new ColumnConstraints();
        // cause titles wrap in the first column, and the care words in theirs, so the four columns fit beside the
        // client list of the smallest window instead of running off its edge
        first.setMinWidth(120);
        first.setPrefWidth(200);
        first.setHgrow(Priority.SOMETIMES);
        grid.getColumnConstraints().addAll(first, wrapping(), wrapping(), fitting());
        int row = 0;
        grid.addRow(row++, header(""), header(ClientPageViewModel.DATE_TIME.format(comparison.earlier().takenAt())),
                header(ClientPageViewModel.DATE_TIME.format(comparison.later().takenAt())), header("Change"));
        grid.addRow(row++, strong("Care level"), careTag(comparison.careBefore()), careTag(comparison.careAfter()),
                changeTag(comparison.careChange(), "More urgent", "Less urgent"));
        grid.addRow(row++, strong("Pain now"), new Label(pain(comparison.painBefore())),
                new Label(pain(comparison.painAfter())), painChange(comparison));
        Label causes = ClientPageView.sectionLabel("Likely causes");
        GridPane.setColumnSpan(causes, 4);
        grid.add(causes, 0, row++);
        if (comparison.causes().isEmpty()) {
            grid.add(new Label("Neither assessment found a likely cause."), 0, row);
        }
        for (AssessmentComparison.CauseChange cause : comparison.causes()) {
            Label title = new Label(cause.title());
            title.setWrapText(true);
            String after = cause.change() == Change.NOT_ASSESSED ? "not assessed" : strength(cause.after());
            grid.addRow(row++, title, new Label(strength(cause.before())), new Label(after),
                    changeTag(cause.change(), "Stronger", "Weaker"));
        }

        HBox top = new HBox(back);
        top.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(top, heading, grid);
    }

    /** Two checks on one day are told apart by their times, so the title always carries them. */
    static String title(AssessmentComparison comparison) {
        return "Compare " + ClientPageViewModel.DATE_TIME.format(comparison.earlier().takenAt()) + " with "
                + ClientPageViewModel.DATE_TIME.format(comparison.later().takenAt());
    }

    /** A column for the care words, which wrap onto a second line rather than widen the grid. */
    private static ColumnConstraints wrapping() {
        ColumnConstraints column = new ColumnConstraints();
        column.setMinWidth(110);
        column.setPrefWidth(CARE_WIDTH);
        column.setMaxWidth(CARE_WIDTH);
        return column;
    }

    /** A column as wide as its widest label, never squeezed into "…". */
    private static ColumnConstraints fitting() {
        ColumnConstraints column = new ColumnConstraints();
        column.setMinWidth(Region.USE_PREF_SIZE);
        column.setPrefWidth(Region.USE_COMPUTED_SIZE);
        return column;
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-label");
        return label;
    }

    private static Label strong(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("strong-label");
        return label;
    }

    private static Label careTag(org.calfcheck.content.CareLevel level) {
        Label tag = new Label(CareLevelText.of(level));
        tag.getStyleClass().addAll("care-tag", CareLevelText.styleClass(level));
        tag.setWrapText(true);
        tag.setMaxWidth(CARE_WIDTH);
        tag.setMinHeight(Region.USE_PREF_SIZE);
        return tag;
    }

    private static Label changeTag(Change change, String stronger, String weaker) {
        String text = switch (change) {
            case APPEARED -> "New";
            case RESOLVED -> "Resolved";
            case STRONGER -> stronger;
            case WEAKER -> weaker;
            case UNCHANGED -> "Same";
            case NOT_ASSESSED -> "Not assessed";
        };
        Label tag = new Label(text);
        tag.getStyleClass().addAll("change-tag",
                "change-" + change.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        return tag;
    }

    private static Label painChange(AssessmentComparison comparison) {
        if (comparison.painBefore().isEmpty() || comparison.painAfter().isEmpty()) {
            return new Label("–");
        }
        long delta = Math.round(comparison.painAfter().get() - comparison.painBefore().get());
        Label label = new Label(delta == 0 ? "Same" : (delta > 0 ? "+" : "−") + Math.abs(delta));
        label.getStyleClass().addAll("change-tag", delta > 0 ? "change-stronger" : delta < 0 ? "change-weaker"
                : "change-unchanged");
        return label;
    }

    private static String pain(Optional<Double> pain) {
        return pain.map(p -> Math.round(p) + " / 10").orElse("not given");
    }

    private static String strength(Optional<Strength> strength) {
        return strength.map(s -> switch (s) {
            case STRONG -> "Strong";
            case MODERATE -> "Moderate";
            case POSSIBLE -> "Possible";
        }).orElse("—");
    }
}
