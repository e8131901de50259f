package org.calfcheck.ui.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.print.PrinterException;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.calfcheck.engine.DistanceUnit;
import org.calfcheck.report.Paper;
import org.calfcheck.report.SheetFixtures;
import org.calfcheck.report.SheetRequest;
import org.calfcheck.report.SheetWriter;
import org.calfcheck.ui.FxWait;
import org.calfcheck.ui.RecordingDialogService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SheetPreviewViewTest {

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private SheetPreviewViewModel viewModel;
    private FigureNode figure;
    private final java.util.concurrent.ExecutorService executor = java.util.concurrent.Executors.newSingleThreadExecutor();

    @org.junit.jupiter.api.BeforeEach
    void sheetReady() throws Exception {
        FxWait.until(() -> viewModel.readyProperty().get() && !viewModel.busyProperty().get());
    }

    @org.junit.jupiter.api.AfterEach
    void stopWorker() throws Exception {
        executor.shutdown();
        executor.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
    }
    private final java.util.concurrent.atomic.AtomicInteger closes = new java.util.concurrent.atomic.AtomicInteger();

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        // built on a worker as in the app: the FX thread stays free for the robot, even on a busy machine
        org.calfcheck.ui.TaskRunner inline = new org.calfcheck.ui.TaskRunner(executor);
        SheetPrinter noPrinter = (pdf, job) -> {
            throw new PrinterException("No print service found");
        };
        SheetRequest request = new SheetRequest(SheetFixtures.longestRoutine(), Optional.of("Zoë"),
                LocalDate.of(2026, 11, 24), Paper.A4, DistanceUnit.KM, Optional.empty());
        viewModel = new SheetPreviewViewModel(request, new SheetWriter(), new PageRenderer(50), noPrinter, dialogs,
                inline);
        figure = FigureNode.forExercise("st_wall_calf", 100);
        stage.setScene(new Scene(new VBox(new SheetPreviewView(viewModel, closes::incrementAndGet), figure), 800, 700));
        stage.show();
        stage.requestFocus();
    }

    @Test
    void showsOneImagePerPageAndTheStatus(FxRobot robot) {
        assertEquals(2, (int) FxWait.read(() -> robot.lookup(n -> n instanceof ImageView).queryAll().size()));
        assertEquals("2 pages, A4", FxWait.read(() -> robot.lookup("#sheet-status").queryAs(Label.class).getText()));
    }

    @Test
    void choosingLetterReRendersThePreview(FxRobot robot) throws Exception {
        robot.interact(() -> viewModel.paperProperty().set(Paper.LETTER));
        FxWait.until(() -> "2 pages, US Letter".equals(robot.lookup("#sheet-status").queryAs(Label.class).getText()));
        assertEquals(Paper.LETTER, FxWait.read(() -> robot.lookup("#sheet-paper").queryAs(ChoiceBox.class).getValue()));
        assertEquals("2 pages, US Letter",
                FxWait.read(() -> robot.lookup("#sheet-status").queryAs(Label.class).getText()));
    }

    @Test
    void clickingPrintWithoutAPrinterShowsAMessageAndKeepsTheWindowUsable(FxRobot robot) throws Exception {
        robot.clickOn("#sheet-print");
        FxWait.until(() -> dialogs.shown("error").size() == 1);
        assertFalse(FxWait.read(() -> robot.lookup("#sheet-print").queryAs(Button.class).isDisabled()));
    }

    @Test
    void closeAndEscapeCloseThePreview(FxRobot robot) throws Exception {
        robot.clickOn("#sheet-close");
        FxWait.until(() -> closes.get() == 1);

        robot.interact(() -> robot.lookup("#sheet-print").query().requestFocus());
        robot.type(javafx.scene.input.KeyCode.ESCAPE);

        FxWait.until(() -> closes.get() == 2);
    }

    @Test
    void aNameReachesTheSheetWhileTheCoachIsStillInTheField(FxRobot robot) throws Exception {
        robot.clickOn("#sheet-name").type(javafx.scene.input.KeyCode.END, javafx.scene.input.KeyCode.X);

        FxWait.until(() -> "Zoëx".equals(viewModel.nameProperty().get()));
        assertTrue(FxWait.read(() -> robot.lookup("#sheet-name").query().isFocused()));
    }

    @Test
    void previewSnapshotIsWrittenForLookingAt(FxRobot robot) throws Exception {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = robot.lookup(".sheet-preview").query().getScene().getRoot().snapshot(null, null));
        int w = (int) shot[0].getWidth();
        int h = (int) shot[0].getHeight();
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(w, h,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, shot[0].getPixelReader().getArgb(x, y));
            }
        }
        java.nio.file.Path out = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "sheets"));
        assertTrue(javax.imageio.ImageIO.write(image, "png", out.resolve("preview-window.png").toFile()));
    }

    @Test
    void figureNodeDrawsInkAndTheAccentArrow(FxRobot robot) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = figure.snapshot(null, null));
        PixelReader pixels = shot[0].getPixelReader();
        int dark = 0;
        int orange = 0;
        for (int y = 0; y < shot[0].getHeight(); y++) {
            for (int x = 0; x < shot[0].getWidth(); x++) {
                Color c = pixels.getColor(x, y);
                if (c.getOpacity() > 0.5 && c.getBrightness() < 0.3) {
                    dark++;
                }
                if (c.getOpacity() > 0.5 && c.getRed() > 0.6 && c.getBlue() < 0.2) {
                    orange++;
                }
            }
        }
        assertTrue(dark > 100, "body lines drawn: " + dark);
        assertTrue(orange > 10, "accent arrow drawn: " + orange);
    }
}
