package org.calfcheck.ui.sheet;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.effect.DropShadow;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;
import org.calfcheck.report.Paper;

/**
 * The routine sheet preview: paper and name at the top, the pages as they will print, Print, Save as PDF and Close.
 * All behaviour lives in {@link SheetPreviewViewModel}; this class only binds controls to it.
 */
public final class SheetPreviewView extends BorderPane {

    /** Width a page is shown at on screen, in pixels; the pages are rendered a little larger for sharpness. */
    static final double PAGE_WIDTH = 620;

    private final SheetPreviewViewModel viewModel;
    private final VBox pageColumn = new VBox(16);

    private final Runnable onClose;

    /** @param onClose closes the preview's window (the Close button, and Escape) */
    public SheetPreviewView(SheetPreviewViewModel viewModel, Runnable onClose) {
        this.viewModel = viewModel;
        this.onClose = onClose;
        getStyleClass().add("sheet-preview");
        getStylesheets().add(java.util.Objects.requireNonNull(
                SheetPreviewView.class.getResource("sheet-preview.css")).toExternalForm());
        setTop(toolbar());
        setCenter(pages());
        setBottom(statusBar());
        viewModel.pagesProperty().addListener((ListChangeListener<RenderedPage>) change -> showPages());
        showPages();
    }

    private Region toolbar() {
        ChoiceBox<Paper> paper = new ChoiceBox<>();
        paper.getItems().setAll(Paper.values());
        paper.setConverter(new StringConverter<>() {
            @Override
            public String toString(Paper p) {
                return p == null ? "" : p.label();
            }

            @Override
            public Paper fromString(String text) {
                return Paper.parse(text).orElse(Paper.A4);
            }
        });
        paper.valueProperty().bindBidirectional(viewModel.paperProperty());
        paper.setId("sheet-paper");
        Label paperLabel = new Label("Paper");
        paperLabel.setLabelFor(paper);

        TextField name = new TextField(viewModel.nameProperty().get());
        name.setId("sheet-name");
        name.setPromptText("Name on the sheet (optional)");
        name.setPrefColumnCount(18);
        name.setAccessibleText("Name on the sheet");
        // the sheet is rebuilt once typing pauses (not on every key press), and at once on Enter or leaving the field
        javafx.animation.PauseTransition typing = new javafx.animation.PauseTransition(javafx.util.Duration.millis(400));
        typing.setOnFinished(e -> viewModel.nameProperty().set(name.getText()));
        name.textProperty().addListener((obs, old, now) -> typing.playFromStart());
        name.setOnAction(e -> {
            typing.stop();
            viewModel.nameProperty().set(name.getText());
        });
        name.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                typing.stop();
                viewModel.nameProperty().set(name.getText());
            }
        });
        name.setMinWidth(120);
        HBox.setHgrow(name, Priority.SOMETIMES);
        Label nameLabel = new Label("Name");
        nameLabel.setLabelFor(name);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Button print = new Button("Print…");
        print.setId("sheet-print");
        print.setOnAction(e -> viewModel.print());
        Button save = new Button("Save as PDF…");
        save.setId("sheet-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.setOnAction(e -> viewModel.saveAsPdf());
        print.disableProperty().bind(viewModel.readyProperty().not().or(viewModel.busyProperty()));
        save.disableProperty().bind(viewModel.readyProperty().not().or(viewModel.busyProperty()));
        Button close = new Button("Close");
        close.setId("sheet-close");
        close.setCancelButton(true); // Escape closes the preview
        close.setOnAction(e -> onClose.run());

        HBox bar = new HBox(8, paperLabel, paper, nameLabel, name, spacer, print, save, close);
        // the field gives way when the window is narrow; words and buttons keep their whole text
        for (Region whole : List.of(paperLabel, paper, nameLabel, print, save, close)) {
            whole.setMinWidth(Region.USE_PREF_SIZE);
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 16, 10, 16));
        if (!viewModel.hasPlanWeek()) {
            return bar;
        }
        // a row of its own, only for a client with a recovery plan: the bar above stays as roomy as before
        CheckBox planWeek = new CheckBox("Include this week's recovery plan");
        planWeek.setId("sheet-plan-week");
        planWeek.selectedProperty().bindBidirectional(viewModel.includePlanWeekProperty());
        HBox row = new HBox(planWeek);
        row.setPadding(new Insets(0, 16, 10, 16));
        return new javafx.scene.layout.VBox(bar, row);
    }

    private Region pages() {
        pageColumn.setAlignment(Pos.TOP_CENTER);
        pageColumn.setPadding(new Insets(20));
        pageColumn.getStyleClass().add("sheet-pages");
        ScrollPane scroll = new ScrollPane(pageColumn);
        scroll.setFitToWidth(true);
        scroll.setId("sheet-pages");
        return scroll;
    }

    private Region statusBar() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(16, 16);
        progress.visibleProperty().bind(viewModel.busyProperty());
        Label status = new Label();
        status.setId("sheet-status");
        status.textProperty().bind(viewModel.statusProperty());
        HBox bar = new HBox(8, progress, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 16, 8, 16));
        return bar;
    }

    private void showPages() {
        pageColumn.getChildren().clear();
        for (RenderedPage page : viewModel.pagesProperty()) {
            ImageView view = new ImageView(toImage(page));
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.setFitWidth(PAGE_WIDTH);
            view.setEffect(new DropShadow(8, Color.rgb(0, 0, 0, 0.25)));
            pageColumn.getChildren().add(view);
        }
    }

    static WritableImage toImage(RenderedPage page) {
        WritableImage image = new WritableImage(page.width(), page.height());
        image.getPixelWriter().setPixels(0, 0, page.width(), page.height(), PixelFormat.getIntArgbInstance(),
                page.argb(), 0, page.width());
        return image;
    }
}
