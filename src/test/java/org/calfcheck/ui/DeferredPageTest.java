package org.calfcheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DeferredPageTest {

    private final AtomicInteger started = new AtomicInteger();
    private final CompletableFuture<Page> real = new CompletableFuture<>();
    private DeferredPage page;

    @Start
    void start(Stage stage) {
        page = new DeferredPage("Coach", "Opening your clients…", () -> {
            started.incrementAndGet();
            return real;
        });
        stage.setScene(new Scene(new StackPane(page.view()), 400, 300));
        stage.show();
    }

    @Test
    void theSlowWorkStartsOnlyAfterTheFirstFrameAndOnlyOnce(FxRobot robot) {
        assertEquals(0, started.get());
        robot.interact(page::afterFirstFrame);
        robot.interact(page::afterFirstFrame);
        assertEquals(1, started.get());
    }

    @Test
    void aPlaceholderShowsUntilTheRealPageIsThere(FxRobot robot) throws Exception {
        robot.interact(page::afterFirstFrame);
        assertTrue(FxWait.read(() -> robot.lookup("#page-waiting").tryQuery().isPresent()));
        assertTrue(FxWait.read(() -> robot.lookup("Opening your clients…").tryQuery().isPresent()));

        Label content = new Label("the coach page");
        content.setId("real-content");
        real.complete(new Page() {
            public String name() {
                return "Coach";
            }

            public Node view() {
                return content;
            }

            public void reset() {
            }
        });
        FxWait.until(() -> robot.lookup("#real-content").tryQuery().isPresent());
        assertFalse(FxWait.read(() -> robot.lookup("#page-waiting").tryQuery().isPresent()));
    }

    @Test
    void anOpeningThatFailsSaysSoInsteadOfWaitingForEver(FxRobot robot) throws Exception {
        robot.interact(page::afterFirstFrame);

        real.completeExceptionally(new IllegalStateException("the database driver is missing"));

        FxWait.until(() -> robot.lookup("#page-failed").tryQuery().isPresent());
        assertFalse(FxWait.read(() -> robot.lookup("#page-waiting").tryQuery().isPresent()));
        String shown = FxWait.read(() -> robot.lookup("#page-failed .label").queryAllAs(Label.class).stream()
                .map(Label::getText).collect(java.util.stream.Collectors.joining(" ")));
        assertTrue(shown.contains("The Coach page could not be opened.") && shown.contains("driver is missing"),
                shown);
    }
}
