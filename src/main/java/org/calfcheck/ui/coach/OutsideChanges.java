package org.calfcheck.ui.coach;

import java.util.Optional;
import org.calfcheck.store.ClientStore;
import org.calfcheck.ui.BackgroundRunner;
import org.slf4j.LoggerFactory;

/**
 * Notices writes by another CalfCheck (a second window, a {@code calfcheck client ...} command) to the same file,
 * by reading SQLite's data version, which only other connections move. Checked when the window gets the focus,
 * so what a command added shows when the coach comes back to the app.
 */
final class OutsideChanges {

    private final ClientStore store;
    private final BackgroundRunner background;
    private final Runnable onChanged;
    private Optional<Long> seen = Optional.empty();

    OutsideChanges(ClientStore store, BackgroundRunner background, Runnable onChanged) {
        this.store = store;
        this.background = background;
        this.onChanged = onChanged;
    }

    /** Reads the data version; runs {@code onChanged} when it moved since the last reading. */
    void check() {
        background.run(store::dataVersion, version -> {
            boolean moved = seen.isPresent() && seen.get() != version.longValue();
            seen = Optional.of(version);
            if (moved) {
                onChanged.run();
            }
        }, e -> LoggerFactory.getLogger(OutsideChanges.class).warn("Could not check for outside changes: {}",
                e.getMessage()));
    }
}
