package org.calfcheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
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
    void workAskedForAfterTheExecutorWasShutDownIsReportedNotThrownIntoTheFxThread() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        executor.shutdown();
        List<Object> done = new CopyOnWriteArrayList<>();
        List<Exception> failed = new CopyOnWriteArrayList<>();
        List<Boolean> onFxThread = new CopyOnWriteArrayList<>();

        // as a listener on the FX thread would ask, after the window closed
        WaitForAsyncUtils.asyncFx(() -> new TaskRunner(executor).run(() -> "never", done::add, e -> {
            onFxThread.add(javafx.application.Platform.isFxApplicationThread());
            failed.add(e);
        })).get();
        FxWait.until(() -> !failed.isEmpty());

        assertEquals(List.of(), done);
        assertInstanceOf(RejectedExecutionException.class, failed.get(0));
        assertEquals(List.of(true), onFxThread);
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
