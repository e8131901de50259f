package org.calfcheck.ui;

import java.util.function.Consumer;

/**
 * Makes an extra page of the shell (the coach page) once the window's dialog service exists.
 * {@code showResults} shows a check (a saved one, say) in the results view of "Check my calves".
 */
@FunctionalInterface
public interface PageFactory {
    Page create(DialogService dialogs, BackgroundRunner background, Consumer<CompletedCheck> showResults);
}
