package org.calfcheck.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** Runs the work at once on the calling thread, then the callback, as the FX thread would receive it. */
public final class InlineRunner implements BackgroundRunner {

    private int runs;

    public int runs() {
        return runs;
    }

    @Override
    public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        runs++;
        T result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            onFailed.accept(e);
            return;
        }
        onDone.accept(result);
    }
}
