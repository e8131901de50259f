package org.calfcheck.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Every dialog goes through here, so view-models and tests can swap in a fake. */
public interface DialogService {

    /** An error with a list of details (for content problems: file, path and message each). */
    void showError(String title, String message, List<String> details);

    /** Asks before doing something that cannot be undone; true only when the named action was chosen. */
    boolean confirm(String title, String message, String actionLabel);

    /** A save-file chooser; empty when the user cancelled. */
    Optional<Path> chooseSaveFile(String title, String suggestedName, String description, String extension);

    void showInfo(String title, String message);

    /** An open-file chooser for one kind of file; empty when the user cancelled. */
    Optional<Path> chooseOpenFile(String title, String description, String extension);
}
