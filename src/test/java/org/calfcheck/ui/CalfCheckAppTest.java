package org.calfcheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window as the app builds it, with content that cannot be loaded. */
@ExtendWith(ApplicationExtension.class)
class CalfCheckAppTest {

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final TestWindow.InMemoryThemeStore themes = new TestWindow.InMemoryThemeStore();

    @Start
    void start(Stage stage) {
        java.util.function.Supplier<ContentOutcome> broken = () -> new ContentOutcome.Failed("The content in packaged content has 2 problems.",
                List.of("causes.json $.causes[2].title: missing", "rules.json line 3, column 7: unexpected ','"));
        new CalfCheckApp(new AppSetup(broken, EngineAssessor::of, ResultActions.NONE, List.of()), themes,
                new InlineRunner(), owner -> dialogs).start(stage, () -> { });
    }

    @Test
    void brokenContentListsEveryProblemAndKeepsStartOff(FxRobot robot) throws Exception {
        FxWait.until(() -> !dialogs.shown("error").isEmpty());

        RecordingDialogService.Shown error = dialogs.shown("error").get(0);
        assertEquals(2, error.details().size());
        assertTrue(error.details().get(0).startsWith("causes.json $.causes[2].title"));
        assertTrue(FxWait.read(() -> robot.lookup("#start").query().isDisabled()));
        assertTrue(FxWait.read(() -> robot.lookup("#welcome-status").queryLabeled().getText())
                .startsWith("The content in"));
    }

    @Test
    void theThemeToggleSwitchesToDarkAndRemembersIt(FxRobot robot) throws Exception {
        robot.clickOn("#theme-toggle");

        FxWait.until(() -> themes.load().equals(java.util.Optional.of(Theme.DARK)));
        assertEquals("Light mode", FxWait.read(() -> robot.lookup("#theme-toggle").queryLabeled().getText()));
        robot.clickOn("#theme-toggle");
        FxWait.until(() -> themes.load().equals(java.util.Optional.of(Theme.LIGHT)));
    }
}
