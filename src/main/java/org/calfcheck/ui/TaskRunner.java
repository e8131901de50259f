package org.calfcheck.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.slf4j.LoggerFactory;

/**
 * {@link BackgroundRunner} with a JavaFX {@link Task} on the app's executor; callbacks arrive on the FX thread.
 * Work an executor refuses (it was shut down as the window closed) is dropped and logged: never an exception thrown
 * into the FX thread from the button or listener that asked for it, and never a dialog while the app exits.
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
            // only a closing app shuts its executor down: there is nobody left to tell, and a failure callback
            // would open a dialog under which the exiting GTK window crashed
            LoggerFactory.getLogger(TaskRunner.class).info("Background work dropped: the app is closing");
        }
    }
}
