package org.calfcheck.ui.coach;

import java.util.List;
import java.util.function.Consumer;
import org.calfcheck.store.StoreException;
import org.calfcheck.ui.DialogService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a failed database task into a dialog: the store's own words, never a stack trace. */
final class CoachErrors {

    private static final Logger LOG = LoggerFactory.getLogger(CoachErrors.class);

    private CoachErrors() {
    }

    static Consumer<Exception> showing(DialogService dialogs, String title) {
        return e -> {
            if (!(e instanceof StoreException)) {
                LOG.error(title, e);
            }
            dialogs.showError(title, e instanceof StoreException ? e.getMessage()
                    : "Something went wrong: " + e.getMessage(), List.of());
        };
    }
}
