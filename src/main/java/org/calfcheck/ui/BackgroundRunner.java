package org.calfcheck.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** Runs slow work off the FX thread and hands the result back on it. */
public interface BackgroundRunner {

    <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed);
}
