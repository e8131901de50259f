package org.calfcheck.ui.recovery;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.calfcheck.engine.RaisedFlag;
import org.calfcheck.engine.recovery.StageView;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One client's recovery, as the runner's page and the coach's client page both show it: today's decision and its
 * reason, the pause and its care level, the stage with its exercises, the check-in form, the charts and the log.
 * Everything comes from the view-model as the engine computed it.
 */
public final class RecoveryView extends VBox {

    private final RecoveryCharts charts = new RecoveryCharts();
    private final CheckInView form;
    private final VBox formHolder = new VBox();

    /** @param compact the coach's section: tighter, with a shorter log */
    public RecoveryView(RecoveryViewModel model, boolean compact) {
        super(compact ? 10 : 14);
        getStyleClass().add("recovery-view");
        setId(compact ? "client-recovery" : "my-recovery");

        Label noPlan = CheckInView.wrapped("");
        noPlan.setId("recovery-no-plan");
        noPlan.textProperty().bind(model.noPlanProperty());
        Button start = new Button("Start a recovery _plan", new FontIcon(Feather.PLAY));
        start.setId("start-plan");
        start.setMinWidth(Region.USE_PREF_SIZE);
        start.setOnAction(e -> model.startFromLatest());
        start.getStyleClass().add("accent");
        HBox noPlanRow = new HBox(12, noPlan, start);
        noPlanRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(noPlan, Priority.ALWAYS);
        shownWhen(noPlanRow, model.hasPlanProperty().not());

        Button checkIn = new Button("_Check in…", new FontIcon(Feather.EDIT_3));
        checkIn.setId("open-checkin");
        checkIn.setMinWidth(Region.USE_PREF_SIZE);
        checkIn.setAccessibleText("Fill in today's check-in");
        form = new CheckInView(model.form(), () -> formHolder.getChildren().clear());
        checkIn.setOnAction(e -> {
            formHolder.getChildren().setAll(form);
            form.lookup("#checkin-date").requestFocus();
        });

        VBox today = today(model, checkIn);
        VBox paused = paused(model);
        VBox stage = stage(model);
        // the form opens right under today's decision, where the button is, not below the fold
        VBox planParts = new VBox(compact ? 10 : 14, today, formHolder, paused, stage);
        formHolder.managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(formHolder.getChildren()));
        planParts.getChildren().addAll(charts, logSection(model, compact));
        shownWhen(planParts, model.hasPlanProperty());

