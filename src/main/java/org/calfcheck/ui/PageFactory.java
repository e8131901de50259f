package org.calfcheck.ui;

import java.util.concurrent.Executor;

/** Makes an extra page of the shell (the coach page) once the window's dialog service exists. */
@FunctionalInterface
public interface PageFactory {
    Page create(DialogService dialogs, Executor background);
}
