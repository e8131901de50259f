package org.calfcheck.ui;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.concurrent.Task;

/** {@link BackgroundRunner} with a JavaFX {@link Task} on a small executor; callbacks arrive on the FX thread. */
public final class TaskRunner implements BackgroundRunner {

    private final Executor executor;

    public TaskRunner(Executor executor) {
        this.executor = executor;
    }

    @Override
    public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                return work.get();
            }
        };
        task.setOnSucceeded(e -> onDone.accept(task.getValue()));
        task.setOnFailed(e -> onFailed.accept(task.getException()));
        executor.execute(task);
    }
}