        model.checkIns().addListener((ListChangeListener<org.calfcheck.engine.recovery.CheckIn>) change ->
                charts.show(List.copyOf(model.checkIns())));
        model.stateProperty().addListener((obs, old, now) -> {
            if (now != null) {
                form.showWarningSigns(now.warningSigns());
            }
        });
        getChildren().addAll(noPlanRow, planParts);
    }

    private static VBox today(RecoveryViewModel model, Button checkIn) {
        Label heading = new Label();
        heading.setId("recovery-decision");
        heading.getStyleClass().add("subheading");
        heading.textProperty().bind(model.decisionProperty().map(d -> "Today: " + d));
        heading.setMinWidth(Region.USE_PREF_SIZE);
        Label reason = CheckInView.wrapped("");
        reason.setId("recovery-reason");
        reason.textProperty().bind(model.reasonProperty());
        HBox top = new HBox(12, heading, spacerOf());
        if (model.canPrint()) {
            Button print = new Button("Print this _week…", new FontIcon(Feather.PRINTER));
            print.setId("print-plan-week");
            print.setMinWidth(Region.USE_PREF_SIZE);
            print.setAccessibleText("Open the routine sheet with this week's recovery plan");
            print.setOnAction(e -> model.printWeek());
            top.getChildren().add(print);
        }
        top.getChildren().add(checkIn);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, top, reason);
        box.setId("recovery-today");
        box.getStyleClass().add("card-box");
        return box;
    }

    /** The one wording of the care level the warning signs gave, and the red flags with what to do. */
    private static VBox paused(RecoveryViewModel model) {
        Label title = CheckInView.wrapped("");
        title.setId("recovery-care-title");
        title.getStyleClass().add("banner-title");
        Label detail = CheckInView.wrapped("");
        detail.getStyleClass().add("banner-detail");
        VBox flags = new VBox(6);
        VBox box = new VBox(8, new Label("The plan is paused"), title, detail, flags);
        box.setId("recovery-paused");
        box.getStyleClass().add("care-banner");
        model.careProperty().addListener((obs, old, now) -> {
            box.getStyleClass().removeIf(c -> c.startsWith("care-") && !c.equals("care-banner"));
            if (now != null) {
                box.getStyleClass().add(now.styleClass());
                title.setText(now.title());
                detail.setText(now.detail());
                box.setAccessibleText("The plan is paused. " + now.title() + ". " + now.detail());
            }
        });
        model.flags().addListener((ListChangeListener<RaisedFlag>) change -> flags.getChildren().setAll(
                model.flags().stream().map(f -> (Node) CheckInView.wrapped(f.title() + ": " + f.action())).toList()));
        shownWhen(box, model.pausedProperty());
        return box;
    }

    private static VBox stage(RecoveryViewModel model) {
        Label heading = CheckInView.wrapped("");
        heading.setId("recovery-stage");
        heading.getStyleClass().add("subheading");
        heading.textProperty().bind(model.stageHeadingProperty());
        Label today = CheckInView.wrapped("");
        today.setId("recovery-stage-today");
        today.textProperty().bind(model.stageTodayProperty());
        VBox items = new VBox(4);
        items.setId("recovery-exercises");
        model.exercises().addListener((ListChangeListener<StageView.Item> ) change -> items.getChildren().setAll(
                model.exercises().stream().map(RecoveryView::exercise).toList()));
        VBox box = new VBox(8, heading, today, items);
        box.setId("recovery-stage-card");
        box.getStyleClass().add("card-box");
        return box;
    }

    private static Node exercise(StageView.Item item) {
        Label title = CheckInView.wrapped("• " + item.title());
        title.getStyleClass().add("item-title");
        if (item.dose().isEmpty()) {
            return title;
        }
        Label dose = new Label(item.dose());
        dose.getStyleClass().add("dose");
        dose.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane line = new FlowPane(10, 4, title, dose);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private static VBox logSection(RecoveryViewModel model, boolean compact) {
        Label heading = new Label("Log");
        heading.getStyleClass().add("section-label");
        TableView<LogRow> table = new TableView<>(model.log());
        table.setId("recovery-log");
        table.setAccessibleText("Check-in log");
        table.setPlaceholder(new Label("No check-ins yet."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(compact ? 220 : 300);
        table.setMinHeight(120);
        table.getColumns().add(column("Date", 112, "Date of the check-in", r -> r.day().toString()));
        table.getColumns().add(column("Did", 125, "What was done the day before", LogRow::activity));
        if (compact) {
            // the coach's page is narrower: the three pains in one column, during / after / next morning
            table.getColumns().add(column("Pain d / a / m", 120, "Pain during / after / the next morning",
                    r -> r.painDuring().replace("/10", "") + " / " + r.painAfter().replace("/10", "") + " / "
                            + r.painMorning().replace("/10", "")));
        } else {
            table.getColumns().add(column("During", 72, "Pain during the activity", LogRow::painDuring));
            table.getColumns().add(column("After", 62, "Pain after the activity", LogRow::painAfter));
            table.getColumns().add(column("Morning", 84, "Pain the next morning", LogRow::painMorning));
        }
        table.getColumns().add(column("Stiffness", 88, "Stiffness the next morning", LogRow::stiffness));
        table.getColumns().add(column("Heel raises", 104, "Heel raises: sore leg / other leg", LogRow::heelRaises));
        table.getColumns().add(column("Decision", 90, "The plan's decision that day", LogRow::decision));
        return new VBox(6, heading, table);
    }

    private static TableColumn<LogRow, String> column(String name, double width, String meaning,
                                                      java.util.function.Function<LogRow, String> value) {
        TableColumn<LogRow, String> column = new TableColumn<>();
        Label header = new Label(name);
        header.setTooltip(new javafx.scene.control.Tooltip(meaning));
        header.setAccessibleText(meaning);
        header.setMinWidth(Region.USE_PREF_SIZE);
        column.setGraphic(header);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setMinWidth(width);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
            }
        });
        return column;
    }

    private static void shownWhen(Node node, ObservableValue<Boolean> shown) {
        node.managedProperty().bind(shown);
        node.visibleProperty().bind(shown);
    }

    private static Region spacerOf() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    /** Opens the check-in form (the page's "Check in…"). */
    public void openCheckIn() {
        formHolder.getChildren().setAll(form);
    }
}
