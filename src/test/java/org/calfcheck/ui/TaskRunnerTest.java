package org.calfcheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The app's one runner for slow work: results and failures come back on the FX thread, never as a throw. */
class TaskRunnerTest {

    @BeforeAll
    static void fxThread() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void workAskedForAfterTheExecutorWasShutDownIsDroppedNotThrownIntoTheFxThreadNorReported() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        executor.shutdown();
        List<Object> done = new CopyOnWriteArrayList<>();
        List<Exception> failed = new CopyOnWriteArrayList<>();

        // as a listener on the FX thread would ask, after the window closed: nothing may throw, and nothing may be
        // reported either, since a failure callback opens a dialog while the app is closing (seen: GTK crashed
        // when the app exited under that dialog's nested event loop)
        WaitForAsyncUtils.asyncFx(() -> new TaskRunner(executor).run(() -> "never", done::add, failed::add)).get();
        WaitForAsyncUtils.asyncFx(() -> new TaskRunner(executor).run(() -> "never", done::add, failed::add)).get();
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(), done);
        assertEquals(List.of(), failed);
    }

    @Test
    void theResultAndAFailureArriveOnTheFxThread() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            List<Boolean> onFxThread = new CopyOnWriteArrayList<>();
            List<Object> seen = new CopyOnWriteArrayList<>();
            TaskRunner runner = new TaskRunner(executor);
            runner.run(() -> 42, value -> {
                onFxThread.add(javafx.application.Platform.isFxApplicationThread());
                seen.add(value);
            }, e -> seen.add(e));
            runner.run(() -> {
                throw new java.io.IOException("disk full");
            }, value -> seen.add(value), e -> {
                onFxThread.add(javafx.application.Platform.isFxApplicationThread());
                seen.add(e.getMessage());
            });
            FxWait.until(() -> seen.size() == 2);

            assertTrue(seen.containsAll(List.of(42, "disk full")), seen.toString());
            assertEquals(List.of(true, true), onFxThread);
        } finally {
            executor.shutdownNow();
        }
    }
}
