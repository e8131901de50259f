package org.calfcheck.ui.coach;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/** Database work as a {@link Task} on the app's background executor; callbacks arrive on the FX thread. */
public final class FxBackground implements Background {

    private final Executor executor;

    public FxBackground(Executor executor) {
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
                : new IllegalStateException(task.getException())));
        executor.execute(task);
    }
}
