package org.calfcheck.ui.coach;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs database work away from the screen and hands the result back on the FX thread. The app uses
 * {@link FxBackground}; view-model tests use a direct one, so they need no window.
 */
@FunctionalInterface
public interface Background {

    <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Exception> onFailed);
}
