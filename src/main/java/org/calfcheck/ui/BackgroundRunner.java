package org.calfcheck.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (the engine, the sheet, the database) off the FX thread and hands the result or the failure back
 * on it. The app has one: {@link TaskRunner} on the window's one executor; tests run the work inline.
 */
public interface BackgroundRunner {

    <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Exception> onFailed);
}
