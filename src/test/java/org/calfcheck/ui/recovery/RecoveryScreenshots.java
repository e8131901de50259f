package org.calfcheck.ui.recovery;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.calfcheck.store.ClientStore;
import org.calfcheck.ui.CalfCheckApp;
import org.calfcheck.ui.FxWait;
import org.calfcheck.ui.RecordingDialogService;
import org.calfcheck.ui.TaskRunner;
import org.calfcheck.ui.Theme;
import org.calfcheck.ui.coach.CheckReader;
import org.calfcheck.ui.coach.CoachPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes docs/images/my-recovery.png ("My recovery" with five days logged, 1280×800) and, to look at, the page in
 * dark, at 1024×700, with the check-in open, and the coach's section, under target/recovery-shots. Run with
 * {@code mvn -o -B test -Dtest=RecoveryScreenshots -Dexcluded.groups=none}.
 */
@Tag("screenshots")
@ExtendWith(ApplicationExtension.class)
class RecoveryScreenshots {

    private static final LocalDate TODAY = RecoveryFixtures.START.plusDays(6);

    private ClientStore store;
    private ExecutorService executor;
    private RecoveryFixtures fixtures;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        Theme.LIGHT.apply();
        fixtures = new RecoveryFixtures(Files.createTempDirectory("recovery-shots"));
        store = fixtures.store(TODAY);
        fixtures.meWithAWeek(store);
        executor = Executors.newSingleThreadExecutor();
        this.stage = stage;
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
        store.close();
        FxWait.read(() -> {
            Theme.LIGHT.apply();
            return true;
        });
    }

    @Test
    void recoveryScreens(FxRobot robot) throws Exception {
        MyRecoveryPage page = FxWait.read(() -> new MyRecoveryPage(fixtures.book(store, TODAY),
                new TaskRunner(executor), new RecordingDialogService(), java.util.Optional.of(sheet -> { })));
        Scene scene = FxWait.read(() -> {
            Scene shown = new Scene((Parent) page.view(), 1280, 800);
            shown.getStylesheets().add(CalfCheckApp.STYLESHEET);
            stage.setScene(shown);
            stage.show();
            return shown;
        });
        FxWait.until(() -> page.model().log().size() == 5);
        snapshot(scene.getRoot(), docs("my-recovery.png"));
        Node content = FxWait.read(() -> robot.lookup("#my-recovery").query());
        snapshot(content, shot("my-recovery-whole-light.png"));
        robot.interact(Theme.DARK::apply);
        snapshot(content, shot("my-recovery-whole-dark.png"));
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        robot.clickOn("#open-checkin");
        robot.interact(() -> {
            page.model().form().heelSoreProperty().set("lots");
            page.model().form().dateProperty().set(TODAY.plusDays(1));
            page.model().form().save();
        });
        snapshot(content, shot("my-recovery-checkin-1024-dark.png"));
        robot.interact(Theme.LIGHT::apply);
        snapshot(content, shot("my-recovery-checkin-1024-light.png"));

        CoachPage coach = FxWait.read(() -> new CoachPage(store, new TaskRunner(executor),
                new RecordingDialogService(), s -> { }, (s, name) -> { }, CheckReader.UNAVAILABLE,
                Optional.of(fixtures.book(store, TODAY))));
        robot.interact(() -> scene.setRoot((Parent) coach.view()));
        FxWait.until(() -> coach.clientList().shownClients().size() == 1);
        robot.interact(() -> coach.clientList().selectedProperty().set(coach.clientList().shownClients().get(0)));
        FxWait.until(() -> robot.lookup("#client-recovery #recovery-log").queryTableView().getItems().size() == 5);
        snapshot(FxWait.read(() -> robot.lookup(".client-page").query()), shot("coach-recovery-1024.png"));
    }

    private static Path docs(String name) {
        return Path.of(System.getProperty("user.dir"), "docs", "images", name);
    }

    private static Path shot(String name) {
        return Path.of(System.getProperty("user.dir"), "target", "recovery-shots", name);
    }

    private static void snapshot(Node node, Path target) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> {
            node.applyCss();
            image[0] = node.snapshot(null, null);
        }).get(10, TimeUnit.SECONDS);
        int width = (int) image[0].getWidth();
        int height = (int) image[0].getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image[0].getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(target.getParent());
        ImageIO.write(out, "png", target.toFile());
    }
}
