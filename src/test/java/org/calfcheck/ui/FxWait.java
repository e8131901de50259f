package org.calfcheck.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import org.testfx.util.WaitForAsyncUtils;

/**
 * How UI tests wait: conditions and reads run on the FX thread (where the state they read is changed), a condition
 * that throws (a node not there yet) counts as "not yet", and every wait ends with the FX queue drained. Robot
 * input and background work may land after the call that caused them returns, the more so on a busy machine.
 */
public final class FxWait {

    /** Long enough for the slowest wait on a machine with both cores busy; a real failure still ends the test. */
    private static final long TIMEOUT_SECONDS = 30;

    private FxWait() {
    }

    /** Waits until {@code condition}, read on the FX thread, holds; then lets the FX thread finish what it is doing. */
    public static void until(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> holds(condition));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Reads FX state on the FX thread, after the events already queued there have run. */
    public static <T> T read(Callable<T> query) {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            return onFxThread(query).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading FX state", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading FX state failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the FX thread did not answer within " + TIMEOUT_SECONDS + " s", e);
        }
    }

    private static boolean holds(Callable<Boolean> condition) {
        try {
            return onFxThread(condition).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false; // not there yet: asked again until the time is up
        }
    }

    /**
     * Runs {@code query} on the FX thread. Not TestFX's asyncFx: that one keeps a query's exception and throws it
     * again from a later, unrelated wait, and here a throwing query only means "not yet".
     */
    private static <T> CompletableFuture<T> onFxThread(Callable<T> query) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(query.call());
            } catch (Exception | AssertionError e) {
                answer.completeExceptionally(e);
            }
        });
        return answer;
    }
}
