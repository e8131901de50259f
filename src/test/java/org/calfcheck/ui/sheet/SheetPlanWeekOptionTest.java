package org.calfcheck.ui.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.calfcheck.engine.DistanceUnit;
import org.calfcheck.report.Paper;
import org.calfcheck.report.SheetFixtures;
import org.calfcheck.report.SheetRequest;
import org.calfcheck.report.SheetWriter;
import org.calfcheck.ui.FxWait;
import org.calfcheck.ui.RecordingDialogService;
import org.calfcheck.ui.TaskRunner;
import org.calfcheck.ui.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** "Include this week's recovery plan" in the sheet preview: offered with a plan, ticked by default, and obeyed. */
@ExtendWith(ApplicationExtension.class)
class SheetPlanWeekOptionTest {

    private static final String HEADING = "This week's recovery plan";

    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private Stage stage;
    private SheetPreviewViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Theme.LIGHT.apply();
        SheetRequest request = new SheetRequest(SheetFixtures.selfCare(), Optional.of("Sam"),
                SheetFixtures.PLAN_START.plusDays(4), Paper.A4, DistanceUnit.KM, Optional.empty())
                .withPlanWeek(Optional.of(SheetFixtures.planWeek(5, Set.of())));
        viewModel = new SheetPreviewViewModel(request, new SheetWriter(), new PageRenderer(50),
                (pdf, job) -> SheetPrinter.Outcome.CANCELLED, new RecordingDialogService(), new TaskRunner(executor));
        stage.setScene(new Scene(new SheetPreviewView(viewModel, stage::close), 760, 860));
        stage.show();
    }

    @AfterEach
    void stopWorker() {
        executor.shutdownNow();
    }

    private String sheetText() throws Exception {
        try (PDDocument document = Loader.loadPDF(FxWait.read(() -> viewModel.pdf().orElseThrow()))) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theBoxIsTickedAndUntickingTakesTheWeekOffTheSheet(FxRobot robot) throws Exception {
        FxWait.until(() -> viewModel.readyProperty().get() && !viewModel.busyProperty().get());
        assertTrue(FxWait.read(() -> robot.lookup("#sheet-plan-week").queryAs(CheckBox.class).isSelected()));
        assertTrue(sheetText().contains(HEADING), "ticked: the week is on the sheet");
        shoot();

        robot.clickOn("#sheet-plan-week");
        FxWait.until(() -> !viewModel.includePlanWeekProperty().get() && viewModel.readyProperty().get()
                && !viewModel.busyProperty().get());
        FxWait.until(() -> viewModel.request().planWeek().isEmpty());
        FxWait.until(() -> !viewModel.busyProperty().get());
        assertFalse(sheetText().contains(HEADING), "unticked: no plan section");
    }

    @Test
    void withoutAPlanThereIsNoBox() throws Exception {
        SheetPreviewViewModel plain = FxWait.read(() -> new SheetPreviewViewModel(
                viewModel.request().withPlanWeek(Optional.empty()), new SheetWriter(), new PageRenderer(50),
                (pdf, job) -> SheetPrinter.Outcome.CANCELLED, new RecordingDialogService(), new TaskRunner(executor)));
        SheetPreviewView view = FxWait.read(() -> new SheetPreviewView(plain, () -> { }));
        assertFalse(plain.hasPlanWeek());
        assertEquals(null, FxWait.read(() -> view.lookup("#sheet-plan-week")));
    }

    /** The preview with the box, to look at: target/screenshots/sheet-plan-week.png. */
    private void shoot() throws Exception {
        FxWait.until(() -> !viewModel.pagesProperty().isEmpty());
        WritableImage image = FxWait.read(() -> stage.getScene().getRoot().snapshot(null, null));
        BufferedImage out = new BufferedImage((int) image.getWidth(), (int) image.getHeight(),
                BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(Path.of("target/screenshots"));
        ImageIO.write(out, "png", Path.of("target/screenshots/sheet-plan-week.png").toFile());
    }
}
