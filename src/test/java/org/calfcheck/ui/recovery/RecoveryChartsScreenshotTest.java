package org.calfcheck.ui.recovery;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.calfcheck.ui.CalfCheckApp;
import org.calfcheck.ui.FxWait;
import org.calfcheck.ui.Theme;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Pictures of the recovery charts in both themes, to look at: target/screenshots/recovery-charts-*.png. */
@Tag("screenshots")
@ExtendWith(ApplicationExtension.class)
class RecoveryChartsScreenshotTest {

    private Stage stage;
    private RecoveryCharts charts;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        charts = new RecoveryCharts();
        Scene scene = new Scene(charts, 760, 620);
        scene.getStylesheets().add(CalfCheckApp.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void bothThemes(FxRobot robot) throws Exception {
        for (Theme theme : Theme.values()) {
            robot.interact(() -> {
                theme.apply();
                charts.show(RecoveryChartsTest.week());
            });
            shoot(robot, "recovery-charts-" + theme.name().toLowerCase(java.util.Locale.ROOT) + ".png");
        }
        robot.interact(() -> charts.show(java.util.List.of()));
        shoot(robot, "recovery-charts-empty.png");
    }

    private void shoot(FxRobot robot, String file) throws Exception {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        WritableImage image = FxWait.read(() -> stage.getScene().getRoot().snapshot(null, null));
        BufferedImage out = new BufferedImage((int) image.getWidth(), (int) image.getHeight(),
                BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(out, "png", dir.resolve(file).toFile());
    }
}
