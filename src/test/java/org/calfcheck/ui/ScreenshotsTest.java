package org.calfcheck.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.DistanceUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The pictures in docs/images, made headless at 1280×800. Not part of the normal run:
 * {@code mvn -o -B test -Dgroups=screenshots -Dexcluded.groups=none -Dtest=ScreenshotsTest}.
 */
@Tag("screenshots")
@ExtendWith(ApplicationExtension.class)
class ScreenshotsTest {

    private static final Path IMAGES = Path.of("docs", "images");

    private final ThemeViewModel theme = new ThemeViewModel(new TestWindow.InMemoryThemeStore());
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private CheckFlowViewModel flow;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        flow = TestWindow.show(stage, UiFixtures.content(), dialogs,
                ResultActions.NONE.withRoutineSheet(a -> { }).withSaveToClient(c -> { }).withStartPlan(c -> { }),
                theme, new OtherPage("My recovery"), new OtherPage("Coach"));
    }

    /** The real window's other pages, so the header's navigation is the one people see; never opened here. */
    private record OtherPage(String name) implements Page {
        @Override
        public Node view() {
            return new javafx.scene.layout.Region();
        }

        @Override
        public void reset() {
        }
    }

    @Test
    void writeTheUserGuidePictures(FxRobot robot) throws Exception {
        Files.createDirectories(IMAGES);
        shoot(robot, "welcome.png");

        robot.interact(() -> flow.welcome().start());
        WizardViewModel wizard = flow.wizardProperty().get().orElseThrow();
        robot.interact(() -> {
            wizard.question("breathless_chest_pain").choose("no");
            wizard.question("foot_cold_pale_numb").choose("no");
            wizard.question("calf_tense_swelling").choose("no");
            wizard.question("saddle_numb_or_bladder").choose("no");
            wizard.question("dark_urine").choose("no");
            wizard.question("very_unwell").choose("no");
            wizard.next();
        });
        shoot(robot, "questionnaire.png");

        robot.interact(() -> {
            fill(wizard, UiFixtures.vignette("self-care-all-safety-answers-no"));
            wizard.next();
            wizard.question("pain_areas").toggle("right_achilles", true);
        });
        robot.interact(() -> robot.lookup("#area-left_lower_calf").query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup(".page-scroll").queryAs(CenteredColumn.class)
                .reveal(robot.lookup("#q-pain_areas").query()));
        shoot(robot, "body-map.png");

        results(robot, "self-care-mileage-jump-fifty-percent", "results-self-care.png");
        robot.interact(() -> robot.lookup("#because-training_progression")
                .queryAs(javafx.scene.control.TitledPane.class).setExpanded(true));
        reveal(robot, "#causes");
        shoot(robot, "results-causes.png");
        reveal(robot, "#routine");
        shoot(robot, "results-routine.png");
        results(robot, "urgent-clot-rest-pain-on-the-pill", "results-urgent.png");
        results(robot, "emergency-breathless-with-calf-pain", "results-emergency.png");

        // the smallest supported window, for a look (not for the docs)
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        shootTo(robot, Path.of("target", "screens"), "small-results-emergency.png");
        robot.interact(() -> {
            dialogs.answerConfirm(true);
            flow.startOver();
        });
        shootTo(robot, Path.of("target", "screens"), "small-welcome.png");
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });

        robot.interact(theme::toggle);
        results(robot, "self-care-mileage-jump-fifty-percent", "results-self-care-dark.png");
        results(robot, "urgent-clot-rest-pain-on-the-pill", "results-urgent-dark.png");
        robot.interact(theme::toggle);
        robot.interact(() -> Theme.LIGHT.apply());
    }

    private void results(FxRobot robot, String vignette, String file) throws Exception {
        robot.interact(() -> {
            dialogs.answerConfirm(true);
            flow.startOver();
            flow.welcome().unitsProperty().set(DistanceUnit.KM);
            flow.welcome().start();
        });
        WizardViewModel wizard = flow.wizardProperty().get().orElseThrow();
        robot.interact(() -> {
            fill(wizard, UiFixtures.vignette(vignette));
            for (int i = 0; i < wizard.sectionCount(); i++) {
                wizard.next();
            }
        });
        FxWait.until(() -> flow.getStep() == CheckFlowViewModel.Step.RESULTS);
        shoot(robot, file);
    }

    private static void reveal(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup(".page-scroll").queryAs(CenteredColumn.class)
                .reveal(robot.lookup(query).query()));
    }

    private void shoot(FxRobot robot, String file) throws Exception {
        shootTo(robot, IMAGES, file);
    }

    private void shootTo(FxRobot robot, Path dir, String file) throws Exception {
        Files.createDirectories(dir);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = stage.getScene().getRoot().snapshot(null, null));
        write(image[0], dir.resolve(file));
    }

    /** WritableImage to PNG without javafx-swing. */
    private static void write(WritableImage image, Path file) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(out, "png", file.toFile());
    }

    private static void fill(WizardViewModel wizard, Answers answers) {
        answers.values().forEach((id, answer) -> AnswerSetter.set(wizard.question(id), answer));
    }
}
