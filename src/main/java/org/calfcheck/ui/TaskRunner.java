package org.calfcheck.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.slf4j.LoggerFactory;

/**
 * {@link BackgroundRunner} with a JavaFX {@link Task} on the app's executor; callbacks arrive on the FX thread.
 * An executor that refuses the work (it was shut down as the window closed) becomes a reported failure, never an
 * exception thrown into the FX thread from the button or listener that asked for the work.
 */
public final class TaskRunner implements BackgroundRunner {

    private final Executor executor;

    public TaskRunner(Executor executor) {
        this.executor = executor;
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Exception> onFailed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onDone.accept(task.getValue()));
        task.setOnFailed(e -> onFailed.accept(task.getException() instanceof Exception ex ? ex
                : new IllegalStateException("the background work failed", task.getException())));
        try {
            executor.execute(task);
        } catch (RejectedExecutionException refused) {
            LoggerFactory.getLogger(TaskRunner.class).warn("Background work refused: the app is closing", refused);
            if (Platform.isFxApplicationThread()) {
                onFailed.accept(refused);
            } else {
                Platform.runLater(() -> onFailed.accept(refused));
            }
        }
    }
}
