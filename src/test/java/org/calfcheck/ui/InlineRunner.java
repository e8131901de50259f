package org.calfcheck.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one test double of {@link BackgroundRunner}: runs the work at once on the calling thread, then the callback,
 * as the FX thread would receive it. View-model tests need no FX thread with it.
 */
public final class InlineRunner implements BackgroundRunner {

    private int runs;

    public int runs() {
        return runs;
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Exception> onFailed) {
        runs++;
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailed.accept(e);
            return;
        }
        onDone.accept(result);
    }
}
