package org.calfcheck.ui.coach;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.calfcheck.content.CareLevel;
import org.calfcheck.engine.Strength;
import org.calfcheck.store.Client;
import org.calfcheck.store.ClientStore;
import org.calfcheck.store.Fixtures;
import org.calfcheck.store.HistoryRow;
import org.calfcheck.ui.FxWait;
import org.calfcheck.ui.RecordingDialogService;
import org.calfcheck.ui.TaskRunner;
import org.calfcheck.ui.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes docs/images/coach-clients.png, coach-history.png and coach-compare.png (1280×800). Run with
 * {@code mvn -o -B test -Dtest=CoachScreenshots -Dexcluded.groups=none}.
 */
@Tag("screenshots")
@ExtendWith(ApplicationExtension.class)
class CoachScreenshots {

    private ClientStore store;
    private ExecutorService executor;
    private CoachPage page;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        Theme.LIGHT.apply();
        store = ClientStore.inFolder(Files.createTempDirectory("coach-shots"), Fixtures.clock());
        seed();
        executor = Executors.newSingleThreadExecutor();
        page = new CoachPage(store, new TaskRunner(executor), new RecordingDialogService(), s -> { },
                (s, name) -> { });
        scene = new Scene((Parent) page.view(), 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(
                Theme.class.getResource("calfcheck.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
        store.close();
    }

    private void seed() throws Exception {
        for (String name : new String[] {"Annie Samson", "Bo Stride", "Cleo Hill", "Dev Patel", "Eli Moreno",
                "Farah Aziz", "Gus Lindqvist", "Hana Sato"}) {
            store.addClient(name, "");
        }
        store.setArchived(store.addClient("Ivo Archer", "moved away").id(), true);
        Client sam = store.addClient("Sam Runner", "Half marathon in May; new shoes in October");
        Instant start = Instant.parse("2026-08-04T07:30:00Z");
        double[] pain = {7, 6, 6, 4, 3, 2};
        CareLevel[] care = {CareLevel.SOON, CareLevel.SOON, CareLevel.SELF_CARE, CareLevel.SELF_CARE,
                CareLevel.SELF_CARE, CareLevel.SELF_CARE};
        for (int i = 0; i < pain.length; i++) {
            Map<String, Strength> causes = i < 2
                    ? Map.of("overuse", Strength.STRONG, "footwear", Strength.MODERATE, "tight_calves",
                    Strength.POSSIBLE)
                    : i < 4 ? Map.of("overuse", Strength.MODERATE, "tight_calves", Strength.POSSIBLE)
                    : Map.of("tight_calves", Strength.POSSIBLE, "poor_warm_up", Strength.POSSIBLE);
            store.save(sam.id(), start.plus(i * 16L, ChronoUnit.DAYS), Fixtures.answers(pain[i]),
                    Fixtures.assessment(care[i], causes), i == 3 ? "Switched to new shoes" : "");
        }
    }

    /** Lets the FX thread lay out and draw what the last change asked for (two pulses: layout, then CSS on it). */
    private void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void coachScreens(FxRobot robot) throws Exception {
        FxWait.until(() -> page.clientList().shownClients().size() == 9);
        robot.interact(() -> page.clientList().filterProperty().set(""));
        settle();
        robot.interact(() -> page.clientList().selectedProperty().set(page.clientList().shownClients().stream()
                .filter(c -> c.name().equals("Sam Runner")).findFirst().orElseThrow()));
        FxWait.until(() -> robot.lookup("#history").queryTableView().getItems().size() == 6);
        TableView<HistoryRow> history = FxWait.read(() -> robot.lookup("#history").queryTableView());
        robot.interact(() -> history.getSelectionModel().select(2));
        settle();
        snapshot("coach-history.png");

        robot.interact(() -> {
            page.clientList().filterProperty().set("a");
            page.clientList().showArchivedProperty().set(true);
        });
        settle();
        snapshot("coach-clients.png");
        robot.interact(() -> {
            page.clientList().filterProperty().set("");
            page.clientList().showArchivedProperty().set(false);
            history.getSelectionModel().clearSelection();
            history.getSelectionModel().selectIndices(0, 5);
        });
        robot.clickOn("#compare");
        settle();
        snapshot("coach-compare.png");
    }

    private void snapshot(String name) throws Exception {
        WritableImage[] image = new WritableImage[1];
        Node root = scene.getRoot();
        WaitForAsyncUtils.asyncFx(() -> image[0] = root.snapshot(null, null)).get(10, TimeUnit.SECONDS);
        int width = (int) image[0].getWidth();
        int height = (int) image[0].getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image[0].getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Path target = Path.of(System.getProperty("user.dir"), "docs", "images", name);
        Files.createDirectories(target.getParent());
        ImageIO.write(out, "png", target.toFile());
    }
}
