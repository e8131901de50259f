package org.calfcheck.ui.coach;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs the work at once on the calling thread, so view-model tests need no FX thread. */
final class DirectBackground implements Background {

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Exception> onFailed) {
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
