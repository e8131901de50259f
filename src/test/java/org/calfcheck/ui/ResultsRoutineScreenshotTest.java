package org.calfcheck.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The whole results column of an urgent and a self-care check, as pictures in target/screens, to look at. */
@Tag("screenshots")
@ExtendWith(ApplicationExtension.class)
class ResultsRoutineScreenshotTest {

    private ResultsWindow window;

    @Start
    void start(Stage stage) {
        window = new ResultsWindow(stage);
    }

    @Test
    void writeTheWholeResultsOfAnUrgentAndASelfCareCheck(FxRobot robot) throws Exception {
        shoot(robot, "urgent-clot-rest-pain-on-the-pill", "whole-results-urgent.png");
        shoot(robot, "self-care-mileage-jump-fifty-percent", "whole-results-self-care.png");
    }

    private void shoot(FxRobot robot, String vignette, String file) throws Exception {
        ResultsView view = window.show(robot, vignette);
        Scene scene = window.stage().getScene();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> {
            view.setPrefWidth(820);
            scene.getStylesheets().setAll(CalfCheckApp.STYLESHEET);
            Theme.LIGHT.apply();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> image[0] = scene.getRoot().snapshot(null, null));
        Path dir = Files.createDirectories(Path.of("target", "screens"));
        BufferedImage out = new BufferedImage((int) image[0].getWidth(), (int) image[0].getHeight(),
                BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, image[0].getPixelReader().getArgb(x, y));
            }
        }
        ImageIO.write(out, "png", dir.resolve(file).toFile());
        assertTrue(Files.size(dir.resolve(file)) > 0);
    }
}
